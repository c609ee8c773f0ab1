import { ACCOUNT, daysSince, defineCheck, fail, incomplete, type Outcome, pass } from '../define.js';
import { credentialsOf } from './unused-credentials.js';

/** CIS AWS Foundations Benchmark 1.14 and FSBP IAM.3: active access keys are rotated every 90 days or less. */
const ROTATION_DAYS = 90;

export default defineCheck({
  id: 'iam.access-key-rotation',
  severity: 'medium',
  scope: 'account',
  references: {
    cis: ['1.14'],
    fsbp: ['IAM.3'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
  },
  reads: ['iam.credentialReport'],
  cli: ['aws iam list-access-keys --user-name USER', 'aws iam create-access-key --user-name USER', 'aws iam update-access-key --user-name USER --access-key-id OLD_KEY_ID --status Inactive'],
  text: {
    en: {
      title: `Active access keys of IAM users are at most ${ROTATION_DAYS} days old`,
      passes: `Every active access key of an IAM user was created or rotated at most ${ROTATION_DAYS} days ago (credential report; CIS 1.14). Each older key FAILs on its own; the root user's keys are judged by iam.root-access-keys.`,
      rationale:
        'An access key is a password that never expires: copied into scripts, laptops and CI settings, it leaks over time. Rotating it limits how long a leaked key works. Where people and workloads can use roles, IAM Identity Center or temporary credentials, no key to rotate is better still.',
      remediation: `Rotate access keys more than ${ROTATION_DAYS} days old: create a new key, move its users to it, deactivate the old one, then delete it.`,
      console: [
        'Open IAM, choose the user, then "Security credentials".',
        'Under "Access keys", choose "Create access key" (a user has at most two) and give the new key to what uses the old one.',
        'Once the old key\'s "Last used" stops moving, choose "Actions", "Deactivate", and later "Delete".',
      ],
      messages: {
        rotated: `Every active access key of an IAM user ({count}) is at most ${ROTATION_DAYS} days old.`,
        'no-keys': 'No IAM user has an active access key.',
        old: "IAM user {user}'s access key {key} is {days} days old.",
      },
      fixes: {
        old: "Rotate {user}'s access key {key}: create a new key, move what uses key {key} to it, then deactivate and delete key {key}.",
      },
    },
    ja: {
      title: `IAM ユーザーの有効なアクセスキーが作成から ${ROTATION_DAYS} 日以内である`,
      passes: `IAM ユーザーのすべての有効なアクセスキーが作成またはローテーションから ${ROTATION_DAYS} 日以内である(認証情報レポート、CIS 1.14)。古いキーはそれぞれ FAIL になります。ルートユーザーのキーは iam.root-access-keys が判定します。`,
      rationale:
        'アクセスキーは期限のないパスワードです。スクリプト、ノート PC、CI の設定にコピーされ、時間とともに漏えいします。ローテーションすれば漏えいしたキーが使える期間を限れます。人やワークロードがロール、IAM Identity Center、一時的な認証情報を使えるなら、ローテーションすべきキーがないほうがさらに安全です。',
      remediation: `${ROTATION_DAYS} 日を超えたアクセスキーをローテーションしてください: 新しいキーを作り、利用側を移し、古いキーを無効化してから削除します。`,
      console: [
        'IAM を開き、ユーザーを選んで「セキュリティ認証情報」を開きます。',
        '「アクセスキー」で「アクセスキーを作成」を選び(ユーザーあたり最大 2 つ)、古いキーの利用側に新しいキーを渡します。',
        '古いキーの「最終使用」が動かなくなったら、「アクション」から「無効化」、のちに「削除」を選びます。',
      ],
      messages: {
        rotated: `IAM ユーザーの有効なアクセスキー({count} 個)はすべて作成から ${ROTATION_DAYS} 日以内です。`,
        'no-keys': '有効なアクセスキーを持つ IAM ユーザーはいません。',
        old: 'IAM ユーザー {user} のアクセスキー {key} は作成から {days} 日たっています。',
      },
      fixes: {
        old: '{user} のアクセスキー {key} をローテーションしてください: 新しいキーを作り、キー {key} の利用側を移してから、キー {key} を無効化して削除します。',
      },
    },
  },
  async evaluate({ facts, now }) {
    const { users: report, generatedAt } = await facts.iam.credentialReport();
    const keys = report.filter((row) => row.user !== '<root_account>').flatMap((row) => credentialsOf(row).flatMap((credential) => (credential.kind === 'key' ? [{ row, credential }] : [])));
    if (keys.length === 0) return [pass(ACCOUNT, 'no-keys', { asOf: generatedAt })];
    const old = keys.flatMap(({ row, credential }): Outcome<'old'>[] => {
      // A report without the column (a snapshot from before this check) cannot say: never "rotated".
      if (credential.setAt === undefined) return [{ status: 'ERROR', resource: credential.resource, error: incomplete('iam.credentialReport', 'MissingColumn', `the credential report does not say when ${row.user}'s access key ${String(credential.key)} was created`, `認証情報レポートに ${row.user} のアクセスキー ${String(credential.key)} の作成日時がありません`) }];
      const days = daysSince(credential.setAt, now);
      return days > ROTATION_DAYS ? [fail(credential.resource, 'old', { params: { user: row.user, key: credential.key ?? 1, days }, asOf: generatedAt })] : [];
    });
    return old.length > 0 ? old : [pass(ACCOUNT, 'rotated', { params: { count: keys.length }, asOf: generatedAt })];
  },
});
