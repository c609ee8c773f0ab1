import type { FactKey } from './types.js';

/**
 * The IAM actions each fact's collector sends. `aws-baseline policy` is generated from this table and
 * a test proves every operation the collectors send is in it. Light on purpose: no SDK import.
 */
export const FACT_ACTIONS: { [K in FactKey]: string[] } = {
  'sts.identity': ['sts:GetCallerIdentity'],
  'account.regions': ['account:ListRegions', 'ec2:DescribeRegions'],
  'iam.accountSummary': ['iam:GetAccountSummary'],
  'iam.credentialReport': ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
  'iam.virtualMfaDevices': ['iam:ListVirtualMFADevices'],
  'iam.adminUsers': ['iam:ListEntitiesForPolicy', 'iam:GetGroup'],
  'iam.organizationsFeatures': ['iam:ListOrganizationsFeatures'],
  'organizations.organization': ['organizations:DescribeOrganization'],
  'organizations.selfAccount': ['organizations:DescribeAccount'],
  'fms.adminAccount': ['fms:GetAdminAccount'],
  'cloudtrail.trails': ['cloudtrail:DescribeTrails'],
  'cloudtrail.trailStatus': ['cloudtrail:GetTrailStatus'],
  'cloudtrail.eventSelectors': ['cloudtrail:GetEventSelectors'],
  'config.recorders': ['config:DescribeConfigurationRecorders'],
  'config.recorderStatuses': ['config:DescribeConfigurationRecorderStatus'],
  'config.deliveryChannels': ['config:DescribeDeliveryChannels'],
  'guardduty.detectors': ['guardduty:ListDetectors', 'guardduty:GetDetector'],
  'budgets.budgets': ['budgets:ViewBudget'],
  'budgets.alerts': ['budgets:ViewBudget'],
  'costexplorer.probe': ['ce:GetCostAndUsage'],
};

/** Some SDK operations are authorized by an action of another name. */
export const OPERATION_ACTIONS: Record<string, string> = {
  'budgets:DescribeBudgets': 'budgets:ViewBudget',
  'budgets:DescribeNotificationsForBudget': 'budgets:ViewBudget',
  'budgets:DescribeSubscribersForNotification': 'budgets:ViewBudget',
};

export function actionFor(service: string, operation: string): string {
  const direct = `${service}:${operation}`;
  return OPERATION_ACTIONS[direct] ?? direct;
}

export interface IamPolicy {
  Version: '2012-10-17';
  Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }[];
}

/** What the caller needs on top for --org / --accounts: list the accounts, assume their audit role. */
export const ORGANIZATION_ACTIONS = ['organizations:ListAccounts', 'sts:AssumeRole'];

/** The least-privilege policy for the facts that the given checks read (plus --org's, when asked). */
export function policyFor(reads: Iterable<FactKey>, organization = false): IamPolicy {
  const actions = new Set<string>(FACT_ACTIONS['sts.identity']);
  FACT_ACTIONS['account.regions'].forEach((action) => actions.add(action));
  for (const key of reads) FACT_ACTIONS[key].forEach((action) => actions.add(action));
  if (organization) ORGANIZATION_ACTIONS.forEach((action) => actions.add(action));
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AwsBaselineReadOnly', Effect: 'Allow', Action: [...actions].sort(), Resource: '*' }],
  };
}
