import { ACCOUNT, defineCheck, fail, pass, incomplete, perResource } from '../define.js';

export default defineCheck({
  id: 'iam.admin-mfa',
  severity: 'critical',
  scope: 'account',
  references: {
    seed: 'iam-user',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html',
  },
  reads: ['iam.adminUsers', 'iam.credentialReport'],
  cli: [
    'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    'aws iam list-mfa-devices --user-name USER',
  ],
  text: {
    en: {
      title: 'Every IAM user with AdministratorAccess has MFA',
      passes: 'Every IAM user holding the AWS-managed AdministratorAccess (directly or through a group) has an MFA device, whether or not it has a password or keys today.',
      rationale:
        'An administrator\'s credentials are as powerful as root for most purposes. Whether the user signs in with a password or calls the API with access keys, MFA is the barrier between a leak and a takeover.',
      remediation: 'Assign an MFA device to the administrator, and require MFA for its access keys (or replace them with roles).',
      console: [
        'Open IAM, choose "Users" and select the administrator.',
        'On the "Security credentials" tab, choose "Assign MFA device".',
        'For access keys, prefer short-lived credentials (IAM Identity Center or roles); if keys must stay, require aws:MultiFactorAuthPresent in a policy.',
      ],
      messages: {
        'has-mfa': 'Administrator {user} ({via}) has MFA.',
        'console-no-mfa': 'Administrator {user} ({via}) has a console password and no MFA.',
        'keys-only': 'Administrator {user} ({via}) has active access keys and no MFA.',
        'no-mfa': 'Administrator {user} ({via}) has no MFA (no password or active keys today).',
        'no-admins': 'No IAM user has AdministratorAccess.',
      },
      fixes: {
        'console-no-mfa': 'Assign an MFA device to administrator {user} (IAM → Users → {user} → Security credentials).',
        'keys-only': "Replace administrator {user}'s access keys with a role (or require aws:MultiFactorAuthPresent for them), and assign an MFA device.",
        'no-mfa': 'Assign an MFA device to administrator {user} before it gets a password or keys, or remove its administrator rights.',
      },
    },
    ja: {
      title: 'AdministratorAccess を持つすべての IAM ユーザーに MFA が設定されている',
      passes: 'AWS 管理ポリシー AdministratorAccess を(直接またはグループ経由で)持つすべての IAM ユーザーに、現在パスワードやキーがあるかどうかにかかわらず MFA デバイスがあること。',
      rationale:
        '管理者の認証情報は、ほとんどの点でルートと同じくらい強力です。パスワードでサインインする場合もアクセスキーで API を呼ぶ場合も、漏えいから乗っ取りを防ぐ壁になるのが MFA です。',
      remediation: '管理者に MFA デバイスを割り当て、アクセスキーにも MFA を必須にする(またはロールに置き換える)ことをおすすめします。',
      console: [
        'IAM を開き、「ユーザー」から対象の管理者を選びます。',
        '「セキュリティ認証情報」タブで「MFA デバイスの割り当て」を選びます。',
        'アクセスキーは短期の認証情報(IAM Identity Center やロール)に置き換えるのが望ましく、残す場合はポリシーで aws:MultiFactorAuthPresent を必須にします。',
      ],
      messages: {
        'has-mfa': '管理者 {user}({via})には MFA が設定されています。',
        'console-no-mfa': '管理者 {user}({via})はコンソールパスワードを持っていますが、MFA がありません。',
        'keys-only': '管理者 {user}({via})は有効なアクセスキーを持っていますが、MFA がありません。',
        'no-mfa': '管理者 {user}({via})に MFA がありません(現在パスワードも有効なキーもありません)。',
        'no-admins': 'AdministratorAccess を持つ IAM ユーザーはいません。',
      },
      fixes: {
        'console-no-mfa': '管理者 {user} に MFA デバイスを割り当ててください(IAM → ユーザー → {user} → セキュリティ認証情報)。',
        'keys-only': '管理者 {user} のアクセスキーをロールに置き換える(またはキーに aws:MultiFactorAuthPresent を必須にする)とともに、MFA デバイスを割り当ててください。',
        'no-mfa': '管理者 {user} にパスワードやキーが作られる前に MFA デバイスを割り当てるか、管理者権限を外してください。',
      },
    },
  },
  async evaluate({ facts }) {
    const admins = await facts.iam.adminUsers();
    if (admins.length === 0) return [pass(ACCOUNT, 'no-admins')];
    const report = await facts.iam.credentialReport();
    return Promise.all(
      admins.map((admin) => {
        const row = report.find((candidate) => candidate.user === admin.userName);
        const arn = row?.arn ?? admin.arn; // the report's ARN carries the user's path
        return perResource(arn, async () => {
          if (!row) {
            throw incomplete('iam.credentialReport', 'UserNotInReport', `user ${admin.userName} is not in the credential report (created after it was generated?)`);
          }
          const options = { params: { user: admin.userName, via: admin.via.join(', ') } };
          if (row.mfaActive) return pass(arn, 'has-mfa', options);
          if (row.passwordEnabled) return fail(arn, 'console-no-mfa', options);
          if (row.accessKey1Active || row.accessKey2Active) return fail(arn, 'keys-only', options);
          return fail(arn, 'no-mfa', options);
        });
      }),
    );
  },
});
