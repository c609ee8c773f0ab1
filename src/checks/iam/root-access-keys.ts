import { ACCOUNT, defineCheck, fail, pass } from '../define.js';

export default defineCheck({
  id: 'iam.root-access-keys',
  severity: 'critical',
  scope: 'account',
  references: {
    seed: 'iam-user',
    ssb: ['ACCT.02'],
    cis: ['1.4'],
    fsbp: ['IAM.4'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  reads: ['iam.accountSummary', 'iam.credentialReport'],
  cli: [
    'aws iam get-account-summary --query "SummaryMap.AccountAccessKeysPresent"',
  ],
  text: {
    en: {
      title: 'The root user has no access keys',
      passes: 'The account summary reports no root access keys (AccountAccessKeysPresent = 0).',
      rationale:
        'A root access key gives unrestricted, policy-proof API access to the whole account and never expires. Nothing needs one: use IAM roles or users with only the permissions they need.',
      remediation: 'Delete the root user\'s access keys (Security credentials, signed in as root).',
      console: [
        'Sign in as the root user and open "Security credentials" from the account menu.',
        'Under "Access keys", deactivate each key, confirm nothing breaks, then delete it.',
      ],
      messages: {
        none: 'The root user has no access keys.',
        present: 'The root user has access keys.',
        'present-keys': 'The root user has active access key {keys}, last used {lastUsed}.',
        'present-keys-unused': 'The root user has active access key {keys}, never used.',
      },
    },
    ja: {
      title: 'ルートユーザーにアクセスキーがない',
      passes: 'アカウントサマリーがルートのアクセスキーなしを示している(AccountAccessKeysPresent = 0)こと。',
      rationale:
        'ルートのアクセスキーは、ポリシーで制限できない無制限の API アクセスをアカウント全体に与え、期限もありません。必要な場面はないので、必要な権限だけを持つ IAM ロールや IAM ユーザーを使ってください。',
      remediation: 'ルートユーザーでサインインし、「セキュリティ認証情報」からルートのアクセスキーを削除してください。',
      console: [
        'ルートユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。',
        '「アクセスキー」で各キーを無効化し、影響がないことを確かめてから削除します。',
      ],
      messages: {
        none: 'ルートユーザーにアクセスキーはありません。',
        present: 'ルートユーザーにアクセスキーがあります。',
        'present-keys': 'ルートユーザーに有効なアクセスキー {keys} があります。最終使用は {lastUsed} です。',
        'present-keys-unused': 'ルートユーザーに有効なアクセスキー {keys} があります(一度も使われていません)。',
      },
    },
  },
  async evaluate({ facts }) {
    const summary = await facts.iam.accountSummary();
    if (summary.AccountAccessKeysPresent === undefined) throw new Error('AccountAccessKeysPresent is missing from the account summary');
    if (summary.AccountAccessKeysPresent === 0) return [pass(ACCOUNT, 'none')];
    // Which key, and when it was last used, tell how urgent it is; the verdict rests on the summary alone.
    const report = await facts.iam.credentialReport().catch(() => undefined);
    const root = report?.users.find((row) => row.user === '<root_account>');
    const keys = root ? ([[1, root.accessKey1Active, root.accessKey1LastUsed], [2, root.accessKey2Active, root.accessKey2LastUsed]] as const).filter(([, active]) => active) : [];
    if (keys.length === 0) return [fail(ACCOUNT, 'present')];
    const options = { params: { keys: keys.map(([number]) => number).join(', ') }, ...(report?.generatedAt ? { asOf: report.generatedAt } : {}) };
    const lastUsed = keys.flatMap(([, , used]) => (used ? [used] : [])).sort().at(-1);
    return [lastUsed ? fail(ACCOUNT, 'present-keys', { ...options, params: { ...options.params, lastUsed } }) : fail(ACCOUNT, 'present-keys-unused', options)];
  },
});
