import type { Lang } from '../core/model.js';

/** The article the product grew from, and its sections that checks cite (docs/source-article.md). */
export const SEED_ARTICLE = 'AWSクラウドを使い始めたら、まず設定すべきこと';

export const SEED_SECTIONS = {
  'iam-user': { en: 'Register an IAM user (IAMユーザの登録)', ja: 'IAMユーザの登録' },
  mfa: { en: 'Register MFA for the IAM user (登録したIAMユーザにMFAを登録)', ja: '登録したIAMユーザにMFAを登録' },
  'mfa-recovery': { en: 'Tips when the authenticator app fails (Authyで困ったときのTIPS)', ja: 'Authyで困ったときのTIPS' },
  organizations: { en: 'Join AWS Organizations (AWS Organizations に参加する)', ja: 'AWS Organizations に参加する' },
  'firewall-manager': { en: 'Set a Firewall Manager administrator (AWS Firewall Manager管理者アカウントを設定する)', ja: 'AWS Firewall Manager管理者アカウントを設定する' },
  cloudtrail: { en: 'Enable AWS CloudTrail (AWS CloudTrail を有効にする)', ja: 'AWS CloudTrail を有効にする' },
  config: { en: 'Enable AWS Config (AWS Config を有効にする)', ja: 'AWS Config を有効にする' },
  'billing-access': { en: 'Allow IAM users to see billing (IAMユーザーに 請求情報アクセス を許可する)', ja: 'IAMユーザーに 請求情報アクセス を許可する' },
  'cost-explorer': { en: 'AWS Cost Explorer', ja: 'AWS Cost Explorer' },
  budgets: { en: 'Budgets', ja: 'Budgets' },
  guardduty: { en: 'Amazon GuardDuty', ja: 'Amazon GuardDuty' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SeedSection = keyof typeof SEED_SECTIONS;

/** The benchmark versions the ids refer to. */
export const CIS_BENCHMARK = 'CIS AWS Foundations Benchmark v3.0.0';
export const FSBP_STANDARD = 'AWS Foundational Security Best Practices';
export const SSB_GUIDE = 'AWS Startup Security Baseline';

const SEED_LABEL = { en: 'Source article', ja: '元記事' } as const;

/** References as a person reads them: the article's section, the benchmark and version, the docs. */
export function readableReferences(references: { seed?: SeedSection; ssb?: string[]; cis?: string[]; fsbp?: string[]; docs: string }, lang: Lang): string[] {
  return [
    ...(references.seed ? [`${SEED_LABEL[lang]}: 「${SEED_ARTICLE}」 — ${SEED_SECTIONS[references.seed][lang]}`] : []),
    ...(references.ssb?.length ? [`${SSB_GUIDE}: ${references.ssb.join(', ')}`] : []),
    ...(references.cis?.length ? [`${CIS_BENCHMARK}: ${references.cis.join(', ')}`] : []),
    ...(references.fsbp?.length ? [`${FSBP_STANDARD}: ${references.fsbp.join(', ')}`] : []),
    references.docs,
  ];
}
