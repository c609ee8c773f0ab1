import { ACCOUNT, defineCheck, fail, manual, pass } from '../define.js';
import { isCost, payerCoverage } from './payer-budgets.js';
import { COST, policyVariable, sh } from '../../fix/step.js';
import { ALERT, SUBSCRIBER } from './budget-fix.js';

export default defineCheck({
  id: 'billing.budget',
  severity: 'high',
  scope: 'account',
  references: {
    seed: 'budgets',
    ssb: ['ACCT.10'],
    docs: 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html',
  },
  reads: ['budgets.budgets', 'organizations.organization', 'budgets.managementBudgets'],
  cli: [
    'aws budgets create-budget --account-id ACCOUNT_ID --budget \'{"BudgetName":"monthly","BudgetLimit":{"Amount":"100","Unit":"USD"},"TimeUnit":"MONTHLY","BudgetType":"COST"}\'',
  ],
  text: {
    en: {
      title: 'A cost budget exists',
      passes: 'At least one budget of type COST exists (DescribeBudgets). A member of an organization with none of its own: in an --org audit run from the management account, a COST budget there with no linked-account filter, or one that names the member, counts (and is named), while one that narrows accounts in a way not read (Or, Not, a custom billing view) is MANUAL; audited alone, MANUAL naming the management account, whose budgets a member may not read.',
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
        'payer-budget': 'No cost budget of its own, but cost budget {budget} of the management account {management} covers this account.',
        'ask-payer': "No cost budget of its own. An organization's budgets usually live in its management account {management}, which a member may not read: verify there that one covers this account (or audit with --org from there).",
        'payer-filter-unclear': "No cost budget of its own; cost budget {budget} of the management account {management} filters accounts in a way not read here: verify that it covers this account.",
        'missing-in-organization': 'No cost budget exists in this account, nor in the management account {management} for it.',
      },
    },
    ja: {
      title: 'コスト予算が作成されている',
      passes: '種類が COST の予算が少なくとも 1 つある(DescribeBudgets)こと。自分の予算がない組織のメンバーは、管理アカウントから --org で監査した場合、管理アカウントにあるリンクアカウントのフィルターがない(またはそのメンバーを含む)COST 予算を数えます(予算名を示します)。ここでは読み取れない方法でアカウントを絞り込む予算(Or、Not、カスタムの請求ビュー)がある場合は MANUAL です。単独で監査した場合は、メンバーは管理アカウントの予算を読めないため、管理アカウントを示して MANUAL です。',
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
        'payer-budget': 'このアカウント自身のコスト予算はありませんが、管理アカウント {management} のコスト予算 {budget} がこのアカウントを対象にしています。',
        'ask-payer': 'このアカウント自身のコスト予算はありません。組織の予算は通常、管理アカウント {management} にあり、メンバーからは読めません。このアカウントを対象にする予算があるか管理アカウントで確認してください(または管理アカウントから --org で監査してください)。',
        'payer-filter-unclear': 'このアカウント自身のコスト予算はありません。管理アカウント {management} のコスト予算 {budget} は、ここでは読み取れない方法でアカウントを絞り込んでいます。このアカウントが対象か確認してください。',
        'missing-in-organization': 'このアカウントにも、管理アカウント {management} にも、このアカウントを対象にするコスト予算がありません。',
      },
    },
  },
  async evaluate({ facts, identity }) {
    const costBudgets = (await facts.budgets.budgets()).filter(isCost);
    const first = costBudgets[0];
    if (first) return [pass(ACCOUNT, 'present', { params: { budget: first.name, count: costBudgets.length } })];
    const payer = await payerCoverage(facts, identity);
    switch (payer.kind) {
      case 'own-answer':
        return [fail(ACCOUNT, 'missing')];
      case 'unknown':
        return [manual(ACCOUNT, 'ask-payer', { params: { management: payer.management } })];
      case 'covered':
        return [pass(ACCOUNT, 'payer-budget', { params: { management: payer.management, budget: payer.budgets[0]?.name ?? '' } })];
      case 'unclear':
        return [manual(ACCOUNT, 'payer-filter-unclear', { params: { management: payer.management, budget: payer.budget } })];
      case 'none':
        return [fail(ACCOUNT, 'missing-in-organization', { params: { management: payer.management } })];
    }
  },
  // In a member of an organization the budget belongs in the management account: a person's step there.
  fix(ctx) {
    const missing = ctx.failing('billing.budget').filter((found) => found.messageKey === 'missing');
    // No budget of its own is both checks' finding ('missing', 'no-budget'): the budget made here, with its alert, answers both.
    if (missing.length === 0) return [];
    const unalerted = ctx.failing('billing.budget-alerts').filter((found) => found.messageKey === 'no-budget');
    return [
      {
        checkIds: ['billing.budget', 'billing.budget-alerts'],
        title: { en: 'A monthly cost budget of $BUDGET_USD USD that e-mails $ALERT_EMAIL at 80 % of actual spend', ja: '月額 $BUDGET_USD USD のコスト予算を作成し、実績が 80% に達したら $ALERT_EMAIL にメールで通知' },
        commands: [
          ...policyVariable('BUDGET', { BudgetName: 'aws-baseline-monthly', BudgetLimit: { Amount: '${BUDGET_USD}', Unit: 'USD' }, TimeUnit: 'MONTHLY', BudgetType: 'COST' }),
          ...policyVariable('BUDGET_ALERTS', [{ Notification: ALERT, Subscribers: [SUBSCRIBER] }]),
          `aws budgets describe-budget --account-id ${sh(ctx.accountId)} --budget-name aws-baseline-monthly >/dev/null 2>&1 \\`,
          `  || aws budgets create-budget --account-id ${sh(ctx.accountId)} --budget "$BUDGET" --notifications-with-subscribers "$BUDGET_ALERTS"`,
        ],
        cost: COST.budget,
        covers: [...missing, ...unalerted],
      },
    ];
  },
});
