import type { FactKey } from '../facts/catalog.js';
import type { Check } from './define.js';
import budgetAlerts from './billing/budget-alerts.js';
import budget from './billing/budget.js';
import costExplorer from './billing/cost-explorer.js';
import billingIamAccess from './billing/iam-access.js';
import cloudwatchLogs from './cloudtrail/cloudwatch-logs.js';
import logValidation from './cloudtrail/log-validation.js';
import multiRegion from './cloudtrail/multi-region.js';
import configRecorder from './config/recorder.js';
import fmsAdmin from './fms/admin-account.js';
import guarddutyEnabled from './guardduty/enabled.js';
import adminMfa from './iam/admin-mfa.js';
import mfaRecovery from './iam/mfa-recovery.js';
import rootAccessKeys from './iam/root-access-keys.js';
import rootHardwareMfa from './iam/root-hardware-mfa.js';
import rootMfa from './iam/root-mfa.js';
import rootRecentUse from './iam/root-recent-use.js';
import userConsoleMfa from './iam/user-console-mfa.js';
import organizationsMember from './organizations/member.js';
import passwordPolicy from './iam/password-policy.js';
import ebsDefaultEncryption from './ec2/ebs-default-encryption.js';
import unusedCredentials from './iam/unused-credentials.js';
import accessKeyRotation from './iam/access-key-rotation.js';
import alternateContacts from './account/alternate-contacts.js';
import securityhubEnabled from './securityhub/enabled.js';
import iamIdentityCenter from './iam/identity-center.js';
import s3AccountPublicAccessBlock from './s3/account-public-access-block.js';
import iamAccessAnalyzer from './iam/access-analyzer.js';
import supportTrustedAdvisor from './support/trusted-advisor.js';
import cloudtrailBucketProtected from './cloudtrail/bucket-protected.js';

/** The catalog: the account's own settings, then the seed article's order, then the checks added since; reports group and sort by it. */
const REGISTRY = [
  alternateContacts,
  rootMfa,
  rootHardwareMfa,
  rootAccessKeys,
  rootRecentUse,
  userConsoleMfa,
  adminMfa,
  mfaRecovery,
  passwordPolicy,
  unusedCredentials,
  accessKeyRotation,
  iamIdentityCenter,
  organizationsMember,
  fmsAdmin,
  multiRegion,
  logValidation,
  cloudwatchLogs,
  cloudtrailBucketProtected,
  configRecorder,
  billingIamAccess,
  costExplorer,
  budget,
  budgetAlerts,
  guarddutyEnabled,
  ebsDefaultEncryption,
  securityhubEnabled,
  s3AccountPublicAccessBlock,
  iamAccessAnalyzer,
  supportTrustedAdvisor,
] as const satisfies readonly Check[];

/** Every check id of the catalog, as a type: tables keyed by check (the samples' expectations) must name them all. */
export type CheckId = (typeof REGISTRY)[number]['id'];

export const CHECKS: readonly Check[] = REGISTRY;

/** Every fact the given checks may read. */
export function readsOf(checks: readonly Check[]): Set<FactKey> {
  return new Set(checks.flatMap((check) => check.reads));
}

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}

/** Report sections, in the seed's order. */
export const SECTIONS = [
  { key: 'account', services: ['account'], title: { en: 'The account', ja: 'アカウント' } },
  { key: 'iam', services: ['iam'], title: { en: 'IAM and the root user', ja: 'IAM とルートユーザー' } },
  { key: 'organizations', services: ['organizations', 'fms'], title: { en: 'Organizations', ja: 'Organizations' } },
  { key: 'cloudtrail', services: ['cloudtrail'], title: { en: 'CloudTrail', ja: 'CloudTrail' } },
  { key: 'config', services: ['config'], title: { en: 'AWS Config', ja: 'AWS Config' } },
  { key: 'cost', services: ['billing'], title: { en: 'Cost management', ja: 'コスト管理' } },
  { key: 'guardduty', services: ['guardduty'], title: { en: 'GuardDuty', ja: 'GuardDuty' } },
  { key: 'ec2', services: ['ec2'], title: { en: 'EC2', ja: 'EC2' } },
  { key: 'securityhub', services: ['securityhub'], title: { en: 'Security Hub CSPM', ja: 'Security Hub CSPM' } },
  { key: 's3', services: ['s3'], title: { en: 'S3', ja: 'S3' } },
  { key: 'support', services: ['support'], title: { en: 'Trusted Advisor', ja: 'Trusted Advisor' } },
] as const;

export function serviceOf(checkId: string): string {
  return checkId.split('.')[0] ?? checkId;
}

const OTHER_SECTION = { key: 'other', services: [], title: { en: 'Other checks', ja: 'その他のチェック' } } as const;

/** The report section a check belongs to; a service no section names still gets one. */
export function sectionOf(checkId: string): { key: string; title: { en: string; ja: string } } {
  const service = serviceOf(checkId);
  return SECTIONS.find((section) => (section.services as readonly string[]).includes(service)) ?? OTHER_SECTION;
}
