import { ACCOUNT, defineCheck, fail, pass } from '../define.js';

export default defineCheck({
  id: 'billing.budget-alerts',
  severity: 'medium',
  scope: 'account',
  references: {
    seed: 'budgets',
    docs: 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-sns-policy.html',
  },
  reads: ['budgets.budgets', 'budgets.alerts'],
  cli: [
    'aws budgets create-notification --account-id ACCOUNT_ID --budget-name monthly --notification NotificationType=ACTUAL,ComparisonOperator=GREATER_THAN,Threshold=80 --subscribers SubscriptionType=EMAIL,Address=you@example.com',
  ],
  text: {
    en: {
      title: 'A cost budget alerts someone',
      passes: 'At least one cost budget has a notification with at least one subscriber (e-mail or SNS).',
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
      },
      fixes: {
        'no-budget': 'Create a cost budget with an alert to an email address or SNS topic (see billing.budget).',
      },
    },
    ja: {
      title: 'コスト予算のアラートが誰かに届く',
      passes: '少なくとも 1 つのコスト予算に、通知先(メールまたは SNS)が 1 つ以上ある通知があること。',
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
      },
      fixes: {
        'no-budget': 'メールアドレスか SNS トピックに通知するアラート付きのコスト予算を作成してください(billing.budget を参照)。',
      },
    },
  },
  async evaluate({ facts }) {
    const costBudgets = (await facts.budgets.budgets()).filter((budget) => budget.budgetType === 'COST');
    const [first] = costBudgets;
    if (!first) return [fail(ACCOUNT, 'no-budget')];
    // One budget that alerts someone is enough; a budget whose alerts could not be read is no evidence either way.
    const reads = await Promise.allSettled(costBudgets.map(async ({ name }) => ({ budget: name, alerts: await facts.budgets.alerts(name) })));
    for (const read of reads) {
      if (read.status !== 'fulfilled') continue;
      const subscribers = read.value.alerts.reduce((sum, alert) => sum + alert.subscribers, 0);
      if (subscribers > 0) return [pass(ACCOUNT, 'alerting', { params: { budget: read.value.budget, subscribers } })];
    }
    const unread = reads.find((read) => read.status === 'rejected');
    if (unread) throw unread.reason;
    return [fail(ACCOUNT, 'no-subscribers', { params: { count: costBudgets.length }, details: { budget: first.name } })];
  },
});
