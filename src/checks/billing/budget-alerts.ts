import { ACCOUNT, defineCheck, fail, manual, pass } from '../define.js';
import { isCost, payerCoverage } from './payer-budgets.js';
import { COST, policyVariable, sh } from '../../fix/step.js';
import { ALERT, SUBSCRIBER } from './budget-fix.js';
import { type TopicFault, topicFault } from './budget-topics.js';
import type { FactValue } from '../../facts/catalog.js';

type Alerts = { subscribers: number; topics?: string[] }[];

/** What a budget's alerts reach: the first budget that alerts someone, else the first SNS topic that reaches no one. */
type Reach = { kind: 'alerting'; budget: string; subscribers: number } | { kind: 'unreachable'; budget: string; topic: string; fault: TopicFault; key?: string } | undefined;

/**
 * The first budget with a subscriber its alerts reach: an e-mail address, or an SNS topic that reaches someone (`topic`
 * reads it; where not given, or where a snapshot from before topics were read lists none, every subscriber counts). A
 * budget, or a topic, that could not be read is no evidence either way: it is the error where nothing else reaches anyone.
 */
async function firstAlerting(
  names: string[],
  read: (name: string) => Promise<Alerts>,
  topic?: { account: string | undefined; read: (arn: string) => Promise<FactValue<'sns.topic'>>; readKey: (arn: string) => Promise<FactValue<'kms.key'>> },
): Promise<Reach> {
  const reads = await Promise.allSettled(names.map(async (budget) => ({ budget, alerts: await read(budget) })));
  let unreachable: Reach;
  let unknown: { reason: unknown } | undefined;
  for (const entry of reads) {
    if (entry.status !== 'fulfilled') continue;
    const { budget, alerts } = entry.value;
    let reached = 0;
    for (const alert of alerts) {
      const topics = topic ? alert.topics : undefined;
      if (!topic || !topics) {
        reached += alert.subscribers;
        continue;
      }
      reached += alert.subscribers - topics.length; // e-mail addresses: Budgets sends to them itself
      const judged = await Promise.allSettled(topics.map(async (arn) => ({ arn, found: await topicFault(arn, topic.account, topic.read, topic.readKey) })));
      for (const outcome of judged) {
        if (outcome.status === 'rejected') unknown ??= { reason: outcome.reason };
        else if (!outcome.value.found) reached += 1;
        else unreachable ??= { kind: 'unreachable', budget, topic: outcome.value.arn, ...outcome.value.found };
      }
    }
    if (reached > 0) return { kind: 'alerting', budget, subscribers: reached };
  }
  const unread = reads.find((entry) => entry.status === 'rejected');
  if (unread) throw unread.reason;
  if (unknown) throw unknown.reason;
  return unreachable;
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
  reads: ['budgets.budgets', 'budgets.alerts', 'sns.topic', 'kms.key', 'organizations.organization', 'budgets.managementBudgets', 'budgets.managementAlerts'],
  cli: [
    'aws budgets create-notification --account-id ACCOUNT_ID --budget-name monthly --notification NotificationType=ACTUAL,ComparisonOperator=GREATER_THAN,Threshold=80 --subscribers SubscriptionType=EMAIL,Address=you@example.com',
    'aws sns get-topic-attributes --topic-arn TOPIC_ARN --query "Attributes.[Policy,SubscriptionsConfirmed,KmsMasterKeyId]"',
    'aws kms describe-key --key-id KEY_ARN --query "KeyMetadata.[KeyManager,Enabled]"',
    'aws kms get-key-policy --key-id KEY_ARN --policy-name default',
  ],
  text: {
    en: {
      title: 'A cost budget alerts someone',
      passes: 'At least one cost budget has a notification with at least one subscriber it reaches: an e-mail address, or an SNS topic of the account that exists, whose access policy lets Budgets (budgets.amazonaws.com) publish to it, that is unencrypted or encrypted with an enabled customer managed KMS key whose key policy lets Budgets use it (kms:GenerateDataKey* and kms:Decrypt; the AWS managed key alias/aws/sns lets no AWS service publish), and that has a confirmed subscription. A member of an organization with no cost budget of its own: in an --org audit run from the management account, the management account\'s cost budgets that cover it count (their SNS topics are judged in the management account\'s own result); audited alone, MANUAL naming the management account.',
      rationale: 'A budget nobody hears from is only a chart. At least one notification with a subscriber (email or SNS topic) turns it into an alarm. An SNS topic that Budgets may not publish to (or whose encryption key it may not use), or that nobody has confirmed a subscription to, drops the alert without a word.',
      remediation: 'Add an alert (for example at 80% of actual cost) with an email or SNS subscriber to a cost budget.',
      console: [
        'Open "Billing and Cost Management" → "Budgets" and choose the budget.',
        'Choose "Edit", then "Add an alert threshold", set the threshold and the email recipients or SNS topic, and save.',
      ],
      messages: {
        alerting: 'Cost budget {budget} notifies {subscribers} subscriber(s).',
        'no-budget': 'No cost budget exists, so nobody is alerted (see billing.budget).',
        'no-subscribers': 'No cost budget has a notification with a subscriber ({count} budget(s) checked).',
        'topic-other-account': 'Cost budget {budget} alerts no one: SNS topic {topic} belongs to another account, which Budgets does not publish to, and no subscriber of the budget is reached otherwise.',
        'topic-not-found': 'Cost budget {budget} alerts no one: SNS topic {topic} does not exist, and no subscriber of the budget is reached otherwise.',
        'topic-not-allowed': "Cost budget {budget} alerts no one: the access policy of SNS topic {topic} does not let Budgets (budgets.amazonaws.com) publish to it, and no subscriber of the budget is reached otherwise.",
        'topic-key-aws-managed': 'Cost budget {budget} alerts no one: SNS topic {topic} is encrypted with the AWS managed key for SNS ({key}), whose key policy AWS fixes and which lets no AWS service, Budgets included, publish to the topic, and no subscriber of the budget is reached otherwise.',
        'topic-key-unusable': 'Cost budget {budget} alerts no one: KMS key {key}, which encrypts SNS topic {topic}, does not exist or is disabled (or pending deletion), so nothing can be published to the topic, and no subscriber of the budget is reached otherwise.',
        'topic-key-refuses': 'Cost budget {budget} alerts no one: the key policy of KMS key {key}, which encrypts SNS topic {topic}, does not let Budgets (budgets.amazonaws.com) use it (kms:GenerateDataKey* and kms:Decrypt), and no subscriber of the budget is reached otherwise.',
        'topic-unconfirmed': 'Cost budget {budget} alerts no one: SNS topic {topic} has no confirmed subscription, and no subscriber of the budget is reached otherwise.',
        'payer-alerting': 'Cost budget {budget} of the management account {management} covers this account and notifies {subscribers} subscriber(s).',
        'payer-no-subscribers': 'The cost budgets of the management account {management} that cover this account notify nobody ({count} checked).',
        'ask-payer': "No cost budget of its own. An organization's budgets usually live in its management account {management}, which a member may not read: verify there that one covering this account alerts someone (or audit with --org from there).",
        'payer-filter-unclear': 'No cost budget of its own; cost budget {budget} of the management account {management} filters accounts in a way not read here: verify that it covers this account and alerts someone.',
        'no-budget-in-organization': 'No cost budget covers this account, here or in the management account {management}, so nobody is alerted (see billing.budget).',
      },
      fixes: {
        'no-budget': 'Create a cost budget with an alert to an email address or SNS topic (see billing.budget).',
        'topic-other-account': 'Point the alerts of budget {budget} at an SNS topic of this account (one that lets budgets.amazonaws.com publish), or at an e-mail address.',
        'topic-not-found': 'Point the alerts of budget {budget} at an existing SNS topic or an e-mail address, or create topic {topic} again (with a policy that lets budgets.amazonaws.com publish).',
        'topic-not-allowed': 'Add to the access policy of SNS topic {topic} a statement that allows the service principal budgets.amazonaws.com to SNS:Publish on it (Cost Management user guide, "Creating an Amazon SNS topic for budget notifications").',
        'topic-key-aws-managed': 'Encrypt SNS topic {topic} with a customer managed KMS key whose key policy allows the service principal budgets.amazonaws.com kms:GenerateDataKey* and kms:Decrypt (SNS developer guide, "Key management"), or turn its encryption off; or add an e-mail subscriber to budget {budget}.',
        'topic-key-unusable': 'Enable KMS key {key} (or cancel its deletion), or encrypt SNS topic {topic} with an enabled customer managed key that lets budgets.amazonaws.com use it; or add an e-mail subscriber to budget {budget}.',
        'topic-key-refuses': 'Add to the key policy of KMS key {key} a statement that allows the service principal budgets.amazonaws.com kms:GenerateDataKey* and kms:Decrypt (SNS developer guide, "Key management"), or add an e-mail subscriber to budget {budget}.',
        'topic-unconfirmed': 'Subscribe a person or a team endpoint to SNS topic {topic} and confirm the subscription (an e-mail endpoint confirms through the link SNS sends), or add an e-mail subscriber to budget {budget}.',
      },
    },
    ja: {
      title: 'コスト予算のアラートが誰かに届く',
      passes: '少なくとも 1 つのコスト予算に、届く通知先が 1 つ以上ある通知があること。届く通知先とは、メールアドレス、またはこのアカウントにあって存在し、アクセスポリシーで Budgets(budgets.amazonaws.com)の発行を許可し、暗号化されていないか、キーポリシーで Budgets の利用(kms:GenerateDataKey* と kms:Decrypt)を許可する有効なカスタマーマネージド KMS キーで暗号化され(AWS マネージドキー alias/aws/sns では AWS のサービスは発行できません)、確認済みのサブスクリプションがある SNS トピックです。自分のコスト予算がない組織のメンバーは、管理アカウントから --org で監査した場合、そのメンバーを対象にする管理アカウントのコスト予算を数えます。単独で監査した場合は、管理アカウントを示して MANUAL です(管理アカウントの予算の SNS トピックは、管理アカウント自身の結果で判定します)。',
      rationale: '誰にも通知されない予算はただのグラフです。通知先(メールまたは SNS トピック)を持つアラートが少なくとも 1 つあれば、警報として機能します。Budgets が発行を許可されていない(または暗号化キーを使えない)SNS トピックや、確認済みのサブスクリプションがないトピックは、アラートを何も言わずに捨てます。',
      remediation: 'コスト予算に、メールまたは SNS の通知先を持つアラート(たとえば実績コストの 80%)を追加してください。',
      console: [
        '「請求とコスト管理」→「予算」を開き、対象の予算を選びます。',
        '「編集」から「アラートのしきい値を追加」を選び、しきい値と通知先のメールアドレスまたは SNS トピックを設定して保存します。',
      ],
      messages: {
        alerting: 'コスト予算 {budget} は {subscribers} 件の通知先に通知します。',
        'no-budget': 'コスト予算がないため、誰にも通知されません(billing.budget を参照)。',
        'no-subscribers': '通知先を持つアラートのあるコスト予算がありません(確認した予算: {count} 件)。',
        'topic-other-account': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} は別のアカウントのもので、Budgets はそこには発行せず、ほかに届く通知先もありません。',
        'topic-not-found': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} が存在せず、ほかに届く通知先もありません。',
        'topic-not-allowed': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} のアクセスポリシーが Budgets(budgets.amazonaws.com)の発行を許可しておらず、ほかに届く通知先もありません。',
        'topic-key-aws-managed': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} は SNS の AWS マネージドキー({key})で暗号化されています。このキーポリシーは AWS が定めたもので、Budgets を含む AWS のサービスはトピックに発行できず、ほかに届く通知先もありません。',
        'topic-key-unusable': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} を暗号化する KMS キー {key} が存在しないか無効(または削除待ち)のため、トピックには何も発行できず、ほかに届く通知先もありません。',
        'topic-key-refuses': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} を暗号化する KMS キー {key} のキーポリシーが Budgets(budgets.amazonaws.com)の利用(kms:GenerateDataKey* と kms:Decrypt)を許可しておらず、ほかに届く通知先もありません。',
        'topic-unconfirmed': 'コスト予算 {budget} のアラートは誰にも届きません: SNS トピック {topic} に確認済みのサブスクリプションがなく、ほかに届く通知先もありません。',
        'payer-alerting': '管理アカウント {management} のコスト予算 {budget} がこのアカウントを対象にしており、{subscribers} 件の通知先に通知します。',
        'payer-no-subscribers': 'このアカウントを対象にする管理アカウント {management} のコスト予算は、誰にも通知しません(確認した予算: {count} 件)。',
        'ask-payer': 'このアカウント自身のコスト予算はありません。組織の予算は通常、管理アカウント {management} にあり、メンバーからは読めません。このアカウントを対象にする予算が誰かに通知するか、管理アカウントで確認してください(または管理アカウントから --org で監査してください)。',
        'payer-filter-unclear': 'このアカウント自身のコスト予算はありません。管理アカウント {management} のコスト予算 {budget} は、ここでは読み取れない方法でアカウントを絞り込んでいます。このアカウントが対象で、誰かに通知するか確認してください。',
        'no-budget-in-organization': 'このアカウントにも管理アカウント {management} にも、このアカウントを対象にするコスト予算がないため、誰にも通知されません(billing.budget を参照)。',
      },
      fixes: {
        'no-budget': 'メールアドレスか SNS トピックに通知するアラート付きのコスト予算を作成してください(billing.budget を参照)。',
        'topic-other-account': '予算 {budget} のアラートの通知先を、このアカウントの SNS トピック(budgets.amazonaws.com の発行を許可するもの)かメールアドレスにしてください。',
        'topic-not-found': '予算 {budget} のアラートの通知先を既存の SNS トピックかメールアドレスにするか、トピック {topic} を作り直してください(budgets.amazonaws.com の発行を許可するポリシー付きで)。',
        'topic-not-allowed': 'SNS トピック {topic} のアクセスポリシーに、サービスプリンシパル budgets.amazonaws.com にこのトピックへの SNS:Publish を許可するステートメントを追加してください(Cost Management ユーザーガイド「予算通知用の Amazon SNS トピックの作成」)。',
        'topic-key-aws-managed': 'SNS トピック {topic} を、サービスプリンシパル budgets.amazonaws.com に kms:GenerateDataKey* と kms:Decrypt を許可するキーポリシーを持つカスタマーマネージド KMS キーで暗号化するか(SNS デベロッパーガイド「キー管理」)、暗号化をオフにしてください。または予算 {budget} にメールの通知先を追加してください。',
        'topic-key-unusable': 'KMS キー {key} を有効にする(または削除をキャンセルする)か、budgets.amazonaws.com の利用を許可する有効なカスタマーマネージドキーで SNS トピック {topic} を暗号化してください。または予算 {budget} にメールの通知先を追加してください。',
        'topic-key-refuses': 'KMS キー {key} のキーポリシーに、サービスプリンシパル budgets.amazonaws.com に kms:GenerateDataKey* と kms:Decrypt を許可するステートメントを追加するか(SNS デベロッパーガイド「キー管理」)、予算 {budget} にメールの通知先を追加してください。',
        'topic-unconfirmed': 'SNS トピック {topic} に担当者かチームの通知先をサブスクライブして確認する(メールの通知先は SNS が送るリンクで確認します)か、予算 {budget} にメールの通知先を追加してください。',
      },
    },
  },
  async evaluate({ facts, identity }) {
    const costBudgets = (await facts.budgets.budgets()).filter(isCost);
    const [first] = costBudgets;
    if (first) {
      const own = await firstAlerting(
        costBudgets.map((budget) => budget.name),
        (name) => facts.budgets.alerts(name),
        { account: identity?.accountId, read: (arn) => facts.sns.topic(arn), readKey: (arn) => facts.kms.key(arn) },
      );
      if (own?.kind === 'alerting') return [pass(ACCOUNT, 'alerting', { params: { budget: own.budget, subscribers: own.subscribers } })];
      if (own?.kind === 'unreachable') return [fail(ACCOUNT, own.fault, { params: { budget: own.budget, topic: own.topic, key: own.key ?? '' } })];
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
        // The management account's topics are its own to read: its audit judges them; here every subscriber counts.
        const theirs = await firstAlerting(payer.budgets.map((budget) => budget.name), (name) => facts.budgets.managementAlerts(name));
        if (theirs?.kind === 'alerting') return [pass(ACCOUNT, 'payer-alerting', { params: { ...theirs, management: payer.management } })];
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
