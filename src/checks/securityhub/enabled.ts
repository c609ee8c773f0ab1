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
      title: 'Security Hub CSPM is enabled',
      passes: 'AWS Security Hub CSPM (the service first called Security Hub, renamed in 2025 when a new Security Hub was built beside it) is enabled in the region (DescribeHub answers with the hub). The newer Security Hub does not count: it is a service of its own, which reads Security Hub CSPM\'s control checks but does not run them, and CIS 4.16 and FSBP SecurityHub.1 ask for those checks. Regions not enabled for the account are SKIPPED. Severity low: Security Hub CSPM gathers and scores what other services find; a team that reads GuardDuty and Config directly may do without it.',
      rationale:
        "Security Hub CSPM runs AWS's own best-practice checks (FSBP, CIS) against the account continuously and gathers GuardDuty, Config, Inspector and Access Analyzer findings in one place, so a setting that drifts after today's audit is still seen.",
      remediation: 'Enable Security Hub CSPM in this region, with its default standards.',
      console: ['Open Security Hub CSPM in the region: a page of its own in the console, beside the newer Security Hub (which reads its control checks but does not run them).', 'Choose "Go to Security Hub CSPM", keep the default standards selected, and enable it.', 'With AWS Organizations, a delegated administrator can enable it for every account and region ("Central configuration").'],
      messages: {
        enabled: 'Security Hub CSPM is enabled.',
        disabled: 'Security Hub CSPM is not enabled in this region.',
      },
    },
    ja: {
      title: 'Security Hub CSPM が有効になっている',
      passes: 'リージョンで AWS Security Hub CSPM(もとの Security Hub。2025 年に新しい Security Hub が別に作られたときに改名)が有効である(DescribeHub がハブを返す)。新しい Security Hub は数えません。別のサービスで、Security Hub CSPM のコントロールチェックの結果を読みますがチェック自体は実行せず、CIS 4.16 と FSBP SecurityHub.1 が求めるのはそのチェックだからです。アカウントで有効になっていないリージョンは SKIPPED です。重要度は低: Security Hub CSPM は他のサービスの検出結果を集めて評価するもので、GuardDuty や Config を直接見ているチームには必須ではありません。',
      rationale:
        'Security Hub CSPM は AWS 自身のベストプラクティスのチェック(FSBP、CIS)をアカウントに対して継続的に実行し、GuardDuty、Config、Inspector、Access Analyzer の検出結果を一か所に集めます。今日の監査のあとに設定が変わっても気づけます。',
      remediation: 'このリージョンで Security Hub CSPM を既定の標準とともに有効にしてください。',
      console: ['リージョンで Security Hub CSPM を開きます。コンソールでは新しい Security Hub とは別のページです(新しい Security Hub は Security Hub CSPM のコントロールチェックの結果を読みますが、チェック自体は実行しません)。', '「Security Hub CSPM に移動」を選び、既定の標準を選択したまま有効にします。', 'AWS Organizations では、委任管理者がすべてのアカウントとリージョンで有効にできます(「中央設定」)。'],
      messages: {
        enabled: 'Security Hub CSPM は有効です。',
        disabled: 'このリージョンでは Security Hub CSPM が有効になっていません。',
      },
    },
  },
  async evaluate({ facts, region }) {
    const { enabled } = await facts.securityhub.hub(region);
    return [enabled ? pass(REGION, 'enabled') : fail(REGION, 'disabled')];
  },
  fix: (ctx) =>
    inEachFailingRegion(ctx, 'securityhub.enabled', {
      title: (regions) => ({ en: `Security Hub CSPM enabled in ${regions}, with its default standards`, ja: `${regions} で Security Hub CSPM を既定の標準とともに有効化` }),
      // Enabling it twice is a ResourceConflictException: a region enabled since the audit (or by a run before) is left as it is.
      body: ['aws securityhub describe-hub --region "$region" >/dev/null 2>&1 || aws securityhub enable-security-hub --enable-default-standards --region "$region"'],
      cost: COST.securityhub,
    }),
});
