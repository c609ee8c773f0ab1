import { ACCOUNT, defineCheck, fail, pass } from '../define.js';
import { ROOT_READS, rootState } from './root-credentials.js';

export default defineCheck({
  id: 'iam.root-mfa',
  severity: 'critical',
  scope: 'account',
  references: {
    seed: 'iam-user',
    cis: ['1.5'],
    fsbp: ['IAM.9'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  reads: [...ROOT_READS],
  cli: [
    'aws iam get-account-summary --query "SummaryMap.AccountMFAEnabled"',
  ],
  text: {
    en: {
      title: 'The root user has MFA',
      passes: 'The account summary reports root MFA (AccountMFAEnabled = 1); or root access is managed centrally (ListOrganizationsFeatures lists RootCredentialsManagement) and the account has no root password or keys.',
      rationale:
        'The root user can do anything in the account, including closing it, and its sign-in cannot be limited by any policy. A second factor stops a leaked or guessed password from being enough.',
      remediation: 'Sign in as the root user and assign an MFA device under Security credentials.',
      console: [
        'Sign in to the AWS Management Console as the root user (email address and password).',
        'Open the account menu (top right) and choose "Security credentials".',
        'Under "Multi-factor authentication (MFA)", choose "Assign MFA device".',
        'Prefer a passkey or hardware security key; an authenticator app also satisfies this check.',
      ],
      messages: {
        enabled: 'The root user has an MFA device.',
        central: 'Root access is managed centrally by the organization and this account has no root credentials.',
        missing: 'The root user has no MFA device.',
        'missing-no-password':
          'The root user has no MFA device. It has no password now, but one can be set again through password recovery.',
      },
    },
    ja: {
      title: 'ルートユーザーに MFA が設定されている',
      passes: 'アカウントサマリーがルートの MFA を示している(AccountMFAEnabled = 1)こと。または、ルートアクセスが組織で一元管理され(ListOrganizationsFeatures に RootCredentialsManagement がある)、ルートのパスワードもキーもないこと。',
      rationale:
        'ルートユーザーはアカウントの解約を含むあらゆる操作ができ、ポリシーで制限することもできません。MFA を設定しておけば、パスワードが漏れたり推測されたりしても、それだけではサインインされません。',
      remediation: 'ルートユーザーでサインインし、「セキュリティ認証情報」で MFA デバイスを割り当ててください。',
      console: [
        'ルートユーザー(メールアドレスとパスワード)で AWS マネジメントコンソールにサインインします。',
        '右上のアカウント名のメニューから「セキュリティ認証情報」を開きます。',
        '「多要素認証 (MFA)」の「MFA デバイスの割り当て」を選びます。',
        'パスキーやハードウェアセキュリティキーがおすすめですが、認証アプリでもこのチェックには合格します。',
      ],
      messages: {
        enabled: 'ルートユーザーに MFA デバイスが設定されています。',
        central: 'ルートアクセスは組織で一元管理されており、このアカウントにはルートの認証情報がありません。',
        missing: 'ルートユーザーに MFA デバイスが設定されていません。',
        'missing-no-password':
          'ルートユーザーに MFA デバイスが設定されていません。現在パスワードはありませんが、パスワードの復旧で再設定できてしまいます。',
      },
    },
  },
  async evaluate({ facts }) {
    const root = await rootState(facts);
    if (root.kind === 'central') return [pass(ACCOUNT, 'central')];
    if (root.mfa) return [pass(ACCOUNT, 'enabled')];
    return [fail(ACCOUNT, root.password || root.keys ? 'missing' : 'missing-no-password')];
  },
});
