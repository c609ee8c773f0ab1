import { ACCOUNT, defineCheck, manual } from '../define.js';

export default defineCheck({
  id: 'iam.mfa-recovery',
  severity: 'info',
  scope: 'account',
  references: {
    seed: 'mfa-recovery',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_lost-or-broken.html',
  },
  reads: [],
  cli: [
    'aws iam list-mfa-devices --user-name USER',
  ],
  text: {
    en: {
      title: 'Losing an MFA device does not lock you out',
      passes: 'Always MANUAL: AWS cannot show whether an MFA secret is kept safe. An attestation in the config file (check, by, date, expires) makes it PASS until it expires.',
      rationale:
        'If the only MFA device is a phone, losing or resetting it locks the user out, and recovering root access takes time. Keep the virtual MFA secret key somewhere safe, or register a second MFA device (IAM allows up to eight per user).',
      remediation: 'Register a second MFA device for root and for each administrator, or store the secret key offline; then attest it in the config file.',
      console: [
        'Signed in as the user (or root), open "Security credentials" and choose "Assign MFA device" to add a second device.',
        'When assigning a virtual device, choose "Show secret key" and keep it in a safe place (a password manager or a sealed envelope in a safe), never next to the password.',
        'Record it in aws-baseline.config.yaml: attestations: [{ check: iam.mfa-recovery, by: NAME, date: YYYY-MM-DD, expires: YYYY-MM-DD }].',
      ],
      messages: {
        verify: 'Verify that the virtual MFA secret is kept safe or a second MFA device is registered, then attest it in the config file.',
      },
    },
    ja: {
      title: 'MFA デバイスを失くしても復旧できる',
      passes: '常に MANUAL です。MFA のシークレットが安全に保管されているかは AWS からは分かりません。設定ファイルの attestations(check、by、date、expires)で、期限まで PASS になります。',
      rationale:
        'MFA デバイスがスマートフォン 1 台だけだと、紛失や初期化でサインインできなくなり、ルートの復旧には時間がかかります。仮想 MFA のシークレットキーを安全な場所に保管するか、2 台目の MFA デバイスを登録しておきましょう(IAM では 1 ユーザーに 8 台まで登録できます)。',
      remediation: 'ルートと各管理者に 2 台目の MFA デバイスを登録するか、シークレットキーをオフラインで保管し、設定ファイルで確認済みとして記録してください。',
      console: [
        '対象のユーザー(またはルート)でサインインし、「セキュリティ認証情報」の「MFA デバイスの割り当て」で 2 台目を追加します。',
        '仮想デバイスの割り当て時に「シークレットキーを表示」を選び、パスワードとは別の安全な場所(パスワードマネージャーや金庫の封筒など)に保管します。',
        'aws-baseline.config.yaml に attestations: [{ check: iam.mfa-recovery, by: 氏名, date: YYYY-MM-DD, expires: YYYY-MM-DD }] として記録します。',
      ],
      messages: {
        verify: '仮想 MFA のシークレットが安全に保管されているか、2 台目の MFA デバイスが登録されているかを確認し、設定ファイルに記録してください。',
      },
    },
  },
  async evaluate() {
    return [manual(ACCOUNT, 'verify')];
  },
});
