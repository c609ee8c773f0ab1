import { ACCOUNT, defineCheck, fail, manual, pass, requireIdentity } from '../define.js';
import { ROOT_READS, rootState } from './root-credentials.js';

export default defineCheck({
  id: 'iam.root-hardware-mfa',
  severity: 'low',
  scope: 'account',
  references: {
    seed: 'mfa',
    cis: ['1.6'],
    fsbp: ['IAM.6'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html',
  },
  reads: [...ROOT_READS, 'iam.virtualMfaDevices'],
  cli: [
    'aws iam list-virtual-mfa-devices --assignment-status Assigned --query "VirtualMFADevices[?User.Arn==\'arn:aws:iam::ACCOUNT_ID:root\']"',
  ],
  text: {
    en: {
      title: 'The root user uses a hardware MFA device',
      passes: 'Root has MFA and no virtual MFA device is assigned to the account\'s :root ARN (whatever the device\'s name); or root access is managed centrally and root has no credentials. A member without root credentials that cannot read the features is MANUAL naming the management account.',
      rationale:
        'A virtual MFA secret lives on a phone or computer that can be copied, lost or compromised. A hardware key or passkey bound to a device is harder to steal.',
      remediation: 'Replace the root user\'s virtual MFA device with a hardware security key or hardware TOTP token.',
      console: [
        'Sign in as the root user and open "Security credentials".',
        'Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and register a security key or hardware TOTP token.',
        'After it works, remove the virtual (authenticator app) device.',
      ],
      messages: {
        hardware: 'The root user\'s MFA is not a virtual device.',
        central: 'Root access is managed centrally by the organization and this account has no root credentials.',
        virtual: 'The root user\'s MFA is a virtual device ({serial}).',
        'no-mfa': 'The root user has no MFA device at all.',
        'ask-management': 'This member account has no root credentials; whether the organization manages root access centrally only the management account {management} can tell: check it there (IAM → Root access management).',
      },
      fixes: {
        'ask-management': 'In the management account {management}, open IAM → Root access management and check that root credentials management is enabled; then attest it in the config file.',
        'no-mfa': 'Sign in as root and assign a hardware security key or hardware TOTP token under Security credentials (root has no MFA at all: see iam.root-mfa).',
      },
    },
    ja: {
      title: 'ルートユーザーがハードウェア MFA デバイスを使っている',
      passes: 'ルートに MFA があり、アカウントの :root の ARN に割り当てられた仮想 MFA デバイスがない(デバイス名は問わない)こと。または、ルートアクセスが一元管理され、ルートの認証情報がないこと。機能一覧を読めない、ルートの認証情報がないメンバーは管理アカウントを示して MANUAL です。',
      rationale:
        '仮想 MFA のシークレットはスマートフォンや PC 上にあり、複製・紛失・侵害のおそれがあります。デバイスに結び付いたハードウェアキーやパスキーのほうが盗まれにくくなります。',
      remediation: 'ルートユーザーの仮想 MFA デバイスを、ハードウェアセキュリティキーまたはハードウェア TOTP トークンに置き換えてください。',
      console: [
        'ルートユーザーでサインインし、「セキュリティ認証情報」を開きます。',
        '「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選び、セキュリティキーまたはハードウェア TOTP トークンを登録します。',
        '動作を確認したら、仮想(認証アプリの)デバイスを削除します。',
      ],
      messages: {
        hardware: 'ルートユーザーの MFA は仮想デバイスではありません。',
        central: 'ルートアクセスは組織で一元管理されており、このアカウントにはルートの認証情報がありません。',
        virtual: 'ルートユーザーの MFA が仮想デバイス({serial})です。',
        'no-mfa': 'ルートユーザーに MFA デバイスがまったく設定されていません。',
        'ask-management': 'このメンバーアカウントにはルートの認証情報がありません。組織がルートアクセスを一元管理しているかは管理アカウント {management} でしか確認できないため、そちらで確認してください(IAM → ルートアクセス管理)。',
      },
      fixes: {
        'ask-management': '管理アカウント {management} で IAM → ルートアクセス管理を開き、ルート認証情報の管理が有効か確認してから、設定ファイルに確認済みとして記録してください。',
        'no-mfa': 'ルートユーザーでサインインし、「セキュリティ認証情報」でハードウェアセキュリティキーまたはハードウェア TOTP トークンを割り当ててください(ルートには MFA がまったくありません。iam.root-mfa を参照)。',
      },
    },
  },
  async evaluate(ctx) {
    const root = await rootState(ctx.facts);
    if (root.kind === 'central') return [pass(ACCOUNT, 'central')];
    if (root.kind === 'member-unknown') return [manual(ACCOUNT, 'ask-management', { params: { management: root.management } })];
    if (!root.mfa) return [fail(ACCOUNT, 'no-mfa')];
    const { partition, accountId } = requireIdentity(ctx);
    const rootArn = `arn:${partition}:iam::${accountId}:root`;
    const devices = await ctx.facts.iam.virtualMfaDevices();
    const rootVirtual = devices.find((device) => device.userArn === rootArn);
    if (rootVirtual) return [fail(ACCOUNT, 'virtual', { params: { serial: rootVirtual.serialNumber } })];
    return [pass(ACCOUNT, 'hardware')];
  },
});
