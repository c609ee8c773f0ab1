import { defineCheck, fail, incomplete, pass, REGION } from '../define.js';
import { COST, inEachFailingRegion } from '../../fix/step.js';

export default defineCheck({
  id: 'guardduty.enabled',
  severity: 'high',
  scope: 'region',
  references: {
    seed: 'guardduty',
    ssb: ['ACCT.11'],
    fsbp: ['GuardDuty.1'],
    docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  reads: ['guardduty.detectors', 'guardduty.administrator'],
  cli: [
    'aws guardduty create-detector --enable --region REGION',
    'aws guardduty update-detector --detector-id DETECTOR_ID --enable --region REGION',
  ],
  text: {
    en: {
      title: 'GuardDuty is enabled',
      passes: 'Per region: a GuardDuty detector exists and its status is ENABLED (one the organization enabled counts, and the message names the GuardDuty administrator of the organization when the detector answers to one). DISABLED is suspended (FAIL); a status AWS did not give is ERROR, never a guess. A region the account has not enabled is SKIPPED.',
      rationale:
        'GuardDuty watches CloudTrail, VPC flow logs and DNS queries for signs of compromise — credentials used from unusual places, crypto-mining, calls to known bad addresses — at a cost that scales with use. Attackers favour regions nobody looks at, so it belongs in every region.',
      remediation: 'Enable GuardDuty in this region (or for the whole organization from its delegated administrator).',
      console: [
        'Open GuardDuty in the region and choose "Get started", then "Enable GuardDuty".',
        'In an organization, designate a delegated administrator and turn on auto-enable for all member accounts.',
        'A suspended detector: open "Settings" and choose "Enable GuardDuty" again.',
      ],
      messages: {
        enabled: 'GuardDuty detector {detector} is enabled.',
        suspended: 'GuardDuty detector {detector} is suspended.',
        'no-detector': 'GuardDuty is not enabled in this region (no detector).',
        'enabled-by-organization': "GuardDuty detector {detector} is enabled and administered by the organization's GuardDuty administrator account {admin}.",
      },
      fixes: {
        suspended: 'Re-enable detector {detector} (aws guardduty update-detector --detector-id {detector} --enable).',
      },
    },
    ja: {
      title: 'GuardDuty が有効になっている',
      passes: 'リージョンごとに、GuardDuty のディテクターがあり、状態が ENABLED であること(組織が有効にしたものも含み、組織の GuardDuty 管理者に管理されている場合はメッセージでその管理者アカウントを示す)。DISABLED は一時停止(FAIL)、AWS が状態を返さなかった場合は推測せず ERROR です。アカウントで有効になっていないリージョンは SKIPPED です。',
      rationale:
        'GuardDuty は CloudTrail、VPC フローログ、DNS クエリを分析し、いつもと違う場所からの認証情報の利用や暗号通貨マイニング、既知の悪性アドレスへの通信など、侵害の兆候を検出します。攻撃者は誰も見ていないリージョンを好むため、すべてのリージョンで有効にしましょう。',
      remediation: 'このリージョンで GuardDuty を有効にしてください(組織なら委任管理者から全体に有効化できます)。',
      console: [
        'そのリージョンで GuardDuty を開き、「今すぐ始める」から「GuardDuty を有効にする」を選びます。',
        '組織では委任管理者を指定し、すべてのメンバーアカウントの自動有効化をオンにします。',
        '一時停止中のディテクターなら、「設定」を開いて「GuardDuty を有効にする」を選び直します。',
      ],
      messages: {
        enabled: 'GuardDuty のディテクター {detector} は有効です。',
        suspended: 'GuardDuty のディテクター {detector} は一時停止しています。',
        'no-detector': 'このリージョンでは GuardDuty が有効になっていません(ディテクターがありません)。',
        'enabled-by-organization': 'GuardDuty のディテクター {detector} は有効で、組織の GuardDuty 管理者アカウント {admin} が管理しています。',
      },
      fixes: {
        suspended: 'ディテクター {detector} を再度有効にしてください(aws guardduty update-detector --detector-id {detector} --enable)。',
      },
    },
  },
  async evaluate({ facts, region }) {
    const detectors = await facts.guardduty.detectors(region);
    const enabled = detectors.find((detector) => detector.status === 'ENABLED');
    if (enabled) {
      // Whether the organization's administrator manages it is worth saying, never worth failing over.
      const administrator = await facts.guardduty.administrator(`${region}/${enabled.id}`).catch(() => null);
      if (administrator?.relationship.toLowerCase() === 'enabled') return [pass(REGION, 'enabled-by-organization', { params: { detector: enabled.id, admin: administrator.accountId } })];
      return [pass(REGION, 'enabled', { params: { detector: enabled.id } })];
    }
    const suspended = detectors.find((detector) => detector.status === 'DISABLED');
    if (suspended) return [fail(REGION, 'suspended', { params: { detector: suspended.id } })];
    const unknown = detectors[0];
    // A detector whose status AWS did not give is neither on nor suspended: say so, never guess.
    if (unknown) throw incomplete('guardduty.detectors', 'StatusUnknown', `detector ${unknown.id} in ${region} has no readable status (${unknown.status})`, `${region} のディテクター ${unknown.id} の状態を読めません(${unknown.status})`);
    return [fail(REGION, 'no-detector')];
  },
  fix: (ctx) =>
    inEachFailingRegion(ctx, 'guardduty.enabled', {
      title: (regions) => ({ en: `GuardDuty enabled in ${regions}`, ja: `${regions} で GuardDuty を有効化` }),
      body: [
        'detector=$(aws guardduty list-detectors --region "$region" --query \'DetectorIds[0]\' --output text)',
        'if [ "$detector" = None ] || [ -z "$detector" ]; then',
        '  aws guardduty create-detector --enable --tags created-by=aws-baseline --region "$region" >/dev/null',
        'else',
        '  aws guardduty update-detector --detector-id "$detector" --enable --region "$region"',
        'fi',
      ],
      cost: COST.guardduty,
    }),
});
