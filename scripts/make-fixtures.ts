/**
 * Writes the sample accounts in fixtures/accounts/ from the compact descriptions below, so that the
 * snapshots stay consistent with each other and with the fact schemas. Run: npx tsx scripts/make-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import type { SettledFact } from '../src/facts/store.js';
import { factSchema, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../src/aws/snapshot.js';
import type { CollectErrorData, ErrorKind } from '../src/facts/errors.js';
import type { ConfigRecorder, CredentialReportRow, FactKey, FactValue, Trail } from '../src/facts/catalog.js';
import type { CheckId } from '../src/checks/index.js';
import type { Status } from '../src/core/model.js';
import { isFactKey, parseStoreKey } from '../src/facts/catalog.js';

export const ENABLED_REGIONS = [
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1',
  'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
];
const OPT_IN_REGIONS = ['af-south-1', 'ap-east-1', 'me-south-1'];
const COLLECTED_AT = '2026-11-20T09:00:00.000Z';

type Facts = Record<string, SettledFact>;

const value = <K extends FactKey>(_key: K, v: FactValue<K>): SettledFact => ({ value: v });
/** `ja`: where the words are the tool's own (what AWS said stays as AWS said it). */
const error = (service: string, operation: string, code: string, kind: ErrorKind, message: string, ja?: string): SettledFact => ({
  error: { service, operation, code, kind, message, ...(ja ? { ja } : {}) } satisfies CollectErrorData,
});
const denied = (service: string, operation: string): SettledFact =>
  error(service, operation, 'AccessDeniedException', 'access-denied', `User is not authorized to perform: ${service}:${operation}`);

const regionsFact = () =>
  value('account.regions', [
    ...ENABLED_REGIONS.map((name) => ({ name, enabled: true, status: 'ENABLED_BY_DEFAULT' })),
    ...OPT_IN_REGIONS.map((name) => ({ name, enabled: false, status: 'DISABLED' })),
  ].sort((a, b) => a.name.localeCompare(b.name)));

function perRegion(key: string, make: (region: string) => SettledFact): Facts {
  return Object.fromEntries(ENABLED_REGIONS.map((region) => [`${key}@${region}`, make(region)]));
}

/** A credential report as GetCredentialReport gives it, generated half an hour before the snapshot. */
const report = (users: CredentialReportRow[]) => ({ generatedAt: '2026-11-20T08:30:00.000Z', users });

function row(user: string, arn: string, fields: Partial<CredentialReportRow> = {}): CredentialReportRow {
  return { user, arn, mfaActive: false, accessKey1Active: false, accessKey2Active: false, ...fields };
}

function recorder(fields: Partial<ConfigRecorder> = {}): ConfigRecorder {
  return { name: 'default', roleArn: 'arn:aws:iam::000000000000:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig', allSupported: true, includeGlobalResourceTypes: false, resourceTypes: [], exclusionTypes: [], ...fields };
}

function configFacts(make: (region: string) => { recorders: ConfigRecorder[]; recording: boolean; lastStatus?: string; channel: boolean }): Facts {
  const facts: Facts = {};
  for (const region of ENABLED_REGIONS) {
    const state = make(region);
    facts[`config.recorders@${region}`] = { value: state.recorders };
    facts[`config.recorderStatuses@${region}`] = { value: state.recorders.map((r) => ({ name: r.name, recording: state.recording, ...(state.lastStatus ? { lastStatus: state.lastStatus } : {}) })) };
    facts[`config.deliveryChannels@${region}`] = { value: state.channel ? [{ name: 'default', s3BucketName: 'config-bucket' }] : [] };
  }
  return facts;
}

const ADMINISTRATOR_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';
const policyDocument = (...statements: object[]) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };
type Details = FactValue<'iam.authorizationDetails'>;
type Role = NonNullable<Details['roles']>[number];
/** GetAccountAuthorizationDetails as the collector keeps it: users (default: no group, no policy), groups, managed policies, the roles users might assume. */
function authorization(
  id: string,
  users: (Partial<Details['users'][number]> & { name: string })[],
  groups: (Partial<Details['groups'][number]> & { name: string })[] = [],
  policies: Details['policies'] = [],
  roles: (Partial<Role> & { name: string; trust: string })[] = [],
) {
  return value('iam.authorizationDetails', {
    users: users.map((entry) => ({ arn: `arn:aws:iam::${id}:user/${entry.name}`, groups: [], attached: [], inline: [], ...entry })),
    groups: groups.map((entry) => ({ arn: `arn:aws:iam::${id}:group/${entry.name}`, attached: [], inline: [], ...entry })),
    roles: roles.map((entry) => ({ arn: `arn:aws:iam::${id}:role/${entry.name}`, attached: [], inline: [], ...entry })),
    policies,
  });
}
/** A role trust policy: these AWS principals may assume it (under `condition`, if any). */
const trustPolicy = (principals: string[], condition?: object) => policyDocument({ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) });

const notInOrganization = () => error('organizations', 'DescribeOrganization', 'AWSOrganizationsNotInUseException', 'not-enabled', 'Your account is not a member of an organization.');
const ceNotEnabled = () => error('ce', 'GetCostAndUsage', 'AccessDeniedException', 'not-enabled', 'User not enabled for cost explorer access');
const allSelectors = () => value('cloudtrail.eventSelectors', { basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [] }], advanced: [] });

function snapshot(id: string, facts: Facts, regions = [...ENABLED_REGIONS, ...OPT_IN_REGIONS].sort()) {
  for (const [stored, entry] of Object.entries(facts)) {
    const { key } = parseStoreKey(stored);
    if (!isFactKey(key)) throw new Error(`unknown fact ${stored}`);
    if ('value' in entry) factSchema(key).parse(entry.value);
  }
  const sorted = Object.fromEntries(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b)));
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, collectedAt: COLLECTED_AT, account: { id, partition: 'aws' }, regions, facts: sorted };
}

// ── new-account: a fresh account, nothing set up, root in daily use ─────────────────────────────
function newAccount() {
  const id = '111111111111';
  return snapshot(id, {
    'sts.identity': value('sts.identity', { accountId: id, arn: `arn:aws:iam::${id}:root`, partition: 'aws' }),
    'account.regions': regionsFact(),
    'account.alternateContacts': value('account.alternateContacts', { BILLING: false, OPERATIONS: false, SECURITY: false }),
    's3control.publicAccessBlock': value('s3control.publicAccessBlock', null),
    'support.trustedAdvisor': value('support.trustedAdvisor', null),
    'iam.accountSummary': value('iam.accountSummary', { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1, Users: 0, Groups: 0 }),
    'iam.passwordPolicy': error('iam', 'GetAccountPasswordPolicy', 'NoSuchEntity', 'not-enabled', 'The Password Policy with domain name 111111111111 cannot be found.'),
    'iam.credentialReport': value('iam.credentialReport', report([row('<root_account>', `arn:aws:iam::${id}:root`, { passwordLastUsed: '2026-11-19T22:14:05.000Z' })])),
    'iam.virtualMfaDevices': value('iam.virtualMfaDevices', []),
    'iam.authorizationDetails': authorization(id, []),
    'organizations.organization': notInOrganization(),
    ...perRegion('cloudtrail.trails', () => ({ value: [] })),
    ...configFacts(() => ({ recorders: [], recording: false, channel: false })),
    ...perRegion('guardduty.detectors', () => ({ value: [] })),
    ...perRegion('ec2.ebsEncryptionByDefault', () => value('ec2.ebsEncryptionByDefault', { enabled: false })),
    ...perRegion('securityhub.hub', () => value('securityhub.hub', { enabled: false })),
    ...perRegion('accessanalyzer.analyzers', () => value('accessanalyzer.analyzers', [])),
    ...perRegion('sso.instances', () => value('sso.instances', [])),
    'budgets.budgets': value('budgets.budgets', []),
    'costexplorer.probe': ceNotEnabled(),
  });
}

// ── insecure: failures of every severity ────────────────────────────────────────────────────────
/** A topic policy with the statement the Cost Management user guide gives for budget notifications. */
const snsBudgetsPolicy = (topic: string, account: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AWSBudgets-notification-1', Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Publish', Resource: topic, Condition: { StringEquals: { 'aws:SourceAccount': account } } }] });

function insecure() {
  const id = '222222222222';
  const user = (name: string) => `arn:aws:iam::${id}:user/${name}`;
  const trail: Trail = { arn: `arn:aws:cloudtrail:us-east-1:${id}:trail/main`, name: 'main', homeRegion: 'us-east-1', isMultiRegion: true, isOrganizationTrail: false, logFileValidation: false, s3BucketName: 'trail-logs-222222222222' };
  return snapshot(id, {
    'sts.identity': value('sts.identity', { accountId: id, arn: user('alice'), partition: 'aws' }),
    'account.regions': regionsFact(),
    'account.alternateContacts': value('account.alternateContacts', { BILLING: true, OPERATIONS: true, SECURITY: false }),
    's3control.publicAccessBlock': value('s3control.publicAccessBlock', { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false }),
    's3buckets.owned': value('s3buckets.owned', ['trail-logs-222222222222', 'www.example.com']),
    's3buckets.publicAccessBlock@trail-logs-222222222222': value('s3buckets.publicAccessBlock', null),
    's3buckets.policyPublic@trail-logs-222222222222': value('s3buckets.policyPublic', true),
    'support.trustedAdvisor': value('support.trustedAdvisor', [{ id: 'Pfx0RwqBli', name: 'Amazon S3 Bucket Permissions', category: 'security', status: 'error', flagged: 1 }, { id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted', category: 'security', status: 'warning', flagged: 2 }]),
    'iam.accountSummary': value('iam.accountSummary', { AccountMFAEnabled: 1, AccountAccessKeysPresent: 1, AccountPasswordPresent: 1, Users: 4, Groups: 1 }),
    'iam.passwordPolicy': value('iam.passwordPolicy', { minimumLength: 8, requireSymbols: false, requireNumbers: false, requireUppercase: false, requireLowercase: false, allowUsersToChange: true, maxAgeDays: 90, hardExpiry: false }),
    'iam.credentialReport': value('iam.credentialReport', report([
      row('<root_account>', `arn:aws:iam::${id}:root`, { mfaActive: true, passwordLastUsed: '2026-11-15T03:00:00.000Z', accessKey1Active: true, accessKey1LastUsed: '2026-11-18T12:00:00.000Z' }),
      row('alice', user('alice'), { passwordEnabled: true, passwordLastUsed: '2026-11-19T08:00:00.000Z', passwordLastChanged: '2025-06-01T09:00:00.000Z', mfaActive: true }),
      row('bob', user('bob'), { passwordEnabled: true, passwordLastUsed: '2026-10-01T08:00:00.000Z', passwordLastChanged: '2025-06-01T09:00:00.000Z' }),
      row('carol-admin', user('carol-admin'), { passwordEnabled: true, passwordLastUsed: '2026-11-18T08:00:00.000Z', passwordLastChanged: '2026-02-10T09:00:00.000Z', accessKey1Active: true, accessKey1LastRotated: '2026-02-10T09:05:00.000Z' }),
      row('ci-deploy', user('ci-deploy'), { passwordEnabled: false, accessKey1Active: true, accessKey1LastRotated: '2025-03-01T09:00:00.000Z', accessKey1LastUsed: '2026-11-19T23:00:00.000Z' }),
      row('dave-ops', user('dave-ops'), { passwordEnabled: true, passwordLastChanged: '2026-11-02T09:00:00.000Z', mfaActive: true, accessKey2Active: true, accessKey2LastRotated: '2026-09-01T09:00:00.000Z', accessKey2LastUsed: '2026-11-19T20:00:00.000Z' }),
    ])),
    'iam.virtualMfaDevices': value('iam.virtualMfaDevices', [
      { serialNumber: `arn:aws:iam::${id}:mfa/root-account-mfa-device`, userArn: `arn:aws:iam::${id}:root` },
      { serialNumber: `arn:aws:iam::${id}:mfa/alice`, userArn: user('alice') },
    ]),
    'iam.authorizationDetails': authorization(
      id,
      [
        { name: 'alice', groups: ['Admins'] },
        { name: 'bob' },
        { name: 'carol-admin', inline: [{ name: 'everything', document: policyDocument(ALLOW_ALL) }] },
        { name: 'ci-deploy', groups: ['Admins'] },
        { name: 'dave-ops', attached: [`arn:aws:iam::${id}:policy/OpsFullAccess`] },
      ],
      [{ name: 'Admins', attached: [ADMINISTRATOR_ACCESS] }],
      // "MFA required" written with BoolIfExists: a request signed with an access key carries no MFA key, so it passes.
      [{ arn: `arn:aws:iam::${id}:policy/OpsFullAccess`, name: 'OpsFullAccess', document: policyDocument({ ...ALLOW_ALL, Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } } }) }],
      // bob has no policy of his own, but the role's trust names him: he may assume an administrator role, and has no MFA.
      [{ name: 'ops-admin', trust: trustPolicy([user('bob')]), attached: [ADMINISTRATOR_ACCESS] }],
    ),
    'organizations.organization': notInOrganization(),
    ...perRegion('cloudtrail.trails', () => ({ value: [trail] })),
    [`cloudtrail.trailStatus@${trail.arn}`]: value('cloudtrail.trailStatus', { isLogging: false }),
    [`cloudtrail.eventSelectors@${trail.arn}`]: allSelectors(),
    ...configFacts((region) => ({
      recorders: [recorder({ includeGlobalResourceTypes: region === 'us-east-1' })],
      recording: region !== 'eu-west-1',
      lastStatus: 'Success',
      channel: true,
    })),
    ...perRegion('guardduty.detectors', (region) => ({ value: [{ id: `d-${region}`, status: region === 'ap-northeast-1' ? 'DISABLED' : 'ENABLED' }] })),
    ...perRegion('ec2.ebsEncryptionByDefault', (region) => value('ec2.ebsEncryptionByDefault', { enabled: region !== 'sa-east-1' })),
    ...perRegion('securityhub.hub', (region) => value('securityhub.hub', { enabled: region === 'us-east-1' })),
    ...perRegion('accessanalyzer.analyzers', (region) => value('accessanalyzer.analyzers', region === 'us-east-1' ? [{ name: 'unused-access', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' }] : region === 'eu-west-1' ? [{ name: 'external', type: 'ACCOUNT', status: 'ACTIVE' }] : [])),
    ...perRegion('sso.instances', () => value('sso.instances', [])),
    'budgets.budgets': value('budgets.budgets', [{ name: 'monthly', budgetType: 'COST' }]),
    'budgets.alerts@monthly': value('budgets.alerts', [{ type: 'ACTUAL', threshold: 80, subscribers: 0, topics: [] }]),
    'costexplorer.probe': ceNotEnabled(),
  });
}

// ── hardened: the management account of an organization with everything in place ───────────────
function hardened() {
  const id = '333333333333';
  const trail: Trail = { arn: `arn:aws:cloudtrail:us-east-1:${id}:trail/organization`, name: 'organization', homeRegion: 'us-east-1', isMultiRegion: true, isOrganizationTrail: true, logFileValidation: true, cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${id}:log-group:cloudtrail:*`, s3BucketName: 'org-trail-333333333333' };
  return snapshot(id, {
    'sts.identity': value('sts.identity', { accountId: id, arn: `arn:aws:sts::${id}:assumed-role/SecurityAudit/auditor`, partition: 'aws' }),
    'account.regions': regionsFact(),
    'account.alternateContacts': value('account.alternateContacts', { BILLING: true, OPERATIONS: true, SECURITY: true }),
    's3control.publicAccessBlock': value('s3control.publicAccessBlock', { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }),
    's3buckets.owned': value('s3buckets.owned', ['org-trail-333333333333']),
    's3buckets.publicAccessBlock@org-trail-333333333333': value('s3buckets.publicAccessBlock', { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }),
    'support.trustedAdvisor': value('support.trustedAdvisor', [{ id: 'Pfx0RwqBli', name: 'Amazon S3 Bucket Permissions', category: 'security', status: 'ok', flagged: 0 }, { id: '7DAFEmoDos', name: 'MFA on Root Account', category: 'security', status: 'ok', flagged: 0 }]),
    'iam.accountSummary': value('iam.accountSummary', { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1, Users: 2, Groups: 1 }),
    'iam.passwordPolicy': value('iam.passwordPolicy', { minimumLength: 14, reusePrevention: 24, requireSymbols: true, requireNumbers: true, requireUppercase: true, requireLowercase: true, allowUsersToChange: true, hardExpiry: false }),
    'iam.credentialReport': value('iam.credentialReport', report([
      row('<root_account>', `arn:aws:iam::${id}:root`, { mfaActive: true, passwordLastUsed: '2026-03-02T10:00:00.000Z' }),
      row('hanako', `arn:aws:iam::${id}:user/hanako`, { passwordEnabled: true, passwordLastUsed: '2026-11-19T08:00:00.000Z', passwordLastChanged: '2026-05-11T09:00:00.000Z', mfaActive: true }),
      // Its password is changed after each break-glass drill, the last one three weeks ago.
      row('break-glass', `arn:aws:iam::${id}:user/break-glass`, { passwordEnabled: true, passwordLastChanged: '2026-10-30T09:00:00.000Z', mfaActive: true }),
    ])),
    'iam.virtualMfaDevices': value('iam.virtualMfaDevices', [{ serialNumber: `arn:aws:iam::${id}:mfa/hanako`, userArn: `arn:aws:iam::${id}:user/hanako` }]),
    'iam.authorizationDetails': authorization(
      id,
      [
        { name: 'hanako', attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], inline: [{ name: 'switch-to-admin', document: policyDocument({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${id}:role/admin` }) }] },
        { name: 'break-glass', groups: ['Admins'] },
      ],
      [{ name: 'Admins', attached: [ADMINISTRATOR_ACCESS] }],
      [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess', document: policyDocument({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'ec2:Describe*', 'iam:Get*', 'iam:List*'], Resource: '*' }) }],
      // Administration through a role that only a session with MFA may assume (hanako has MFA).
      [{ name: 'admin', trust: trustPolicy([`arn:aws:iam::${id}:root`], { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }), attached: [ADMINISTRATOR_ACCESS] }],
    ),
    'organizations.organization': value('organizations.organization', { id: 'o-hardened01', managementAccountId: id, featureSet: 'ALL' }),
    'fms.adminAccount': value('fms.adminAccount', { adminAccount: '444444444444', status: 'READY' }),
    ...perRegion('cloudtrail.trails', () => ({ value: [trail] })),
    [`cloudtrail.trailStatus@${trail.arn}`]: value('cloudtrail.trailStatus', { isLogging: true, latestCloudWatchLogsDeliveryTime: '2026-11-20T08:55:00.000Z' }),
    [`cloudtrail.eventSelectors@${trail.arn}`]: allSelectors(),
    ...configFacts((region) => ({ recorders: [recorder({ includeGlobalResourceTypes: region === 'us-east-1' })], recording: true, lastStatus: 'Success', channel: true })),
    ...perRegion('guardduty.detectors', (region) => ({ value: [{ id: `d-${region}`, status: 'ENABLED' }] })),
    ...perRegion('ec2.ebsEncryptionByDefault', () => value('ec2.ebsEncryptionByDefault', { enabled: true })),
    ...perRegion('securityhub.hub', () => value('securityhub.hub', { enabled: true })),
    ...perRegion('accessanalyzer.analyzers', () => value('accessanalyzer.analyzers', [{ name: 'external-access', type: 'ACCOUNT', status: 'ACTIVE' }])),
    ...perRegion('sso.instances', (region) => value('sso.instances', region === 'us-east-1' ? [{ arn: 'arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6', ownerAccountId: id, status: 'ACTIVE' }] : [])),
    'budgets.budgets': value('budgets.budgets', [{ name: 'monthly', budgetType: 'COST' }]),
    'budgets.alerts@monthly': value('budgets.alerts', [{ type: 'ACTUAL', threshold: 80, subscribers: 2, topics: [] }, { type: 'FORECASTED', threshold: 100, subscribers: 1, topics: [`arn:aws:sns:us-east-1:${id}:finance-alerts`] }]),
    [`sns.topic@arn:aws:sns:us-east-1:${id}:finance-alerts`]: value('sns.topic', { found: true, policy: snsBudgetsPolicy(`arn:aws:sns:us-east-1:${id}:finance-alerts`, id), confirmedSubscriptions: 2 }),
    'costexplorer.probe': value('costexplorer.probe', { enabled: true }),
  });
}

// ── org-member: a member account under Control Tower-like governance, no root credentials ──────
function orgMember() {
  const id = '555555555555';
  const management = '999999999999';
  const trail: Trail = { arn: `arn:aws:cloudtrail:us-east-1:${management}:trail/aws-controltower-BaselineCloudTrail`, name: 'aws-controltower-BaselineCloudTrail', homeRegion: 'us-east-1', isMultiRegion: true, isOrganizationTrail: true, logFileValidation: true, cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${management}:log-group:aws-controltower/CloudTrailLogs:*`, s3BucketName: 'aws-controltower-logs' };
  const unreadable = error('cloudtrail', 'GetTrailStatus', 'TrailNotFoundException', 'not-found', `Unknown trail: ${trail.arn} for the user: ${id}`);
  return snapshot(id, {
    'sts.identity': value('sts.identity', { accountId: id, arn: `arn:aws:sts::${id}:assumed-role/AWSControlTowerExecution/auditor`, partition: 'aws' }),
    'account.regions': regionsFact(),
    'account.alternateContacts': value('account.alternateContacts', { BILLING: true, OPERATIONS: true, SECURITY: true }),
    's3control.publicAccessBlock': value('s3control.publicAccessBlock', { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }),
    's3buckets.owned': value('s3buckets.owned', []),
    'support.trustedAdvisor': value('support.trustedAdvisor', null),
    'iam.accountSummary': value('iam.accountSummary', { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 0, Users: 0, Groups: 0 }),
    'iam.passwordPolicy': value('iam.passwordPolicy', { minimumLength: 14, reusePrevention: 24, requireSymbols: true, requireNumbers: true, requireUppercase: true, requireLowercase: true, allowUsersToChange: true, hardExpiry: false }),
    // What AWS answers a member: only the management account or a delegated administrator may list the features.
    'iam.organizationsFeatures': error('iam', 'ListOrganizationsFeatures', 'AccountNotManagementOrDelegatedAdministratorException', 'unknown', 'The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.'),
    'iam.credentialReport': value('iam.credentialReport', report([row('<root_account>', `arn:aws:iam::${id}:root`)])),
    'iam.virtualMfaDevices': value('iam.virtualMfaDevices', []),
    'iam.authorizationDetails': authorization(id, []),
    'organizations.organization': value('organizations.organization', { id: 'o-member0001', managementAccountId: management, featureSet: 'ALL' }),
    'fms.adminAccount': denied('fms', 'GetAdminAccount'),
    ...perRegion('cloudtrail.trails', () => ({ value: [trail] })),
    [`cloudtrail.trailStatus@${trail.arn}`]: unreadable,
    [`cloudtrail.eventSelectors@${trail.arn}`]: error('cloudtrail', 'GetEventSelectors', 'TrailNotFoundException', 'not-found', `Unknown trail: ${trail.arn}`),
    ...configFacts(() => ({
      recorders: [recorder({ name: 'aws-controltower-BaselineConfigRecorder', allSupported: false, includeGlobalResourceTypes: false, strategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionTypes: ['AWS::EC2::NetworkInterface'] }), recorder({ name: 'aws-service-linked', servicePrincipal: 'securityhub.amazonaws.com', recordingScope: 'INTERNAL' })],
      recording: true,
      lastStatus: 'Success',
      channel: true,
    })),
    ...perRegion('guardduty.detectors', (region) => ({ value: [{ id: `d-${region}`, status: 'ENABLED' }] })),
    ...perRegion('ec2.ebsEncryptionByDefault', () => value('ec2.ebsEncryptionByDefault', { enabled: true })),
    ...perRegion('securityhub.hub', () => value('securityhub.hub', { enabled: true })),
    ...perRegion('accessanalyzer.analyzers', () => value('accessanalyzer.analyzers', [])),
    ...perRegion('sso.instances', () => value('sso.instances', [])),
    'budgets.budgets': value('budgets.budgets', []),
    // Audited alone, a member has nothing of its payer's budgets (an --org audit from the management account reads them).
    'budgets.managementBudgets': error('budgets', 'DescribeBudgets', 'ManagementAccountOnly', 'missing', "an organization's budgets live in its management account: they are read there, in an --org audit run from it", '組織の予算は管理アカウントにあります。管理アカウントから実行する --org 監査で読み取られます'),
    'costexplorer.probe': ceNotEnabled(),
  });
}

// ── denied: a principal allowed nothing but sts:GetCallerIdentity ────────────────────────────────
function deniedAccount() {
  const id = '666666666666';
  const facts: Facts = {
    'sts.identity': value('sts.identity', { accountId: id, arn: `arn:aws:sts::${id}:assumed-role/NoPermissions/auditor`, partition: 'aws' }),
    'account.regions': denied('account', 'ListRegions'),
    'account.alternateContacts': denied('account', 'GetAlternateContact'),
    's3control.publicAccessBlock': denied('s3control', 'GetPublicAccessBlock'),
    's3buckets.owned': denied('s3', 'ListBuckets'),
    'support.trustedAdvisor': denied('support', 'DescribeTrustedAdvisorChecks'),
    'iam.accountSummary': denied('iam', 'GetAccountSummary'),
    'iam.passwordPolicy': denied('iam', 'GetAccountPasswordPolicy'),
    'iam.credentialReport': denied('iam', 'GenerateCredentialReport'),
    'iam.virtualMfaDevices': denied('iam', 'ListVirtualMFADevices'),
    'iam.authorizationDetails': denied('iam', 'GetAccountAuthorizationDetails'),
    'iam.organizationsFeatures': denied('iam', 'ListOrganizationsFeatures'),
    'organizations.organization': denied('organizations', 'DescribeOrganization'),
    'fms.adminAccount': denied('fms', 'GetAdminAccount'),
    'budgets.budgets': denied('budgets', 'DescribeBudgets'),
    'costexplorer.probe': denied('ce', 'GetCostAndUsage'),
    ...perRegion('cloudtrail.trails', () => denied('cloudtrail', 'DescribeTrails')),
    ...perRegion('config.recorders', () => denied('config', 'DescribeConfigurationRecorders')),
    ...perRegion('config.recorderStatuses', () => denied('config', 'DescribeConfigurationRecorderStatus')),
    ...perRegion('config.deliveryChannels', () => denied('config', 'DescribeDeliveryChannels')),
    ...perRegion('guardduty.detectors', () => denied('guardduty', 'ListDetectors')),
    ...perRegion('ec2.ebsEncryptionByDefault', () => denied('ec2', 'GetEbsEncryptionByDefault')),
    ...perRegion('securityhub.hub', () => denied('securityhub', 'DescribeHub')),
    ...perRegion('accessanalyzer.analyzers', () => denied('access-analyzer', 'ListAnalyzers')),
    ...perRegion('sso.instances', () => denied('sso', 'ListInstances')),
  };
  return snapshot(id, facts, [...ENABLED_REGIONS]);
}

/**
 * What each sample gives, check by check (results by status; hardened with hardened.config.yaml).
 * test/samples.test.ts holds every sample to it, and the other tests count from it: a new check adds
 * its line here, and no test needs editing.
 */
const EXPECTED: Record<string, Record<CheckId, Partial<Record<Status, number>>>> = {
  'new-account': {
    'account.alternate-contacts': { FAIL: 1 },
    'iam.root-mfa': { FAIL: 1 },
    'iam.root-hardware-mfa': { FAIL: 1 },
    'iam.root-access-keys': { PASS: 1 },
    'iam.root-recent-use': { FAIL: 1 },
    'iam.user-console-mfa': { PASS: 1 },
    'iam.admin-mfa': { PASS: 1 },
    'iam.mfa-recovery': { MANUAL: 1 },
    'organizations.member': { FAIL: 1 },
    'fms.admin-account': { SKIPPED: 1 },
    'cloudtrail.multi-region': { FAIL: 1 },
    'cloudtrail.log-validation': { SKIPPED: 1 },
    'cloudtrail.cloudwatch-logs': { SKIPPED: 1 },
    'cloudtrail.bucket-protected': { SKIPPED: 1 },
    'config.recorder': { FAIL: 17, SKIPPED: 3 },
    'billing.iam-access': { MANUAL: 1 },
    'billing.cost-explorer': { FAIL: 1 },
    'billing.budget': { FAIL: 1 },
    'billing.budget-alerts': { FAIL: 1 },
    'guardduty.enabled': { FAIL: 17, SKIPPED: 3 },
    'ec2.ebs-default-encryption': { FAIL: 17, SKIPPED: 3 },
    'securityhub.enabled': { FAIL: 17, SKIPPED: 3 },
    's3.account-public-access-block': { FAIL: 1 },
    'iam.access-analyzer': { FAIL: 17, SKIPPED: 3 },
    'support.trusted-advisor': { MANUAL: 1 },
    'iam.password-policy': { FAIL: 1 },
    'iam.unused-credentials': { PASS: 1 },
    'iam.access-key-rotation': { PASS: 1 },
    'iam.identity-center': { FAIL: 1 },
  },
  'insecure': {
    'account.alternate-contacts': { FAIL: 1 },
    'iam.root-mfa': { PASS: 1 },
    'iam.root-hardware-mfa': { FAIL: 1 },
    'iam.root-access-keys': { FAIL: 1 },
    'iam.root-recent-use': { FAIL: 1 },
    'iam.user-console-mfa': { PASS: 2, FAIL: 2 },
    'iam.admin-mfa': { PASS: 1, FAIL: 4 },
    'iam.mfa-recovery': { MANUAL: 1 },
    'organizations.member': { FAIL: 1 },
    'fms.admin-account': { SKIPPED: 1 },
    'cloudtrail.multi-region': { FAIL: 1 },
    'cloudtrail.log-validation': { FAIL: 1 },
    'cloudtrail.cloudwatch-logs': { FAIL: 1 },
    'cloudtrail.bucket-protected': { FAIL: 1 },
    'config.recorder': { PASS: 16, FAIL: 1, SKIPPED: 3 },
    'billing.iam-access': { MANUAL: 1 },
    'billing.cost-explorer': { FAIL: 1 },
    'billing.budget': { PASS: 1 },
    'billing.budget-alerts': { FAIL: 1 },
    'guardduty.enabled': { FAIL: 1, PASS: 16, SKIPPED: 3 },
    'ec2.ebs-default-encryption': { FAIL: 1, PASS: 16, SKIPPED: 3 },
    'securityhub.enabled': { FAIL: 16, PASS: 1, SKIPPED: 3 },
    's3.account-public-access-block': { FAIL: 1 },
    'iam.access-analyzer': { FAIL: 16, PASS: 1, SKIPPED: 3 },
    'support.trusted-advisor': { FAIL: 1 },
    'iam.password-policy': { FAIL: 1 },
    'iam.unused-credentials': { FAIL: 2 },
    'iam.access-key-rotation': { FAIL: 2 },
    'iam.identity-center': { FAIL: 1 },
  },
  'hardened': {
    'account.alternate-contacts': { PASS: 1 },
    'iam.root-mfa': { PASS: 1 },
    'iam.root-hardware-mfa': { PASS: 1 },
    'iam.root-access-keys': { PASS: 1 },
    'iam.root-recent-use': { PASS: 1 },
    'iam.user-console-mfa': { PASS: 2 },
    'iam.admin-mfa': { PASS: 2 },
    'iam.mfa-recovery': { PASS: 1 },
    'organizations.member': { PASS: 1 },
    'fms.admin-account': { PASS: 1 },
    'cloudtrail.multi-region': { PASS: 1 },
    'cloudtrail.log-validation': { PASS: 1 },
    'cloudtrail.cloudwatch-logs': { PASS: 1 },
    'cloudtrail.bucket-protected': { PASS: 1 },
    'config.recorder': { PASS: 17, SKIPPED: 3 },
    'billing.iam-access': { PASS: 1 },
    'billing.cost-explorer': { PASS: 1 },
    'billing.budget': { PASS: 1 },
    'billing.budget-alerts': { PASS: 1 },
    'guardduty.enabled': { PASS: 17, SKIPPED: 3 },
    'ec2.ebs-default-encryption': { PASS: 17, SKIPPED: 3 },
    'securityhub.enabled': { PASS: 17, SKIPPED: 3 },
    's3.account-public-access-block': { PASS: 1 },
    'iam.access-analyzer': { PASS: 17, SKIPPED: 3 },
    'support.trusted-advisor': { PASS: 1 },
    'iam.password-policy': { PASS: 1 },
    'iam.unused-credentials': { PASS: 1 },
    'iam.access-key-rotation': { PASS: 1 },
    'iam.identity-center': { PASS: 1 },
  },
  'org-member': {
    'account.alternate-contacts': { PASS: 1 },
    'iam.root-mfa': { MANUAL: 1 },
    'iam.root-hardware-mfa': { MANUAL: 1 },
    'iam.root-access-keys': { PASS: 1 },
    'iam.root-recent-use': { PASS: 1 },
    'iam.user-console-mfa': { PASS: 1 },
    'iam.admin-mfa': { PASS: 1 },
    'iam.mfa-recovery': { MANUAL: 1 },
    'organizations.member': { PASS: 1 },
    'fms.admin-account': { MANUAL: 1 },
    'cloudtrail.multi-region': { MANUAL: 1 },
    'cloudtrail.log-validation': { PASS: 1 },
    'cloudtrail.cloudwatch-logs': { MANUAL: 1 },
    'cloudtrail.bucket-protected': { MANUAL: 1 },
    'config.recorder': { PASS: 17, SKIPPED: 3 },
    'billing.iam-access': { MANUAL: 1 },
    'billing.cost-explorer': { FAIL: 1 },
    'billing.budget': { MANUAL: 1 },
    'billing.budget-alerts': { MANUAL: 1 },
    'guardduty.enabled': { PASS: 17, SKIPPED: 3 },
    'ec2.ebs-default-encryption': { PASS: 17, SKIPPED: 3 },
    'securityhub.enabled': { PASS: 17, SKIPPED: 3 },
    's3.account-public-access-block': { PASS: 1 },
    'iam.access-analyzer': { MANUAL: 17, SKIPPED: 3 },
    'support.trusted-advisor': { MANUAL: 1 },
    'iam.password-policy': { PASS: 1 },
    'iam.unused-credentials': { PASS: 1 },
    'iam.access-key-rotation': { PASS: 1 },
    'iam.identity-center': { MANUAL: 1 },
  },
  'denied': {
    'account.alternate-contacts': { ERROR: 1 },
    'iam.root-mfa': { ERROR: 1 },
    'iam.root-hardware-mfa': { ERROR: 1 },
    'iam.root-access-keys': { ERROR: 1 },
    'iam.root-recent-use': { ERROR: 1 },
    'iam.user-console-mfa': { ERROR: 1 },
    'iam.admin-mfa': { ERROR: 1 },
    'iam.mfa-recovery': { MANUAL: 1 },
    'organizations.member': { ERROR: 1 },
    'fms.admin-account': { ERROR: 1 },
    'cloudtrail.multi-region': { ERROR: 1 },
    'cloudtrail.log-validation': { ERROR: 17 },
    'cloudtrail.cloudwatch-logs': { ERROR: 17 },
    'cloudtrail.bucket-protected': { ERROR: 17 },
    'config.recorder': { ERROR: 17 },
    'billing.iam-access': { MANUAL: 1 },
    'billing.cost-explorer': { ERROR: 1 },
    'billing.budget': { ERROR: 1 },
    'billing.budget-alerts': { ERROR: 1 },
    'guardduty.enabled': { ERROR: 17 },
    'ec2.ebs-default-encryption': { ERROR: 17 },
    'securityhub.enabled': { ERROR: 17 },
    's3.account-public-access-block': { ERROR: 1 },
    'iam.access-analyzer': { ERROR: 17 },
    'support.trusted-advisor': { ERROR: 1 },
    'iam.password-policy': { ERROR: 1 },
    'iam.unused-credentials': { ERROR: 1 },
    'iam.access-key-rotation': { ERROR: 1 },
    'iam.identity-center': { ERROR: 1 },
  },
};
writeFileSync('fixtures/expected.json', `${JSON.stringify(EXPECTED, null, 2)}\n`);

const write = (name: string, data: unknown) => writeFileSync(`fixtures/accounts/${name}.json`, `${JSON.stringify(data, null, 2)}\n`);
write('new-account', newAccount());
write('insecure', insecure());
write('hardened', hardened());
write('org-member', orgMember());
write('denied', deniedAccount());

// ── several: the five samples as the accounts of one snapshot (what `snapshot --accounts` writes) ──
const SEVERAL = { 'new-account': newAccount(), insecure: insecure(), hardened: hardened(), 'org-member': orgMember(), denied: deniedAccount() };
write('several', {
  format: SNAPSHOT_FORMAT,
  version: SNAPSHOT_VERSION,
  collectedAt: COLLECTED_AT,
  accounts: Object.entries(SEVERAL)
    .map(([name, sample]) => ({ account: { ...sample.account, name }, regions: sample.regions, facts: sample.facts }))
    .sort((a, b) => a.account.id.localeCompare(b.account.id)),
});
