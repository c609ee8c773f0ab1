import { isCollectError } from '../../facts/errors.js';
import { ACCOUNT, defineCheck, fail, pass, skip, unless } from '../define.js';

export default defineCheck({
  id: 'billing.cost-explorer',
  severity: 'low',
  scope: 'account',
  references: {
    seed: 'cost-explorer',
    docs: 'https://docs.aws.amazon.com/cost-management/latest/userguide/ce-enable.html',
  },
  reads: ['costexplorer.probe', 'organizations.organization'],
  cli: [
    'aws ce get-cost-and-usage --time-period Start=YYYY-MM-01,End=YYYY-MM-DD --granularity MONTHLY --metrics UnblendedCost  # billed $0.01',
  ],
  text: {
    en: {
      title: 'Cost Explorer is enabled',
      passes: 'Cost Explorer answers one GetCostAndUsage call ($0.01); DataUnavailableException (the first hours after enabling) also means enabled. SKIPPED with --no-paid-calls.',
      rationale:
        'Cost Explorer shows where the money goes by service, account and day. Turned on early, it has the history you need when a bill jumps; data appears about 24 hours after it is enabled.',
      remediation: 'Open Billing and Cost Management and launch Cost Explorer (in an organization, from the management account).',
      console: [
        'Open "Billing and Cost Management" (search for "Billing").',
        'In the left menu choose "Cost Explorer", then "Launch Cost Explorer" if it has never been opened.',
        'Wait about 24 hours for the first data.',
      ],
      messages: {
        enabled: 'Cost Explorer answers for this account.',
        'enabled-pending': 'Cost Explorer is enabled; its data is still being prepared (the first hours after enabling).',
        'not-enabled': 'Cost Explorer has not been enabled.',
        'not-enabled-member': 'Cost Explorer is not enabled; in an organization it follows the management (payer) account {management}: enable it there.',
        'paid-calls-disabled': 'Skipped: the Cost Explorer call is billed ($0.01) and --no-paid-calls is set.',
      },
      fixes: {
        'not-enabled-member': 'Ask the management (payer) account {management} to enable Cost Explorer: member accounts follow it.',
      },
    },
    ja: {
      title: 'Cost Explorer が有効になっている',
      passes: 'Cost Explorer が GetCostAndUsage の呼び出し 1 回($0.01)に応答すること。DataUnavailableException(有効にしてから数時間)も有効とみなします。--no-paid-calls では SKIPPED です。',
      rationale:
        'Cost Explorer を使うと、サービス別・アカウント別・日別に費用の内訳がわかります。早めに有効にしておけば、請求が跳ね上がったときに必要な履歴が残っています。データは有効化から約 24 時間後に表示されます。',
      remediation: '「請求とコスト管理」を開いて Cost Explorer を起動してください(組織では管理アカウントから)。',
      console: [
        '「請求とコスト管理」を開きます(「Billing」で検索)。',
        '左のメニューで「Cost Explorer」を選び、未使用なら「Cost Explorer を起動」を選びます。',
        '最初のデータが表示されるまで約 24 時間待ちます。',
      ],
      messages: {
        enabled: 'このアカウントで Cost Explorer が応答しています。',
        'enabled-pending': 'Cost Explorer は有効です。データはまだ準備中です(有効にしてから数時間)。',
        'not-enabled': 'Cost Explorer が有効になっていません。',
        'not-enabled-member': 'Cost Explorer が有効になっていません。組織では管理(支払い)アカウント {management} の設定に従うため、そちらで有効にしてください。',
        'paid-calls-disabled': 'スキップ: Cost Explorer の呼び出しは課金対象($0.01)で、--no-paid-calls が指定されています。',
      },
      fixes: {
        'not-enabled-member': '管理(支払い)アカウント {management} で Cost Explorer を有効にしてもらってください。メンバーアカウントはそれに従います。',
      },
    },
  },
  async evaluate({ facts, settings, identity }) {
    if (!settings.paidCalls) return [skip(ACCOUNT, 'paid-calls-disabled')];
    try {
      const probe = await facts.costexplorer.probe();
      return [pass(ACCOUNT, probe.dataPending ? 'enabled-pending' : 'enabled')];
    } catch (error) {
      if (!isCollectError(error, 'not-enabled')) throw error;
    }
    const organization = await unless(facts.organizations.organization(), 'not-enabled', 'access-denied');
    if (organization && organization.managementAccountId !== identity?.accountId) {
      return [fail(ACCOUNT, 'not-enabled-member', { params: { management: organization.managementAccountId } })];
    }
    return [fail(ACCOUNT, 'not-enabled')];
  },
});
