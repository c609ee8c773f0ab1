import { ACCOUNT, defineCheck, fail, pass } from '../define.js';

export default defineCheck({
  id: 'billing.budget',
  severity: 'high',
  scope: 'account',
  references: {
    seed: 'budgets',
    docs: 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html',
  },
  reads: ['budgets.budgets'],
  cli: [
    'aws budgets create-budget --account-id ACCOUNT_ID --budget \'{"BudgetName":"monthly","BudgetLimit":{"Amount":"100","Unit":"USD"},"TimeUnit":"MONTHLY","BudgetType":"COST"}\'',
  ],
  text: {
    en: {
      title: 'A cost budget exists',
      passes: 'At least one budget of type COST exists (DescribeBudgets).',
      rationale:
        'A leaked key used for crypto-mining or a forgotten large instance shows up first on the bill. A cost budget is the cheapest way to notice within hours instead of at the end of the month.',
      remediation: 'Create a monthly cost budget (the "Monthly cost budget" template is enough to start).',
      console: [
        'Open "Billing and Cost Management" and choose "Budgets" in the left menu.',
        'Choose "Create budget", pick the "Monthly cost budget" template, set an amount and the email addresses to notify, and create it.',
      ],
      messages: {
        present: 'Cost budget {budget} exists ({count} in all).',
        missing: 'No cost budget exists.',
      },
    },
    ja: {
      title: 'コスト予算が作成されている',
      passes: '種類が COST の予算が少なくとも 1 つある(DescribeBudgets)こと。',
      rationale:
        '漏れたキーによる暗号通貨マイニングや消し忘れた大きなインスタンスは、まず請求額に表れます。コスト予算を作っておけば、月末ではなく数時間のうちに気付ける、最も安上がりな手段になります。',
      remediation: '月次のコスト予算を作成してください(まずは「月次コスト予算」テンプレートで十分です)。',
      console: [
        '「請求とコスト管理」を開き、左のメニューで「予算」を選びます。',
        '「予算を作成」を選び、「月次コスト予算」テンプレートで金額と通知先のメールアドレスを設定して作成します。',
      ],
      messages: {
        present: 'コスト予算 {budget} があります(全 {count} 件)。',
        missing: 'コスト予算がありません。',
      },
    },
  },
  async evaluate({ facts }) {
    const costBudgets = (await facts.budgets.budgets()).filter((budget) => budget.budgetType === 'COST');
    const first = costBudgets[0];
    if (!first) return [fail(ACCOUNT, 'missing')];
    return [pass(ACCOUNT, 'present', { params: { budget: first.name, count: costBudgets.length } })];
  },
});
