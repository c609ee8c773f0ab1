import type { CredentialReportRow } from '../../facts/catalog.js';
import { ACCOUNT, daysSince, defineCheck, fail, incomplete, type Outcome, pass } from '../define.js';

/** CIS AWS Foundations Benchmark 1.12: credentials unused for 45 days or more are disabled. */
export const UNUSED_DAYS = 45;

/** One credential of a user: its console password, or one of its two access keys. */
interface Credential {
  resource: string;
  kind: 'password' | 'key';
  key?: 1 | 2;
  lastUsed: string | undefined;
  /** When it was set: a credential never used counts from then. */
  setAt: string | undefined;
}

/** The user's console password and active access keys, as the credential report lists them (the root user's are other checks'). */
export function credentialsOf(row: CredentialReportRow): Credential[] {
  return [
    ...(row.passwordEnabled === true ? [{ resource: `${row.arn}#password`, kind: 'password' as const, lastUsed: row.passwordLastUsed, setAt: row.passwordLastChanged }] : []),
    ...(row.accessKey1Active ? [{ resource: `${row.arn}#access-key-1`, kind: 'key' as const, key: 1 as const, lastUsed: row.accessKey1LastUsed, setAt: row.accessKey1LastRotated }] : []),
    ...(row.accessKey2Active ? [{ resource: `${row.arn}#access-key-2`, kind: 'key' as const, key: 2 as const, lastUsed: row.accessKey2LastUsed, setAt: row.accessKey2LastRotated }] : []),
  ];
}

type UnusedKey = `${Credential['kind']}-${'unused' | 'never-used'}`;

const describe = (user: string, credential: Credential) => (credential.kind === 'password' ? `${user}'s password` : `${user}'s access key ${String(credential.key)}`);
/** Before の: a word joins it directly, a number with a space (アクセスキー 1 の). */
const describeJa = (user: string, credential: Credential) => (credential.kind === 'password' ? `${user} のパスワード` : `${user} のアクセスキー ${String(credential.key)} `);

export default defineCheck({
  id: 'iam.unused-credentials',
  severity: 'medium',
  scope: 'account',
  references: {
    cis: ['1.12'],
    fsbp: ['IAM.8'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  },
  reads: ['iam.credentialReport'],
  cli: [
    'aws iam generate-credential-report',
    'aws iam get-credential-report --query Content --output text | base64 -d',
    'aws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive',
    'aws iam delete-login-profile --user-name USER',
  ],
  text: {
    en: {
      title: `No IAM user credential has gone unused for ${UNUSED_DAYS} days`,
      passes: `Every IAM user's console password and active access key was used in the last ${UNUSED_DAYS} days, or was set less than ${UNUSED_DAYS} days ago if never used (credential report; CIS 1.12). Each unused one FAILs on its own; the root user's credentials are judged by the root checks.`,
      rationale:
        'A password or access key nobody uses is one nobody would miss, and one nobody watches: when it leaks, no one notices the sign-ins. Removing what is unused shrinks what an attacker can steal.',
      remediation: `Deactivate access keys and remove console passwords unused for ${UNUSED_DAYS} days, after checking with their owner.`,
      console: [
        'Open IAM, choose "Credential report" and download it: the last-used columns show each credential.',
        'For an unused access key: open the user, "Security credentials", and choose "Actions", "Deactivate" on the key (delete it once nothing broke).',
        'For an unused console password: open the user, "Security credentials", "Manage console access", and disable it.',
      ],
      messages: {
        'in-use': `Every IAM user credential ({count}) was used in the last ${UNUSED_DAYS} days, or is newer.`,
        'no-credentials': 'No IAM user has a console password or an active access key.',
        'password-unused': 'IAM user {user} has a console password last used {days} days ago.',
        'password-never-used': 'IAM user {user} has a console password set {days} days ago and never used.',
        'key-unused': "IAM user {user}'s access key {key} is active and was last used {days} days ago.",
        'key-never-used': "IAM user {user}'s access key {key} is active, was created {days} days ago and never used.",
      },
      fixes: {
        'password-unused': "Remove {user}'s console password (IAM > Users > {user} > Security credentials > Manage console access), after checking with {user}.",
        'password-never-used': "Remove {user}'s console password (IAM > Users > {user} > Security credentials > Manage console access), after checking with {user}.",
        'key-unused': "Deactivate {user}'s access key {key} (IAM > Users > {user} > Security credentials), then delete it once nothing broke.",
        'key-never-used': "Deactivate {user}'s access key {key} (IAM > Users > {user} > Security credentials), then delete it once nothing broke.",
      },
    },
    ja: {
      title: `${UNUSED_DAYS} 日間使われていない IAM ユーザーの認証情報がない`,
      passes: `すべての IAM ユーザーのコンソールパスワードと有効なアクセスキーが直近 ${UNUSED_DAYS} 日以内に使われている(一度も使われていない場合は設定から ${UNUSED_DAYS} 日未満)(認証情報レポート、CIS 1.12)。使われていないものはそれぞれ FAIL になります。ルートユーザーの認証情報はルートのチェックが判定します。`,
      rationale:
        '誰も使っていないパスワードやアクセスキーは、なくなっても誰も困らず、誰も見張っていません。漏えいしてもサインインに気づく人がいません。使われていないものを消せば、攻撃者が盗めるものが減ります。',
      remediation: `${UNUSED_DAYS} 日間使われていないアクセスキーを無効化し、コンソールパスワードを削除してください(所有者に確認のうえ)。`,
      console: [
        'IAM を開き、「認証情報レポート」をダウンロードします。最終使用日の列で各認証情報を確認できます。',
        '使われていないアクセスキー: ユーザーを開き、「セキュリティ認証情報」でキーの「アクション」から「無効化」を選びます(問題がなければ削除します)。',
        '使われていないコンソールパスワード: ユーザーを開き、「セキュリティ認証情報」の「コンソールアクセスを管理」で無効にします。',
      ],
      messages: {
        'in-use': `IAM ユーザーの認証情報({count} 件)はすべて直近 ${UNUSED_DAYS} 日以内に使われているか、それより新しいものです。`,
        'no-credentials': 'コンソールパスワードや有効なアクセスキーを持つ IAM ユーザーはいません。',
        'password-unused': 'IAM ユーザー {user} のコンソールパスワードは最後の使用から {days} 日たっています。',
        'password-never-used': 'IAM ユーザー {user} のコンソールパスワードは {days} 日前に設定され、一度も使われていません。',
        'key-unused': 'IAM ユーザー {user} のアクセスキー {key} は有効で、最後の使用から {days} 日たっています。',
        'key-never-used': 'IAM ユーザー {user} のアクセスキー {key} は有効で、{days} 日前に作成され、一度も使われていません。',
      },
      fixes: {
        'password-unused': '{user} に確認のうえ、コンソールパスワードを削除してください(IAM > ユーザー > {user} > セキュリティ認証情報 > コンソールアクセスを管理)。',
        'password-never-used': '{user} に確認のうえ、コンソールパスワードを削除してください(IAM > ユーザー > {user} > セキュリティ認証情報 > コンソールアクセスを管理)。',
        'key-unused': '{user} のアクセスキー {key} を無効化し(IAM > ユーザー > {user} > セキュリティ認証情報)、問題がなければ削除してください。',
        'key-never-used': '{user} のアクセスキー {key} を無効化し(IAM > ユーザー > {user} > セキュリティ認証情報)、問題がなければ削除してください。',
      },
    },
  },
  async evaluate({ facts, now }) {
    const { users: report, generatedAt } = await facts.iam.credentialReport();
    const users = report.filter((row) => row.user !== '<root_account>');
    const credentials = users.flatMap((row) => credentialsOf(row).map((credential) => ({ row, credential })));
    if (credentials.length === 0) return [pass(ACCOUNT, 'no-credentials', { asOf: generatedAt })];
    const found = credentials.flatMap(({ row, credential }): Outcome<UnusedKey>[] => {
      const since = credential.lastUsed ?? credential.setAt;
      // A report without the column (a snapshot from before this check) cannot say: never "in use".
      if (since === undefined) return [{ status: 'ERROR', resource: credential.resource, error: incomplete('iam.credentialReport', 'MissingColumn', `the credential report does not say when ${describe(row.user, credential)} was set`, `認証情報レポートに ${describeJa(row.user, credential)}の設定日時がありません`) }];
      const days = daysSince(since, now);
      if (days < UNUSED_DAYS) return [];
      return [fail(credential.resource, `${credential.kind}-${credential.lastUsed ? 'unused' : 'never-used'}`, { params: { user: row.user, days, ...(credential.key ? { key: credential.key } : {}) }, asOf: generatedAt })];
    });
    return found.length > 0 ? found : [pass(ACCOUNT, 'in-use', { params: { count: credentials.length }, asOf: generatedAt })];
  },
});
