import { CollectError } from '../facts/errors.js';

/**
 * Members AWS always sends in a successful answer (each API reference's response elements; a list
 * AWS sends empty, never leaves out). A 200 without one is not AWS's answer: read as an empty list or
 * `false`, it would turn a FAIL into SKIPPED, or a PASS into a FAIL. (Budgets says "none" with
 * NotFoundException, never with a 200 that leaves its list out.)
 */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'sts:GetCallerIdentity': ['Account', 'Arn'],
  'sts:AssumeRole': ['Credentials'],
  'account:ListRegions': ['Regions'],
  'account:GetAlternateContact': ['AlternateContact'],
  'ec2:DescribeRegions': ['Regions'],
  'iam:GetAccountSummary': ['SummaryMap'],
  'iam:GetAccountPasswordPolicy': ['PasswordPolicy'],
  'ec2:GetEbsEncryptionByDefault': ['EbsEncryptionByDefault'],
  'iam:GenerateCredentialReport': ['State'],
  'iam:ListVirtualMFADevices': ['VirtualMFADevices'],
  // Asked with the filter User, Group, Role, LocalManagedPolicy: a list left out would read as "no roles" (or groups,
  // or policies), and so as no administrator through them.
  'iam:GetAccountAuthorizationDetails': ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'],
  'iam:GetPolicy': ['Policy'],
  'iam:GetPolicyVersion': ['PolicyVersion'],
  'iam:ListOrganizationsFeatures': ['OrganizationId'],
  'organizations:DescribeOrganization': ['Organization'],
  'organizations:ListAccounts': ['Accounts'],
  'organizations:ListRoots': ['Roots'],
  'organizations:ListOrganizationalUnitsForParent': ['OrganizationalUnits'],
  'organizations:ListAccountsForParent': ['Accounts'],
  'fms:GetAdminAccount': ['AdminAccount'],
  'cloudtrail:DescribeTrails': ['trailList'],
  'cloudtrail:GetTrailStatus': ['IsLogging'],
  'cloudtrail:GetEventSelectors': ['TrailARN'],
  'config:DescribeConfigurationRecorders': ['ConfigurationRecorders'],
  'config:DescribeConfigurationRecorderStatus': ['ConfigurationRecordersStatus'],
  'config:DescribeDeliveryChannels': ['DeliveryChannels'],
  'guardduty:ListDetectors': ['DetectorIds'],
  'config:DescribeDeliveryChannelStatus': ['DeliveryChannelsStatus'],
  'budgets:DescribeBudgets': ['Budgets'],
  'budgets:DescribeBudgetNotificationsForAccount': ['BudgetNotificationsForAccount'],
  'budgets:DescribeSubscribersForNotification': ['Subscribers'],
  'ce:GetCostAndUsage': ['ResultsByTime'],
  'securityhub:DescribeHub': ['HubArn'],
  'sso:ListInstances': ['Instances'],
  's3control:GetPublicAccessBlock': ['PublicAccessBlockConfiguration'],
  's3:GetPublicAccessBlock': ['PublicAccessBlockConfiguration'],
  's3:ListBuckets': ['Buckets'],
  's3:GetBucketPolicyStatus': ['PolicyStatus'],
  's3:GetBucketAcl': ['Grants'],
  'access-analyzer:ListAnalyzers': ['analyzers'],
  'support:DescribeTrustedAdvisorChecks': ['checks'],
  'support:DescribeTrustedAdvisorCheckSummaries': ['summaries'],
  'sns:GetTopicAttributes': ['Attributes'],
  'lambda:ListFunctions': ['Functions'],
  'cloudformation:DescribeStacks': ['Stacks'],
  'ec2:DescribeInstances': ['Reservations'],
  'kms:DescribeKey': ['KeyMetadata'],
  'kms:GetKeyPolicy': ['Policy'],
  'ecs:DescribeTaskDefinition': ['taskDefinition'],
  'sagemaker:DescribeNotebookInstance': ['NotebookInstanceArn', 'RoleArn'],
};

/** Refuses a successful answer that lacks what AWS always sends: an error of its own kind, never a verdict. */
export function requireMembers(service: string, operation: string, output: object): void {
  const missing = (REQUIRED[`${service}:${operation}`] ?? []).filter((member) => (output as Record<string, unknown>)[member] === undefined);
  if (missing.length === 0) return;
  throw new CollectError({
    service,
    operation,
    code: 'NotAnAwsAnswer',
    kind: 'malformed',
    message: `the answer to ${service}:${operation} was not what AWS sends (no ${missing.join(', ')}, which AWS always sends): check AWS_ENDPOINT_URL or a proxy`,
    ja: `${service}:${operation} への応答は AWS が送るものではありませんでした(AWS が必ず送る ${missing.join('、')} がありません)。AWS_ENDPOINT_URL かプロキシを確認してください`,
  });
}
