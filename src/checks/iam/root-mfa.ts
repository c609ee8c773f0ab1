import { ACCOUNT, defineCheck, fail, manual, pass } from '../define.js';
import { ROOT_READS, rootState } from './root-credentials.js';

export default defineCheck({
  id: 'iam.root-mfa',
  severity: 'critical',
  scope: 'account',
  references: {
    seed: 'iam-user',
    ssb: ['ACCT.05'],
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
      passes: 'The account summary reports root MFA (AccountMFAEnabled = 1); or root access is managed centrally (ListOrganizationsFeatures lists RootCredentialsManagement) and the account has no root password or keys. A member account cannot read that list (only the management account or a delegated administrator can): a member with no root credentials is MANUAL naming the management account; an organization audit reads the list there once and judges every member with it.',
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
        'ask-management': 'This member account has no root credentials; whether the organization manages root access centrally only the management account {management} can tell: check it there (IAM → Root access management).',
      },
      fixes: {
        'ask-management': 'In the management account {management}, open IAM → Root access management and check that root credentials management is enabled; then attest it in the config file.',
      },
    },
    ja: {
      title: 'ルートユーザーに MFA が設定されている',
      passes: 'アカウントサマリーがルートの MFA を示している(AccountMFAEnabled = 1)こと。または、ルートアクセスが組織で一元管理され(ListOrganizationsFeatures に RootCredentialsManagement がある)、ルートのパスワードもキーもないこと。メンバーアカウントはこの一覧を読めない(読めるのは管理アカウントか委任管理者だけ)ため、ルートの認証情報がないメンバーは管理アカウントを示して MANUAL です。組織の監査では管理アカウントで一度だけ読み、すべてのメンバーの判定に使います。',
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
        'ask-management': 'このメンバーアカウントにはルートの認証情報がありません。組織がルートアクセスを一元管理しているかは管理アカウント {management} でしか確認できないため、そちらで確認してください(IAM → ルートアクセス管理)。',
      },
      fixes: {
        'ask-management': '管理アカウント {management} で IAM → ルートアクセス管理を開き、ルート認証情報の管理が有効か確認してから、設定ファイルに確認済みとして記録してください。',
      },
    },
  },
  async evaluate({ facts }) {
    const root = await rootState(facts);
    if (root.kind === 'central') return [pass(ACCOUNT, 'central')];
    if (root.kind === 'member-unknown') return [manual(ACCOUNT, 'ask-management', { params: { management: root.management } })];
    if (root.mfa) return [pass(ACCOUNT, 'enabled')];
    return [fail(ACCOUNT, root.password || root.keys ? 'missing' : 'missing-no-password')];
  },
});
