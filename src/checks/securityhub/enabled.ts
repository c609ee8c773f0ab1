import { COST, inEachFailingRegion } from '../../fix/step.js';
import { defineCheck, fail, pass, REGION } from '../define.js';

export default defineCheck({
  id: 'securityhub.enabled',
  severity: 'low',
  scope: 'region',
  references: {
    cis: ['4.16'],
    fsbp: ['SecurityHub.1'],
    docs: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
  },
  reads: ['securityhub.hub'],
  cli: ['aws securityhub describe-hub --region REGION', 'aws securityhub enable-security-hub --enable-default-standards --region REGION'],
  text: {
    en: {
      title: 'Security Hub is enabled',
      passes: 'AWS Security Hub is enabled in the region (DescribeHub answers with the hub). Regions not enabled for the account are SKIPPED. Severity low: Security Hub gathers and scores what other services find; a team that reads GuardDuty and Config directly may do without it.',
      rationale:
        "Security Hub runs AWS's own best-practice checks (FSBP, CIS) against the account continuously and gathers GuardDuty, Config, Inspector and Access Analyzer findings in one place, so a setting that drifts after today's audit is still seen.",
      remediation: 'Enable Security Hub in this region, with its default standards.',
      console: ['Open Security Hub in the region.', 'Choose "Go to Security Hub", keep the default standards selected, and choose "Enable Security Hub".', 'With AWS Organizations, a delegated administrator can enable it for every account and region ("Central configuration").'],
      messages: {
        enabled: 'Security Hub is enabled.',
        disabled: 'Security Hub is not enabled in this region.',
      },
    },
    ja: {
      title: 'Security Hub が有効になっている',
      passes: 'リージョンで AWS Security Hub が有効である(DescribeHub がハブを返す)。アカウントで有効になっていないリージョンは SKIPPED です。重要度は低: Security Hub は他のサービスの検出結果を集めて評価するもので、GuardDuty や Config を直接見ているチームには必須ではありません。',
      rationale:
        'Security Hub は AWS 自身のベストプラクティスのチェック(FSBP、CIS)をアカウントに対して継続的に実行し、GuardDuty、Config、Inspector、Access Analyzer の検出結果を一か所に集めます。今日の監査のあとに設定が変わっても気づけます。',
      remediation: 'このリージョンで Security Hub を既定の標準とともに有効にしてください。',
      console: ['リージョンで Security Hub を開きます。', '「Security Hub に移動」を選び、既定の標準を選択したまま「Security Hub を有効にする」を選びます。', 'AWS Organizations では、委任管理者がすべてのアカウントとリージョンで有効にできます(「中央設定」)。'],
      messages: {
        enabled: 'Security Hub は有効です。',
        disabled: 'このリージョンでは Security Hub が有効になっていません。',
      },
    },
  },
  async evaluate({ facts, region }) {
    const { enabled } = await facts.securityhub.hub(region);
    return [enabled ? pass(REGION, 'enabled') : fail(REGION, 'disabled')];
  },
  fix: (ctx) =>
    inEachFailingRegion(ctx, 'securityhub.enabled', {
      title: (regions) => ({ en: `Security Hub enabled in ${regions}, with its default standards`, ja: `${regions} で Security Hub を既定の標準とともに有効化` }),
      // Enabling it twice is a ResourceConflictException: a region enabled since the audit (or by a run before) is left as it is.
      body: ['aws securityhub describe-hub --region "$region" >/dev/null 2>&1 || aws securityhub enable-security-hub --enable-default-standards --region "$region"'],
      cost: COST.securityhub,
    }),
});
