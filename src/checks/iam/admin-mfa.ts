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
    'aws iam get-account-authorization-details --filter User Group LocalManagedPolicy',
    'aws iam list-mfa-devices --user-name USER',
  ],
  text: {
    en: {
      title: 'Every IAM administrator has MFA, and no access key bypasses it',
      passes:
        'Every administrator has an MFA device (whether or not it has a password or keys today), and none has an active access key unless its administrator grant requires aws:MultiFactorAuthPresent. Administrators are the users who can do everything: the AWS-managed AdministratorAccess (by its ARN), or any customer-managed or inline policy allowing * (or *:*) on *, on the user or on one of its groups.',
      rationale:
        'An administrator\'s credentials are as powerful as root for most purposes. MFA guards the console sign-in; it does not apply to access keys, which work alone unless a policy requires MFA. A leaked key of an administrator is a takeover.',
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
        'keys-without-mfa': 'Administrator {user} ({via}) has an active access key; MFA does not apply to it.',
        'no-admins': 'No IAM user can do everything (AdministratorAccess, or a policy allowing * on *).',
      },
      fixes: {
        'keys-without-mfa': "Replace administrator {user}'s access key with a role or IAM Identity Center, or require aws:MultiFactorAuthPresent in the policy that makes it an administrator.",
        'console-no-mfa': 'Assign an MFA device to administrator {user} (IAM → Users → {user} → Security credentials).',
        'keys-only': "Replace administrator {user}'s access keys with a role (or require aws:MultiFactorAuthPresent for them), and assign an MFA device.",
        'no-mfa': 'Assign an MFA device to administrator {user} before it gets a password or keys, or remove its administrator rights.',
      },
    },
    ja: {
      title: 'すべての IAM 管理者に MFA があり、MFA を迂回するアクセスキーがない',
      passes:
        'すべての管理者に(現在パスワードやキーがあるかどうかにかかわらず)MFA デバイスがあり、管理者権限の付与が aws:MultiFactorAuthPresent を必須にしていない限り有効なアクセスキーを持たないこと。管理者とは、何でもできるユーザーです: AWS 管理ポリシー AdministratorAccess(ARN で判定)、または * (か *:*) を * に許可するカスタマー管理ポリシーかインラインポリシーを、ユーザー自身かそのグループに持つユーザー。',
      rationale:
        '管理者の認証情報は、ほとんどの点でルートと同じくらい強力です。MFA が守るのはコンソールのサインインで、アクセスキーには適用されません。ポリシーで MFA を必須にしない限り、キーだけで使えます。管理者のキーが漏れれば乗っ取りにつながります。',
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
        'keys-without-mfa': '管理者 {user}({via})には有効なアクセスキーがあります。MFA はキーには適用されません。',
        'no-admins': '何でもできる IAM ユーザー(AdministratorAccess、または * を * に許可するポリシー)はいません。',
      },
      fixes: {
        'keys-without-mfa': '管理者 {user} のアクセスキーをロールか IAM Identity Center に置き換えるか、管理者にしているポリシーで aws:MultiFactorAuthPresent を必須にしてください。',
        'console-no-mfa': '管理者 {user} に MFA デバイスを割り当ててください(IAM → ユーザー → {user} → セキュリティ認証情報)。',
        'keys-only': '管理者 {user} のアクセスキーをロールに置き換える(またはキーに aws:MultiFactorAuthPresent を必須にする)とともに、MFA デバイスを割り当ててください。',
        'no-mfa': '管理者 {user} にパスワードやキーが作られる前に MFA デバイスを割り当てるか、管理者権限を外してください。',
      },
    },
  },
  async evaluate({ facts }) {
    const admins = await facts.iam.adminUsers();
    if (admins.length === 0) return [pass(ACCOUNT, 'no-admins')];
    const { users: report, generatedAt } = await facts.iam.credentialReport();
    return Promise.all(
      admins.map((admin) => {
        const row = report.find((candidate) => candidate.user === admin.userName);
        const arn = row?.arn ?? admin.arn; // the report's ARN carries the user's path
        return perResource(arn, async () => {
          if (!row) {
            throw incomplete('iam.credentialReport', 'UserNotInReport', `user ${admin.userName} is not in the credential report (created after it was generated?)`);
          }
          const options = { params: { user: admin.userName, via: admin.via.join(', ') }, asOf: generatedAt };
          const activeKey = row.accessKey1Active || row.accessKey2Active;
          // MFA protects sign-in; an access key works without it unless the grant itself requires MFA.
          if (row.mfaActive && activeKey && !admin.mfaRequired) return fail(arn, 'keys-without-mfa', options);
          if (row.mfaActive) return pass(arn, 'has-mfa', options);
          if (row.passwordEnabled) return fail(arn, 'console-no-mfa', options);
          if (activeKey) return fail(arn, 'keys-only', options);
          return fail(arn, 'no-mfa', options);
        });
      }),
    );
  },
});
