/**
 * npm run bench: the performance promises of SPEC §8, measured (never asserted in tests).
 *  1. cold start of --help / checks / explain (no SDK client loaded), and audit --snapshot of a 17-region account;
 *  2. a live audit of one account in 17 regions with every AWS call delayed 100 ms (SDK mocked in-process):
 *     calls made, repeated calls, wall time against the critical path, memory.
 */
import { spawnSync } from 'node:child_process';
import { mockClient } from 'aws-sdk-client-mock';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import { IAMClient, GenerateCredentialReportCommand, GetCredentialReportCommand, GetAccountSummaryCommand, GetAccountAuthorizationDetailsCommand, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { OrganizationsClient, DescribeOrganizationCommand, DescribeAccountCommand } from '@aws-sdk/client-organizations';
import { FMSClient, GetAdminAccountCommand } from '@aws-sdk/client-fms';
import { CloudTrailClient, DescribeTrailsCommand, GetTrailStatusCommand, GetEventSelectorsCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { GuardDutyClient, ListDetectorsCommand, GetDetectorCommand } from '@aws-sdk/client-guardduty';
import { BudgetsClient, DescribeBudgetsCommand, DescribeNotificationsForBudgetCommand, DescribeSubscribersForNotificationCommand } from '@aws-sdk/client-budgets';
import { CostExplorerClient, GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { main } from '../src/cli.js';

const RUNS = 10;
let t0 = performance.now();
let firstCall: number | undefined;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function coldStart(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'ignore' });
    times.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}`);
  }
  return median(times);
}

console.log('# cold start (median of %d, ms; target < 150 for the first three, < 300 for the snapshot audit)', RUNS);
for (const args of [['--help'], ['checks'], ['explain', 'iam.root-mfa'], ['audit', '--snapshot', 'fixtures/accounts/insecure.json']]) {
  console.log(`${args.join(' ').padEnd(55)} ${coldStart(args).toFixed(0)}`);
}

const LATENCY = 100;
const REGIONS = ['ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'];
let calls = 0;
const seen = new Map<string, number>();
const slow = <T>(operation: string, value: T) => async (input: unknown, getClient: () => { config: { region: () => Promise<string> } }) => {
  calls += 1;
  firstCall ??= performance.now();
  if (process.env.BENCH_TRACE) console.log(`${(performance.now() - t0).toFixed(0).padStart(5)} ms  ${operation}`);
  const key = `${operation} ${JSON.stringify(input)}@${await getClient().config.region()}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  await new Promise((resolve) => setTimeout(resolve, LATENCY));
  return value;
};
const TRAIL = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main';
const CSV = 'user,arn,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_1_last_used_date,access_key_2_active,access_key_2_last_used_date\n<root_account>,arn:aws:iam::123456789012:root,not_supported,N/A,true,false,N/A,false,N/A\n';
const sts = mockClient(STSClient);
sts.on(GetCallerIdentityCommand).callsFake(slow('GetCallerIdentity', { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/a' }));
mockClient(AccountClient).on(ListRegionsCommand).callsFake(slow('ListRegions', { Regions: REGIONS.map((RegionName) => ({ RegionName, RegionOptStatus: 'ENABLED_BY_DEFAULT' })) }));
const iam = mockClient(IAMClient);
iam.on(GenerateCredentialReportCommand).callsFake(slow('GenerateCredentialReport', { State: 'COMPLETE' }));
iam.on(GetCredentialReportCommand).callsFake(slow('GetCredentialReport', { Content: new TextEncoder().encode(CSV) }));
iam.on(GetAccountSummaryCommand).callsFake(slow('GetAccountSummary', { SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1 } }));
iam.on(GetAccountAuthorizationDetailsCommand).callsFake(slow('GetAccountAuthorizationDetails', { UserDetailList: [], GroupDetailList: [], Policies: [], IsTruncated: false }));
iam.on(ListVirtualMFADevicesCommand).callsFake(slow('ListVirtualMFADevices', { VirtualMFADevices: [] }));
const orgs = mockClient(OrganizationsClient);
orgs.on(DescribeOrganizationCommand).callsFake(slow('DescribeOrganization', { Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: '123456789012', FeatureSet: 'ALL' } }));
orgs.on(DescribeAccountCommand).callsFake(slow('DescribeAccount', { Account: { JoinedMethod: 'INVITED' } }));
mockClient(FMSClient).on(GetAdminAccountCommand).callsFake(slow('GetAdminAccount', { AdminAccount: '444444444444', RoleStatus: 'READY' }));
const ct = mockClient(CloudTrailClient);
ct.on(DescribeTrailsCommand).callsFake(slow('DescribeTrails', { trailList: [{ Name: 'main', TrailARN: TRAIL, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, LogFileValidationEnabled: true }] }));
ct.on(GetTrailStatusCommand).callsFake(slow('GetTrailStatus', { IsLogging: true }));
ct.on(GetEventSelectorsCommand).callsFake(slow('GetEventSelectors', { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));
const cfg = mockClient(ConfigServiceClient);
cfg.on(DescribeConfigurationRecordersCommand).callsFake(slow('DescribeConfigurationRecorders', { ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }] }));
cfg.on(DescribeConfigurationRecorderStatusCommand).callsFake(slow('DescribeConfigurationRecorderStatus', { ConfigurationRecordersStatus: [{ name: 'default', recording: true }] }));
cfg.on(DescribeDeliveryChannelsCommand).callsFake(slow('DescribeDeliveryChannels', { DeliveryChannels: [{ name: 'default' }] }));
const gd = mockClient(GuardDutyClient);
gd.on(ListDetectorsCommand).callsFake(slow('ListDetectors', { DetectorIds: ['d1'] }));
gd.on(GetDetectorCommand).callsFake(slow('GetDetector', { Status: 'ENABLED' }));
const budgets = mockClient(BudgetsClient);
budgets.on(DescribeBudgetsCommand).callsFake(slow('DescribeBudgets', { Budgets: [{ BudgetName: 'm', BudgetType: 'COST' }] }));
budgets.on(DescribeNotificationsForBudgetCommand).callsFake(slow('DescribeNotificationsForBudget', { Notifications: [{ NotificationType: 'ACTUAL', Threshold: 80 }] }));
budgets.on(DescribeSubscribersForNotificationCommand).callsFake(slow('DescribeSubscribersForNotification', { Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'a@example.com' }] }));
mockClient(CostExplorerClient).on(GetCostAndUsageCommand).callsFake(slow('GetCostAndUsage', { ResultsByTime: [] }));

// The longest chain of dependent calls: identity (with the region list beside it) → budgets → notifications → subscribers.
const criticalPath = 4 * LATENCY;
const before = process.memoryUsage().rss;
const started = performance.now();
t0 = started;
const code = await main(['audit', '--format', 'json'], { stdout: () => undefined, stderr: (text) => process.stderr.write(text), env: process.env, cwd: process.cwd(), stdoutIsTty: false, stderrIsTty: false });
const wall = performance.now() - started;
const repeated = [...seen.entries()].filter(([, count]) => count > 1).length;
if (process.env.BENCH_DEBUG) for (const [key, count] of seen) if (count > 1) console.log(count, key);
console.log('\n# live audit, 17 regions, %d ms per call (SDK mocked in-process)', LATENCY);
const collecting = performance.now() - (firstCall ?? started);
console.log(`exit ${code}; ${calls} calls, ${repeated} repeated; wall ${wall.toFixed(0)} ms (of which ${(wall - collecting).toFixed(0)} ms start-up before the first call); first call to end ${collecting.toFixed(0)} ms; critical path ${criticalPath} ms; ratio ${(collecting / criticalPath).toFixed(2)} (target ≤ 1.5); rss +${((process.memoryUsage().rss - before) / 1e6).toFixed(0)} MB`);

// ── an organization: N accounts through AssumeRole, --concurrency at a time ─────────────────────
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const ACCOUNT_CONCURRENCY = Number(process.env.BENCH_ACCOUNT_CONCURRENCY ?? 8);
const ids = Array.from({ length: ACCOUNTS }, (_, index) => String(200000000000 + index));
const { ListAccountsCommand } = await import('@aws-sdk/client-organizations');
const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
orgs.on(ListAccountsCommand).callsFake(async (input: { NextToken?: string }) => {
  await new Promise((resolve) => setTimeout(resolve, LATENCY));
  const start = Number(input.NextToken ?? 0);
  const page = ids.slice(start, start + 20).map((Id) => ({ Id, State: 'ACTIVE' }));
  return { Accounts: page, ...(start + 20 < ids.length ? { NextToken: String(start + 20) } : {}) };
});
sts.on(AssumeRoleCommand).callsFake(slow('AssumeRole', { Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) } }));
calls = 0;
const orgBefore = process.memoryUsage().rss;
const orgStarted = performance.now();
const orgCode = await main(['audit', '--org', '--format', 'json', '--concurrency', String(ACCOUNT_CONCURRENCY)], { stdout: () => undefined, stderr: (text) => process.stderr.write(text), env: process.env, cwd: process.cwd(), stdoutIsTty: false, stderrIsTty: false });
const orgWall = performance.now() - orgStarted;
// Floor: the accounts in waves of --concurrency, each wave one AssumeRole plus one account's critical path.
const orgFloor = Math.ceil(ACCOUNTS / ACCOUNT_CONCURRENCY) * (LATENCY + criticalPath);
console.log('\n# organization of %d accounts, %d at once, %d ms per call (SDK mocked in-process)', ACCOUNTS, ACCOUNT_CONCURRENCY, LATENCY);
const peak = process.memoryUsage().rss - orgBefore;
// The mocks keep every call (and the client that sent it); forget them to see what the tool itself holds.
for (const mock of [sts, iam, orgs, ct, cfg, gd, budgets]) mock.resetHistory();
(globalThis as { gc?: () => void }).gc?.();
console.log(`exit ${orgCode}; ${calls} calls; wall ${orgWall.toFixed(0)} ms; floor ${orgFloor} ms; ratio ${(orgWall / orgFloor).toFixed(2)} (target ≤ 1.5); rss +${(peak / 1e6).toFixed(0)} MB at the end (mock call records included); heap after the mocks forget: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
