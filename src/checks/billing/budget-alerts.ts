import { ACCOUNT, defineCheck, fail, manual, pass } from '../define.js';
import { isCost, payerCoverage } from './payer-budgets.js';
import { COST, policyVariable, sh } from '../../fix/step.js';
import { ALERT, SUBSCRIBER } from './budget-fix.js';

type Alerts = { subscribers: number }[];

/** The first budget whose notifications have a subscriber; a budget whose alerts could not be read is no evidence either way. */
async function firstAlerting(names: string[], read: (name: string) => Promise<Alerts>): Promise<{ budget: string; subscribers: number } | undefined> {
  const reads = await Promise.allSettled(names.map(async (budget) => ({ budget, alerts: await read(budget) })));
  for (const entry of reads) {
    if (entry.status !== 'fulfilled') continue;
    const subscribers = entry.value.alerts.reduce((sum, alert) => sum + alert.subscribers, 0);
    if (subscribers > 0) return { budget: entry.value.budget, subscribers };
  }
  const unread = reads.find((entry) => entry.status === 'rejected');
  if (unread) throw unread.reason;
  return undefined;
}

export default defineCheck({
  id: 'billing.budget-alerts',
  severity: 'medium',
  scope: 'account',
  references: {
    seed: 'budgets',
    ssb: ['ACCT.10'],
    docs: 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-sns-policy.html',
  },
  reads: ['budgets.budgets', 'budgets.alerts', 'organizations.organization', 'budgets.managementBudgets', 'budgets.managementAlerts'],
  cli: [
    'aws budgets create-notification --account-id ACCOUNT_ID --budget-name monthly --notification NotificationType=ACTUAL,ComparisonOperator=GREATER_THAN,Threshold=80 --subscribers SubscriptionType=EMAIL,Address=you@example.com',
  ],
  text: {
    en: {
      title: 'A cost budget alerts someone',
      passes: 'At least one cost budget has a notification with at least one subscriber (e-mail or SNS). A member of an organization with no cost budget of its own: in an --org audit run from the management account, the management account\'s cost budgets that cover it count; audited alone, MANUAL naming the management account.',
      rationale: 'A budget nobody hears from is only a chart. At least one notification with a subscriber (email or SNS topic) turns it into an alarm.',
      remediation: 'Add an alert (for example at 80% of actual cost) with an email or SNS subscriber to a cost budget.',
      console: [
        'Open "Billing and Cost Management" → "Budgets" and choose the budget.',
        'Choose "Edit", then "Add an alert threshold", set the threshold and the email recipients or SNS topic, and save.',
      ],
      messages: {
        alerting: 'Cost budget {budget} notifies {subscribers} subscriber(s).',
        'no-budget': 'No cost budget exists, so nobody is alerted (see billing.budget).',
        'no-subscribers': 'No cost budget has a notification with a subscriber ({count} budget(s) checked).',
        'payer-alerting': 'Cost budget {budget} of the management account {management} covers this account and notifies {subscribers} subscriber(s).',
        'payer-no-subscribers': 'The cost budgets of the management account {management} that cover this account notify nobody ({count} checked).',
        'ask-payer': "No cost budget of its own. An organization's budgets usually live in its management account {management}, which a member may not read: verify there that one covering this account alerts someone (or audit with --org from there).",
        'payer-filter-unclear': 'No cost budget of its own; cost budget {budget} of the management account {management} filters accounts in a way not read here: verify that it covers this account and alerts someone.',
        'no-budget-in-organization': 'No cost budget covers this account, here or in the management account {management}, so nobody is alerted (see billing.budget).',
      },
      fixes: {
        'no-budget': 'Create a cost budget with an alert to an email address or SNS topic (see billing.budget).',
      },
    },
    ja: {
      title: 'コスト予算のアラートが誰かに届く',
      passes: '少なくとも 1 つのコスト予算に、通知先(メールまたは SNS)が 1 つ以上ある通知があること。自分のコスト予算がない組織のメンバーは、管理アカウントから --org で監査した場合、そのメンバーを対象にする管理アカウントのコスト予算を数えます。単独で監査した場合は、管理アカウントを示して MANUAL です。',
      rationale: '誰にも通知されない予算はただのグラフです。通知先(メールまたは SNS トピック)を持つアラートが少なくとも 1 つあれば、警報として機能します。',
      remediation: 'コスト予算に、メールまたは SNS の通知先を持つアラート(たとえば実績コストの 80%)を追加してください。',
      console: [
        '「請求とコスト管理」→「予算」を開き、対象の予算を選びます。',
        '「編集」から「アラートのしきい値を追加」を選び、しきい値と通知先のメールアドレスまたは SNS トピックを設定して保存します。',
      ],
      messages: {
        alerting: 'コスト予算 {budget} は {subscribers} 件の通知先に通知します。',
        'no-budget': 'コスト予算がないため、誰にも通知されません(billing.budget を参照)。',
        'no-subscribers': '通知先を持つアラートのあるコスト予算がありません(確認した予算: {count} 件)。',
        'payer-alerting': '管理アカウント {management} のコスト予算 {budget} がこのアカウントを対象にしており、{subscribers} 件の通知先に通知します。',
        'payer-no-subscribers': 'このアカウントを対象にする管理アカウント {management} のコスト予算は、誰にも通知しません(確認した予算: {count} 件)。',
        'ask-payer': 'このアカウント自身のコスト予算はありません。組織の予算は通常、管理アカウント {management} にあり、メンバーからは読めません。このアカウントを対象にする予算が誰かに通知するか、管理アカウントで確認してください(または管理アカウントから --org で監査してください)。',
        'payer-filter-unclear': 'このアカウント自身のコスト予算はありません。管理アカウント {management} のコスト予算 {budget} は、ここでは読み取れない方法でアカウントを絞り込んでいます。このアカウントが対象で、誰かに通知するか確認してください。',
        'no-budget-in-organization': 'このアカウントにも管理アカウント {management} にも、このアカウントを対象にするコスト予算がないため、誰にも通知されません(billing.budget を参照)。',
      },
      fixes: {
        'no-budget': 'メールアドレスか SNS トピックに通知するアラート付きのコスト予算を作成してください(billing.budget を参照)。',
      },
    },
  },
  async evaluate({ facts, identity }) {
    const costBudgets = (await facts.budgets.budgets()).filter(isCost);
    const [first] = costBudgets;
    if (first) {
      const own = await firstAlerting(costBudgets.map((budget) => budget.name), (name) => facts.budgets.alerts(name));
      if (own) return [pass(ACCOUNT, 'alerting', { params: own })];
      return [fail(ACCOUNT, 'no-subscribers', { params: { count: costBudgets.length }, details: { budget: first.name } })];
    }
    const payer = await payerCoverage(facts, identity);
    switch (payer.kind) {
      case 'own-answer':
        return [fail(ACCOUNT, 'no-budget')];
      case 'unknown':
        return [manual(ACCOUNT, 'ask-payer', { params: { management: payer.management } })];
      case 'unclear':
        return [manual(ACCOUNT, 'payer-filter-unclear', { params: { management: payer.management, budget: payer.budget } })];
      case 'none':
        return [fail(ACCOUNT, 'no-budget-in-organization', { params: { management: payer.management } })];
      case 'covered': {
        const theirs = await firstAlerting(payer.budgets.map((budget) => budget.name), (name) => facts.budgets.managementAlerts(name));
        if (theirs) return [pass(ACCOUNT, 'payer-alerting', { params: { ...theirs, management: payer.management } })];
        return [fail(ACCOUNT, 'payer-no-subscribers', { params: { management: payer.management, count: payer.budgets.length } })];
      }
    }
  },
  fix: (ctx) =>
    ctx
      .failing('billing.budget-alerts')
      // Only a budget without subscribers names one (its details); the rest are the budget check's step or a person's.
      .flatMap((found) => {
        const named = found.details?.budget;
        if (named === undefined) return [];
        const budget = String(named);
        return {
          checkIds: ['billing.budget-alerts'],
          title: { en: `Budget ${budget} e-mails $ALERT_EMAIL at 80 % of actual spend`, ja: `予算 ${budget} が実績 80% で $ALERT_EMAIL にメールで通知` },
          commands: [...policyVariable('ALERT', ALERT), ...policyVariable('SUBSCRIBERS', [SUBSCRIBER]), `allow_existing aws budgets create-notification --account-id ${sh(ctx.accountId)} --budget-name ${sh(budget)} --notification "$ALERT" --subscribers "$SUBSCRIBERS"`],
          cost: COST.budget,
          covers: [found],
        };
      }),
});
