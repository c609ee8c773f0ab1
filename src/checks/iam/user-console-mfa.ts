import { ACCOUNT, defineCheck, fail, pass } from '../define.js';

export default defineCheck({
  id: 'iam.user-console-mfa',
  severity: 'high',
  scope: 'account',
  references: {
    seed: 'mfa',
    ssb: ['ACCT.05'],
    cis: ['1.10'],
    fsbp: ['IAM.5'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
  },
  reads: ['iam.credentialReport'],
  cli: [
    'aws iam create-virtual-mfa-device --virtual-mfa-device-name USER --outfile qr.png --bootstrap-method QRCodePNG',
    'aws iam enable-mfa-device --user-name USER --serial-number arn:aws:iam::ACCOUNT_ID:mfa/USER --authentication-code1 CODE1 --authentication-code2 CODE2',
  ],
  text: {
    en: {
      title: 'Every IAM user with a console password has MFA',
      passes: 'Every IAM user with a console password has an MFA device (credential report); users without a password are not console users.',
      rationale:
        'A console password alone can be phished, guessed or reused from another site. MFA makes a stolen password insufficient to sign in.',
      remediation: 'Have the user sign in and assign an MFA device under Security credentials, or remove the console password if it is not needed.',
      console: [
        'Sign in as the IAM user, open the account menu and choose "Security credentials".',
        'Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and follow the steps.',
        'For a user that never signs in to the console, an administrator can instead choose "Manage console access" and disable it.',
      ],
      messages: {
        'has-mfa': 'IAM user {user} has a console password and MFA.',
        'no-mfa': 'IAM user {user} has a console password but no MFA.',
        'no-console-users': 'No IAM user has a console password.',
      },
      fixes: {
        'no-mfa': "Have {user} sign in and assign an MFA device under Security credentials, or remove {user}'s console password if it is not needed.",
      },
    },
    ja: {
      title: 'コンソールパスワードを持つすべての IAM ユーザーに MFA が設定されている',
      passes: 'コンソールパスワードを持つすべての IAM ユーザーに MFA デバイスがある(認証情報レポート)こと。パスワードのないユーザーはコンソールユーザーとみなしません。',
      rationale:
        'コンソールのパスワードだけでは、フィッシングや推測、他サイトからの使い回しで破られるおそれがあります。MFA があれば、パスワードが盗まれてもそれだけではサインインできません。',
      remediation: '対象ユーザーにサインインしてもらい「セキュリティ認証情報」で MFA デバイスを割り当てるか、不要ならコンソールパスワードを削除してください。',
      console: [
        'IAM ユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。',
        '「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選び、手順に従います。',
        'コンソールを使わないユーザーなら、管理者が「コンソールアクセスを管理」から無効にすることもできます。',
      ],
      messages: {
        'has-mfa': 'IAM ユーザー {user} はコンソールパスワードと MFA を持っています。',
        'no-mfa': 'IAM ユーザー {user} はコンソールパスワードを持っていますが、MFA がありません。',
        'no-console-users': 'コンソールパスワードを持つ IAM ユーザーはいません。',
      },
      fixes: {
        'no-mfa': '{user} にサインインしてもらい「セキュリティ認証情報」で MFA デバイスを割り当てるか、不要ならコンソールパスワードを削除してください。',
      },
    },
  },
  async evaluate({ facts }) {
    const { users: report, generatedAt } = await facts.iam.credentialReport();
    const consoleUsers = report.filter((row) => row.user !== '<root_account>' && row.passwordEnabled === true);
    if (consoleUsers.length === 0) return [pass(ACCOUNT, 'no-console-users', { asOf: generatedAt })];
    return consoleUsers.map((row) =>
      row.mfaActive ? pass(row.arn, 'has-mfa', { params: { user: row.user }, asOf: generatedAt }) : fail(row.arn, 'no-mfa', { params: { user: row.user }, asOf: generatedAt }),
    );
  },
});
