import { isCollectError } from '../../facts/errors.js';
import { ACCOUNT, defineCheck, fail, manual, requireIdentity } from '../define.js';

/** Cost Explorer refuses IAM principals with this wording when the account-level switch is off. */
const IAM_ACCESS_OFF = /IAM (?:user|users and roles) access to (?:billing|the billing)|activate IAM access/i;

export default defineCheck({
  id: 'billing.iam-access',
  severity: 'medium',
  scope: 'account',
  // AWS has no read API for the setting: a FAIL rests on the wording of a refusal.
  precision: 'medium',
  references: {
    seed: 'billing-access',
    docs: 'https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html#ControllingAccessWebsite-Activate',
  },
  reads: ['costexplorer.probe'],
  cli: [],
  text: {
    en: {
      title: 'IAM users and roles can see billing',
      passes: 'PASS only by attestation in the config file. FAIL when billing data was refused to an IAM principal for the account-level reason (the refusal names IAM access to billing). Otherwise MANUAL: AWS has no API to read the setting, documents it as gating the Billing console pages (not the Cost Explorer API, so a Cost Explorer read that succeeds proves nothing), and an account created by Organizations can still have it switched off by root.',
      rationale:
        'Until the root user activates IAM access to billing, only root can see the bill — which pushes people to sign in as root just to check costs, and hides a runaway bill from everyone else.',
      remediation: 'As root, open the Account page and activate "IAM user and role access to Billing information".',
      console: [
        'Sign in as the root user, open the account menu (top right) and choose "Account".',
        'Scroll to "IAM user and role access to Billing information" and choose "Edit".',
        'Select "Activate IAM Access" and choose "Update".',
        'Then attest it in aws-baseline.config.yaml (attestations: check billing.iam-access), since AWS offers no API to read this setting.',
      ],
      messages: {
        'billing-read-succeeded': 'An IAM principal ({principal}) read Cost Explorer, but AWS documents this setting as gating the Billing console pages, not that API: verify it on the Account page as root, then attest it in the config file.',
        'iam-access-off': 'Billing data was refused to IAM principal {principal} because IAM access to billing is not activated.',
        verify: 'AWS offers no API to read this setting: verify it on the Account page as root, then attest it in the config file.',
      },
    },
    ja: {
      title: 'IAM ユーザーとロールが請求情報を参照できる',
      passes: '設定ファイルでの確認記録(attestation)がある場合だけ PASS です。IAM プリンシパルの請求データの読み取りがアカウントの設定を理由に(拒否メッセージが請求情報への IAM アクセスに触れて)拒否された場合は FAIL。それ以外は MANUAL です(この設定を読む API はなく、AWS はこの設定を請求コンソールのページへのアクセスを制御するものとして説明しており、Cost Explorer API については書いていないため、Cost Explorer を読めても証拠にはなりません。Organizations が作成したアカウントでも、ルートが後から無効にできます)。',
      rationale:
        'ルートユーザーが IAM アクセスをアクティブにするまでは、請求情報を見られるのはルートだけです。コストを確認するためだけにルートでサインインすることになり、請求の急増もほかの人には見えません。',
      remediation: 'ルートユーザーで「アカウント」ページを開き、「IAM ユーザーおよびロールによる請求情報へのアクセス」をアクティブにしてください。',
      console: [
        'ルートユーザーでサインインし、右上のアカウントメニューから「アカウント」を選びます。',
        '「IAM ユーザーおよびロールによる請求情報へのアクセス」までスクロールし、「編集」を選びます。',
        '「IAM アクセスをアクティブ化」にチェックを入れ、「更新」を選びます。',
        'この設定を読む API はないため、aws-baseline.config.yaml の attestations(check: billing.iam-access)に確認済みとして記録します。',
      ],
      messages: {
        'billing-read-succeeded': 'IAM プリンシパル({principal})は Cost Explorer を読めましたが、AWS はこの設定を請求コンソールのページを制御するものとして説明しており、この API については書いていません。ルートユーザーで「アカウント」ページを確認し、設定ファイルに確認済みとして記録してください。',
        'iam-access-off': '請求情報への IAM アクセスが有効になっていないため、IAM プリンシパル {principal} の請求データの読み取りが拒否されました。',
        verify: 'この設定を読む API はありません。ルートユーザーで「アカウント」ページを確認し、設定ファイルに確認済みとして記録してください。',
      },
    },
  },
  async evaluate(ctx) {
    const { facts, settings } = ctx;
    // Who asks decides what a read proves: without the identity, nothing can be judged.
    const principal = requireIdentity(ctx).arn;
    if (settings.paidCalls && !principal.endsWith(':root')) {
      try {
        await facts.costexplorer.probe();
        // Said, never trusted: no AWS document ties the Cost Explorer API to this setting.
        return [manual(ACCOUNT, 'billing-read-succeeded', { params: { principal } })];
      } catch (error) {
        if (isCollectError(error, 'access-denied') && IAM_ACCESS_OFF.test(error.message)) {
          return [fail(ACCOUNT, 'iam-access-off', { params: { principal } })];
        }
        // Refused for another reason, or Cost Explorer off: no evidence either way. A read that failed (throttled, lost) is no answer at all.
        if (!isCollectError(error, 'access-denied', 'not-enabled', 'missing')) throw error;
      }
    }
    return [manual(ACCOUNT, 'verify')];
  },
});
