/**
 * The facts the checks read, and their shapes. This file is the contract between collectors
 * (which produce these values from AWS) and checks (which only ever see these values). A fact is
 * named `service.name`; a qualified fact (per region, per trail) is stored as `service.name@qualifier`.
 */
export interface Identity {
  accountId: string;
  arn: string;
  partition: string;
}

export interface RegionInfo {
  name: string;
  enabled: boolean;
  status: string;
}

/** A credential report row; absent values (`N/A`, `not_supported`, `no_information`) are undefined. */
export interface CredentialReportRow {
  user: string;
  arn: string;
  passwordEnabled?: boolean;
  passwordLastUsed?: string;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastUsed?: string;
  accessKey2Active: boolean;
  accessKey2LastUsed?: string;
}

export interface VirtualMfaDevice {
  serialNumber: string;
  userArn?: string;
}

export interface AdminUser {
  userName: string;
  arn: string;
  /** 'direct', or the names of the groups that carry AdministratorAccess */
  via: string[];
}

export interface Organization {
  id: string;
  managementAccountId: string;
  featureSet: string;
}

export interface OrgAccount {
  id: string;
  joinedMethod?: string;
}

export interface FmsAdmin {
  adminAccount: string;
  status?: string;
}

export interface Trail {
  arn: string;
  name: string;
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganizationTrail: boolean;
  logFileValidation: boolean;
  cloudWatchLogsLogGroupArn?: string;
  s3BucketName?: string;
}

export interface TrailStatus {
  isLogging: boolean;
  latestCloudWatchLogsDeliveryError?: string;
  latestCloudWatchLogsDeliveryTime?: string;
}

export interface FieldSelector {
  field: string;
  equals?: string[];
  notEquals?: string[];
}

export interface EventSelectors {
  basic: { readWriteType: string; includeManagementEvents: boolean; excludeManagementEventSources: string[] }[];
  advanced: { name?: string; fieldSelectors: FieldSelector[] }[];
}

export interface ConfigRecorder {
  name: string;
  roleArn?: string;
  servicePrincipal?: string;
  recordingScope?: string;
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  strategy?: string;
  resourceTypes: string[];
  exclusionTypes: string[];
}

export interface ConfigRecorderStatus {
  name: string;
  recording: boolean;
  lastStatus?: string;
  lastErrorCode?: string;
}

export interface DeliveryChannel {
  name: string;
  s3BucketName?: string;
}

export interface Detector {
  id: string;
  status: string;
}

export interface Budget {
  name: string;
  budgetType: string;
}

/** One notification of a budget, with how many subscribers it has. */
export interface BudgetAlert {
  type: string;
  threshold: number;
  subscribers: number;
}

export interface CostExplorerProbe {
  /** The probe is the cheapest read that proves Cost Explorer answers for this account. */
  enabled: true;
}

/** Every fact: its value type and what its qualifier is. */
export interface FactCatalog {
  'sts.identity': { value: Identity; qualifier: 'none' };
  'account.regions': { value: RegionInfo[]; qualifier: 'none' };
  'iam.accountSummary': { value: Record<string, number>; qualifier: 'none' };
  'iam.credentialReport': { value: CredentialReportRow[]; qualifier: 'none' };
  'iam.virtualMfaDevices': { value: VirtualMfaDevice[]; qualifier: 'none' };
  'iam.adminUsers': { value: AdminUser[]; qualifier: 'none' };
  'iam.organizationsFeatures': { value: string[]; qualifier: 'none' };
  'organizations.organization': { value: Organization; qualifier: 'none' };
  'organizations.selfAccount': { value: OrgAccount; qualifier: 'none' };
  'fms.adminAccount': { value: FmsAdmin; qualifier: 'none' };
  'cloudtrail.trails': { value: Trail[]; qualifier: 'region' };
  'cloudtrail.trailStatus': { value: TrailStatus; qualifier: 'arn' };
  'cloudtrail.eventSelectors': { value: EventSelectors; qualifier: 'arn' };
  'config.recorders': { value: ConfigRecorder[]; qualifier: 'region' };
  'config.recorderStatuses': { value: ConfigRecorderStatus[]; qualifier: 'region' };
  'config.deliveryChannels': { value: DeliveryChannel[]; qualifier: 'region' };
  'guardduty.detectors': { value: Detector[]; qualifier: 'region' };
  'budgets.budgets': { value: Budget[]; qualifier: 'none' };
  'budgets.alerts': { value: BudgetAlert[]; qualifier: 'budget' };
  'costexplorer.probe': { value: CostExplorerProbe; qualifier: 'none' };
}

export type FactKey = keyof FactCatalog;
export type FactValue<K extends FactKey> = FactCatalog[K]['value'];
export type FactArgs<K extends FactKey> = FactCatalog[K]['qualifier'] extends 'none' ? [] : [qualifier: string];

export const FACT_QUALIFIERS: { [K in FactKey]: FactCatalog[K]['qualifier'] } = {
  'sts.identity': 'none',
  'account.regions': 'none',
  'iam.accountSummary': 'none',
  'iam.credentialReport': 'none',
  'iam.virtualMfaDevices': 'none',
  'iam.adminUsers': 'none',
  'iam.organizationsFeatures': 'none',
  'organizations.organization': 'none',
  'organizations.selfAccount': 'none',
  'fms.adminAccount': 'none',
  'cloudtrail.trails': 'region',
  'cloudtrail.trailStatus': 'arn',
  'cloudtrail.eventSelectors': 'arn',
  'config.recorders': 'region',
  'config.recorderStatuses': 'region',
  'config.deliveryChannels': 'region',
  'guardduty.detectors': 'region',
  'budgets.budgets': 'none',
  'budgets.alerts': 'budget',
  'costexplorer.probe': 'none',
};

export const FACT_KEYS = Object.keys(FACT_QUALIFIERS) as FactKey[];

export function storeKey(key: FactKey, qualifier?: string): string {
  return qualifier === undefined ? key : `${key}@${qualifier}`;
}

export function parseStoreKey(stored: string): { key: string; qualifier: string | undefined } {
  const at = stored.indexOf('@');
  return at < 0 ? { key: stored, qualifier: undefined } : { key: stored.slice(0, at), qualifier: stored.slice(at + 1) };
}

export function isFactKey(key: string): key is FactKey {
  return Object.hasOwn(FACT_QUALIFIERS, key);
}
