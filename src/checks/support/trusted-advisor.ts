import { ACCOUNT, defineCheck, fail, incomplete, manual, pass } from '../define.js';

export default defineCheck({
  id: 'support.trusted-advisor',
  severity: 'medium',
  scope: 'account',
  references: {
    ssb: ['ACCT.12'],
    docs: 'https://docs.aws.amazon.com/awssupport/latest/user/trusted-advisor.html',
  },
  reads: ['support.trustedAdvisor'],
  cli: ['aws support describe-trusted-advisor-checks --language en --region us-east-1', 'aws support describe-trusted-advisor-check-summaries --check-ids CHECK_ID --region us-east-1'],
  text: {
    en: {
      title: 'No Trusted Advisor check is red',
      passes:
        "No Trusted Advisor check has the status error (red: action recommended), in any category (support:DescribeTrustedAdvisorCheckSummaries; AWS Startup Security Baseline ACCT.12). Each red check is a FAIL of its own, naming the resources it flags; a check whose status AWS did not give, or no check listed at all, is ERROR. The AWS Support API needs Business support or higher: on Basic or Developer support (SubscriptionRequiredException) it is MANUAL, to review in the console.",
      rationale:
        "Trusted Advisor compares the account with AWS's own best practices: buckets open to everyone, security groups open to the internet on risky ports, root without MFA, exposed access keys, service limits close to their end. A red check is one AWS itself says needs action; reviewing them regularly catches what no one set out to check.",
      remediation: "Open the red check in Trusted Advisor, fix the resources it flags (or exclude those that are meant to be so), and refresh it.",
      console: [
        'Open Trusted Advisor in the console (it is global) and choose "Recommendations".',
        'Filter by "Action recommended" (red), open each check and fix or exclude the flagged resources.',
        'On Basic or Developer support, the console still shows the core security checks and service limits: review those.',
      ],
      messages: {
        clear: 'No Trusted Advisor check is red ({count} checks).',
        red: 'Trusted Advisor check "{check}" ({category}) is red: {flagged} resource(s) flagged.',
        'basic-support':
          'Trusted Advisor cannot be read through the AWS Support API on this support plan (Business support or higher is needed): review its checks in the console, then attest it.',
      },
    },
    ja: {
      title: 'Trusted Advisor に赤のチェックがない',
      passes:
        'どのカテゴリでも、Trusted Advisor のチェックの状態が error(赤: 対応を推奨)でないこと(support:DescribeTrustedAdvisorCheckSummaries、AWS Startup Security Baseline ACCT.12)。赤のチェックはそれぞれ 1 件の FAIL で、検出されたリソースの数を示します。AWS が状態を返さなかったチェックがある場合や、チェックが 1 つも返らなかった場合は ERROR です。AWS Support API にはビジネスサポート以上が必要で、ベーシックか開発者サポート(SubscriptionRequiredException)ではコンソールで確認する MANUAL です。',
      rationale:
        'Trusted Advisor はアカウントを AWS 自身のベストプラクティスと比べます。誰でも読めるバケット、危険なポートをインターネットに開いたセキュリティグループ、MFA のないルート、漏えいしたアクセスキー、上限に近いサービスクォータなどです。赤のチェックは AWS 自身が対応を求めるもので、定期的に確認すれば、誰も確かめようとしなかった問題に気づけます。',
      remediation: 'Trusted Advisor で赤のチェックを開き、検出されたリソースを修正(意図したものは除外)して、チェックを更新してください。',
      console: [
        'コンソールで Trusted Advisor(グローバル)を開き、「推奨事項」を選びます。',
        '「推奨されるアクション」(赤)で絞り込み、各チェックを開いて検出されたリソースを修正するか除外します。',
        'ベーシックか開発者サポートでも、コンソールではセキュリティのコアチェックとサービスクォータを確認できます。それらを確認してください。',
      ],
      messages: {
        clear: 'Trusted Advisor に赤のチェックはありません({count} 件のチェック)。',
        red: 'Trusted Advisor のチェック「{check}」({category})が赤です。{flagged} 件のリソースが検出されています。',
        'basic-support':
          'このサポートプランでは AWS Support API から Trusted Advisor を読めません(ビジネスサポート以上が必要です)。コンソールでチェックを確認してから証明してください。',
      },
    },
  },
  async evaluate({ facts }) {
    const checks = await facts.support.trustedAdvisor();
    if (!checks) return [manual(ACCOUNT, 'basic-support')];
    // AWS lists well over a hundred checks: an empty list judges nothing, and is never "none red".
    if (checks.length === 0) throw incomplete('support.trustedAdvisor', 'NoChecks', 'Trusted Advisor listed no checks', 'Trusted Advisor がチェックを 1 件も返しませんでした');
    const red = checks.filter((check) => check.status === 'error');
    if (red.length > 0) return red.map((check) => fail(`trusted-advisor:${check.id}`, 'red', { params: { check: check.name, category: check.category, flagged: check.flagged } }));
    const unknown = checks.find((check) => check.status === 'unknown');
    // A check AWS gave no status for could be the red one: say so, never guess.
    if (unknown) throw incomplete('support.trustedAdvisor', 'StatusUnknown', `Trusted Advisor gave no summary for check "${unknown.name}" (${unknown.id})`, `Trusted Advisor がチェック「${unknown.name}」(${unknown.id})の概要を返しませんでした`);
    return [pass(ACCOUNT, 'clear', { params: { count: checks.length } })];
  },
});
