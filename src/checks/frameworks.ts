import type { Lang } from '../core/model.js';
import { CIS_BENCHMARK, FSBP_STANDARD, SEED_ARTICLE, SEED_SECTIONS, SSB_GUIDE } from './references.js';

/**
 * The frameworks a report can be read against, as data: each control's id and title in both
 * languages, and its source. Which checks decide a control is said beside each check, in its
 * `references` (one place); a control no check decides is a MANUAL attestation. A control whose
 * checks cover only part of it says what is left (`rest`): it is MANUAL at best, never PASS.
 */
export type Localized = Record<Lang, string>;

export interface Control {
  id: string;
  title: Localized;
  /** What the deciding checks do not judge, where they judge only part of the control. */
  rest?: Localized;
}

export interface Framework {
  id: FrameworkId;
  title: Localized;
  url: string;
  /** Which part of a check's `references` names this framework's controls. */
  reference: 'ssb' | 'cis' | 'fsbp' | 'seed';
  controls: readonly Control[];
}

export const FRAMEWORK_IDS = ['ssb', 'cis', 'fsbp', 'seed'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

const SSB_URL = 'https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/';

const ssb: Framework = {
  id: 'ssb',
  title: { en: `${SSB_GUIDE} (account controls)`, ja: `${SSB_GUIDE}(アカウントのコントロール)` },
  url: `${SSB_URL}controls-acct.html`,
  reference: 'ssb',
  controls: [
    { id: 'ACCT.01', title: { en: 'Set account-level contacts to valid email distribution lists', ja: 'アカウントの連絡先を有効なメール配信リストにする' } },
    { id: 'ACCT.02', title: { en: 'Restrict use of the root user', ja: 'ルートユーザーの使用を制限する' } },
    { id: 'ACCT.03', title: { en: 'Configure console access for each user', ja: 'ユーザーごとにコンソールアクセスを設定する' } },
    { id: 'ACCT.04', title: { en: 'Assign permissions', ja: '権限を割り当てる' } },
    {
      id: 'ACCT.05',
      title: { en: 'Require multi-factor authentication (MFA) to sign in', ja: 'サインインに多要素認証(MFA)を必須にする' },
    },
    { id: 'ACCT.06', title: { en: 'Enforce a password policy', ja: 'パスワードポリシーを適用する' } },
    {
      id: 'ACCT.07',
      title: { en: 'Deliver CloudTrail logs to a protected S3 bucket', ja: 'CloudTrail のログを保護された S3 バケットに配信する' },
      // cloudtrail.bucket-protected judges that the bucket is not public and blocks public access; who inside may read or delete is a person's review.
      rest: { en: "who may read or delete the logs inside the organization (the bucket policy's other grants, Object Lock) is a person's review", ja: '組織内で誰がログを読んだり削除したりできるか(バケットポリシーのその他の許可、Object Lock)は人が確認します' },
    },
    { id: 'ACCT.08', title: { en: 'Prevent public access to private S3 buckets', ja: 'プライベートな S3 バケットへのパブリックアクセスを防ぐ' } },
    { id: 'ACCT.09', title: { en: 'Delete unused VPCs, subnets, and security groups', ja: '使っていない VPC、サブネット、セキュリティグループを削除する' } },
    { id: 'ACCT.10', title: { en: 'Configure AWS Budgets to monitor your spending', ja: 'AWS Budgets で支出を監視する' } },
    {
      id: 'ACCT.11',
      title: { en: 'Enable and respond to GuardDuty notifications', ja: 'GuardDuty を有効にし、その通知に対応する' },
      rest: { en: "that someone receives and answers GuardDuty's findings is a team's practice, not a setting", ja: 'GuardDuty の検出結果を誰かが受け取り対応することはチームの運用で、設定ではありません' },
    },
    { id: 'ACCT.12', title: { en: 'Monitor for and resolve high-risk issues by using AWS Trusted Advisor', ja: 'AWS Trusted Advisor で高リスクの問題を監視し解決する' } },
  ],
};

/** The account-level recommendations of the benchmark (sections 1–4 that are about the account, not each resource). */
const cis: Framework = {
  id: 'cis',
  title: { en: `${CIS_BENCHMARK} (account level)`, ja: `${CIS_BENCHMARK}(アカウントレベル)` },
  url: 'https://www.cisecurity.org/benchmark/amazon_web_services',
  reference: 'cis',
  controls: [
    { id: '1.1', title: { en: 'Maintain current contact details', ja: '連絡先の情報を最新に保つ' } },
    { id: '1.2', title: { en: 'Ensure security contact information is registered', ja: 'セキュリティの連絡先が登録されている' } },
    { id: '1.4', title: { en: "Ensure no 'root' user account access key exists", ja: 'ルートユーザーのアクセスキーが存在しない' } },
    { id: '1.5', title: { en: "Ensure MFA is enabled for the 'root' user account", ja: 'ルートユーザーで MFA が有効' } },
    { id: '1.6', title: { en: "Ensure hardware MFA is enabled for the 'root' user account", ja: 'ルートユーザーでハードウェア MFA が有効' } },
    { id: '1.7', title: { en: "Eliminate use of the 'root' user for administrative and daily tasks", ja: '管理作業や日常業務にルートユーザーを使わない' } },
    { id: '1.8', title: { en: 'Ensure IAM password policy requires minimum length of 14 or greater', ja: 'IAM パスワードポリシーが 14 文字以上を求めている' } },
    { id: '1.9', title: { en: 'Ensure IAM password policy prevents password reuse', ja: 'IAM パスワードポリシーがパスワードの再利用を防いでいる' } },
    {
      id: '1.10',
      title: { en: 'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password', ja: 'コンソールパスワードを持つすべての IAM ユーザーで MFA が有効' },
    },
    { id: '1.12', title: { en: 'Ensure credentials unused for 45 days or greater are disabled', ja: '45 日以上使われていない認証情報が無効化されている' } },
    { id: '1.14', title: { en: 'Ensure access keys are rotated every 90 days or less', ja: 'アクセスキーが 90 日以内にローテーションされている' } },
    { id: '1.20', title: { en: 'Ensure that IAM Access analyzer is enabled for all regions', ja: 'すべてのリージョンで IAM Access Analyzer が有効' } },
    {
      id: '1.21',
      title: { en: 'Ensure IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments', ja: 'マルチアカウント環境では IAM ユーザーを ID フェデレーションか AWS Organizations で一元管理している' },
    },
    { id: '2.1.4', title: { en: "Ensure that S3 is configured with 'Block Public Access' enabled", ja: 'S3 でブロックパブリックアクセスが有効' } },
    { id: '2.2.1', title: { en: 'Ensure EBS volume encryption is enabled in all regions', ja: 'すべてのリージョンで EBS ボリュームの暗号化が有効' } },
    { id: '3.1', title: { en: 'Ensure CloudTrail is enabled in all regions', ja: 'すべてのリージョンで CloudTrail が有効' } },
    { id: '3.2', title: { en: 'Ensure CloudTrail log file validation is enabled', ja: 'CloudTrail のログファイルの検証が有効' } },
    { id: '3.3', title: { en: 'Ensure AWS Config is enabled in all regions', ja: 'すべてのリージョンで AWS Config が有効' } },
    { id: '4.16', title: { en: 'Ensure AWS Security Hub is enabled', ja: 'AWS Security Hub が有効' } },
  ],
};

/** The controls of the standard that are about the account as a whole (the others judge each resource; Security Hub CSPM runs them). */
const fsbp: Framework = {
  id: 'fsbp',
  title: { en: `${FSBP_STANDARD} (account-level controls)`, ja: `${FSBP_STANDARD}(アカウントレベルのコントロール)` },
  url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html',
  reference: 'fsbp',
  controls: [
    { id: 'Account.1', title: { en: 'Security contact information should be provided for an AWS account', ja: 'AWS アカウントにセキュリティの連絡先情報を設定する' } },
    { id: 'IAM.3', title: { en: "IAM users' access keys should be rotated every 90 days or less", ja: 'IAM ユーザーのアクセスキーを 90 日以内にローテーションする' } },
    { id: 'IAM.4', title: { en: 'IAM root user access key should not exist', ja: 'IAM ルートユーザーのアクセスキーが存在しない' } },
    { id: 'IAM.5', title: { en: 'MFA should be enabled for all IAM users that have a console password', ja: 'コンソールパスワードを持つすべての IAM ユーザーで MFA を有効にする' } },
    { id: 'IAM.6', title: { en: 'Hardware MFA should be enabled for the root user', ja: 'ルートユーザーでハードウェア MFA を有効にする' } },
    { id: 'IAM.7', title: { en: 'Password policies for IAM users should have strong configurations', ja: 'IAM ユーザーのパスワードポリシーを強い設定にする' } },
    { id: 'IAM.8', title: { en: 'Unused IAM user credentials should be removed', ja: '使われていない IAM ユーザーの認証情報を削除する' } },
    { id: 'IAM.9', title: { en: 'MFA should be enabled for the root user', ja: 'ルートユーザーで MFA を有効にする' } },
    {
      id: 'CloudTrail.1',
      title: { en: 'CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events', ja: 'CloudTrail を有効にし、読み取りと書き込みの管理イベントを含むマルチリージョンの証跡を 1 つ以上設定する' },
    },
    { id: 'CloudTrail.4', title: { en: 'CloudTrail log file validation should be enabled', ja: 'CloudTrail のログファイルの検証を有効にする' } },
    { id: 'CloudTrail.5', title: { en: 'CloudTrail trails should be integrated with Amazon CloudWatch Logs', ja: 'CloudTrail の証跡を Amazon CloudWatch Logs と統合する' } },
    { id: 'Config.1', title: { en: 'AWS Config should be enabled and use the service-linked role for resource recording', ja: 'AWS Config を有効にし、リソースの記録にサービスリンクロールを使う' } },
    { id: 'EC2.7', title: { en: 'EBS default encryption should be enabled', ja: 'EBS のデフォルト暗号化を有効にする' } },
    { id: 'GuardDuty.1', title: { en: 'GuardDuty should be enabled', ja: 'GuardDuty を有効にする' } },
    { id: 'S3.1', title: { en: 'S3 general purpose buckets should have block public access settings enabled', ja: 'S3 汎用バケットでブロックパブリックアクセス設定を有効にする' } },
    { id: 'SecurityHub.1', title: { en: 'Security Hub should be enabled', ja: 'Security Hub を有効にする' } },
  ],
};

/** The article the product grew from is a framework too: its settings, in its order. */
const seed: Framework = {
  id: 'seed',
  title: { en: `The source article: 「${SEED_ARTICLE}」`, ja: `元記事「${SEED_ARTICLE}」` },
  url: 'docs/source-article.md',
  reference: 'seed',
  controls: Object.entries(SEED_SECTIONS).map(([id, title]) => ({ id, title })),
};

export const FRAMEWORKS: Record<FrameworkId, Framework> = { ssb, cis, fsbp, seed };

export function isFrameworkId(id: string): id is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(id);
}

/** The control ids a check's references give in a framework. */
export function controlsOf(references: { seed?: string; ssb?: readonly string[]; cis?: readonly string[]; fsbp?: readonly string[] }, framework: Framework): readonly string[] {
  if (framework.reference === 'seed') return references.seed ? [references.seed] : [];
  return references[framework.reference] ?? [];
}

type Cited = { id: string; references: Parameters<typeof controlsOf>[0] };

/** Each control of the framework, with the ids of the checks that cite it (in the order given; each once). */
export function decidingChecks(framework: Framework, checks: readonly Cited[]): Map<string, string[]> {
  const deciding = new Map<string, string[]>(framework.controls.map((control) => [control.id, []]));
  for (const check of checks) {
    for (const control of controlsOf(check.references, framework)) {
      const ids = deciding.get(control);
      if (ids && !ids.includes(check.id)) ids.push(check.id);
    }
  }
  return deciding;
}
