import { ACCOUNT, daysSince, defineCheck, fail, incomplete, pass } from '../define.js';

export default defineCheck({
  id: 'iam.root-recent-use',
  severity: 'high',
  scope: 'account',
  references: {
    seed: 'iam-user',
    ssb: ['ACCT.02'],
    cis: ['1.7'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
  },
  reads: ['iam.credentialReport'],
  cli: [
    'aws iam generate-credential-report',
    'aws iam get-credential-report --query Content --output text | base64 -d | head -2',
  ],
  text: {
    en: {
      title: 'The root user is not used for daily work',
      passes: 'The most recent of root\'s password use and both access keys\' last use (credential report) is older than rootUnusedDays (90 by default), or none is recorded.',
      rationale:
        'AWS asks that the root user be used only for the few tasks that require it. Daily use multiplies the chances that its password or keys leak. Work as an IAM user or through IAM Identity Center instead.',
      remediation: 'Create an administrator in IAM Identity Center or IAM (with MFA) and stop signing in as root.',
      console: [
        'Open IAM (or IAM Identity Center) and create a user for yourself.',
        'Choose "Add permissions", then "Attach policies directly", and attach AdministratorAccess (or a narrower policy).',
        'Register an MFA device for that user, sign in as it, and keep the root credentials for the tasks that require root.',
      ],
      messages: {
        unused: 'The root user has not been used in the last {days} days (last use: {lastUsed}).',
        'never-used': 'The root user\'s password and access keys have no recorded use.',
        'recent-use': 'The root user was used {ago} day(s) ago ({lastUsed}, by its password); the limit is {days} days.',
        'recent-use-key': 'The root user was used {ago} day(s) ago ({lastUsed}, by its access key {key}); the limit is {days} days.',
      },
    },
    ja: {
      title: 'ルートユーザーを日常的に使っていない',
      passes: 'ルートのパスワードと 2 つのアクセスキーの最終使用日時(認証情報レポート)のうち最新のものが rootUnusedDays(既定 90 日)より前であるか、記録がないこと。',
      rationale:
        'AWS はルートユーザーを、ルートでしかできない一部の作業だけに使うよう求めています。日常的に使うほどパスワードやキーが漏れる機会が増えます。IAM ユーザーや IAM Identity Center を使って作業してください。',
      remediation: 'IAM Identity Center または IAM に(MFA 付きの)管理者を作成し、ルートユーザーでのサインインをやめてください。',
      console: [
        'IAM(または IAM Identity Center)を開き、自分用のユーザーを作成します。',
        '「許可を追加」から「ポリシーを直接アタッチする」を選び、AdministratorAccess(またはより狭いポリシー)をアタッチします。',
        'そのユーザーに MFA デバイスを登録してサインインし、ルートの認証情報はルートでしかできない作業のために保管します。',
      ],
      messages: {
        unused: 'ルートユーザーは直近 {days} 日間使われていません(最終使用: {lastUsed})。',
        'never-used': 'ルートユーザーのパスワードとアクセスキーに使用記録はありません。',
        'recent-use': 'ルートユーザーが {ago} 日前({lastUsed}、パスワード)に使われています。基準は {days} 日です。',
        'recent-use-key': 'ルートユーザーが {ago} 日前({lastUsed}、アクセスキー {key})に使われています。基準は {days} 日です。',
      },
    },
  },
  async evaluate({ facts, settings, now }) {
    const { users: report, generatedAt } = await facts.iam.credentialReport();
    const root = report.find((row) => row.user === '<root_account>');
    if (!root) {
      throw incomplete('iam.credentialReport', 'RootRowMissing', 'the credential report has no <root_account> row', '認証情報レポートに <root_account> の行がありません');
    }
    const uses = [
      { key: 0, at: root.passwordLastUsed },
      { key: 1, at: root.accessKey1LastUsed },
      { key: 2, at: root.accessKey2LastUsed },
    ].filter((use): use is { key: number; at: string } => use.at !== undefined);
    const latest = uses.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
    if (!latest) return [pass(ACCOUNT, 'never-used', { asOf: generatedAt })];
    const ago = daysSince(latest.at, now);
    const params = { days: settings.rootUnusedDays, lastUsed: latest.at, ago, key: latest.key };
    if (ago < settings.rootUnusedDays) return [fail(ACCOUNT, latest.key ? 'recent-use-key' : 'recent-use', { params, details: { lastUsed: latest.at }, asOf: generatedAt })];
    return [pass(ACCOUNT, 'unused', { params, details: { lastUsed: latest.at }, asOf: generatedAt })];
  },
});
