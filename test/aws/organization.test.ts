import { ListRegionsCommand } from '@aws-sdk/client-account';
import { ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { CredentialReportNotReadyException, GenerateCredentialReportCommand, GetAccountSummaryCommand, GetCredentialReportCommand, ListOrganizationsFeaturesCommand } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, ListAccountsCommand, ListAccountsForParentCommand, ListOrganizationalUnitsForParentCommand, ListRootsCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, type AssumeRoleCommandInput, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { awsError, CREDENTIAL_REPORT_CSV } from './live-helpers.js';
import { mockSdkClients } from './sdk-mocks.js';

const { mocks, resetMocks } = mockSdkClients();

const MANAGEMENT = '111111111111';
const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

interface Report {
  accounts: { id: string; ou?: { id: string; path: { id: string; name: string }[] }; results: { checkId: string; status: string; message: string; messageKey: string }[] }[];
}

/**
 * aws-sdk-client-mock replaces send(), so credentials are never resolved on their own; these answers
 * resolve them first, as a real call would, so a refused role fails every call of its account.
 */
const signed = <T>(value: T) => async (_input: unknown, getClient: () => { config: { credentials: () => Promise<unknown> } }) => {
  await getClient().config.credentials();
  return value;
};

/** An organization: the caller's (management) account, one member that trusts it, one that does not, one suspended. */
function organization() {
  mocks.organizations
    .on(ListAccountsCommand, { NextToken: undefined })
    .resolves({ Accounts: [{ Id: MANAGEMENT, State: 'ACTIVE' }, { Id: '222222222222', State: 'ACTIVE' }], NextToken: 'page-2' })
    .on(ListAccountsCommand, { NextToken: 'page-2' })
    .resolves({ Accounts: [{ Id: '333333333333', State: 'ACTIVE' }, { Id: '444444444444', State: 'SUSPENDED' }] });
  mocks.sts.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
    const account = input.RoleArn?.split(':')[4] ?? '';
    if (account === '333333333333') throw awsError('AccessDenied', `not authorized to perform: sts:AssumeRole on ${input.RoleArn}`, 403);
    return { Credentials: { AccessKeyId: `ASIA${account}`, SecretAccessKey: 'member-secret', SessionToken: 'member-token', Expiration: new Date(Date.now() + 3600_000) } };
  });
  // Who am I? Whatever the credentials of the client that asks say.
  mocks.sts.on(GetCallerIdentityCommand).callsFake(async (_input: unknown, getClient: () => STSClient) => {
    const { accessKeyId } = await getClient().config.credentials();
    const account = accessKeyId.startsWith('ASIA') ? accessKeyId.slice(4) : MANAGEMENT;
    return { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/audit/aws-baseline` };
  });
  mocks.account.on(ListRegionsCommand).callsFake(signed({ Regions: [{ RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }] }));
  mocks.organizations.on(DescribeOrganizationCommand).callsFake(signed({ Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: MANAGEMENT, FeatureSet: 'ALL' } }));
  mocks.guardduty.on(ListDetectorsCommand).callsFake(signed({ DetectorIds: [] }));
  // Its tree (Organizations API Reference: ListRoots, ListOrganizationalUnitsForParent, ListAccountsForParent): the root holds the management account, OU Workloads the members.
  mocks.organizations.on(ListRootsCommand).resolves({ Roots: [{ Id: 'r-ab12', Name: 'Root' }] });
  mocks.organizations.on(ListOrganizationalUnitsForParentCommand, { ParentId: 'r-ab12' }).resolves({ OrganizationalUnits: [{ Id: 'ou-ab12-11111111', Name: 'Workloads' }] });
  mocks.organizations.on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-ab12-11111111' }).resolves({ OrganizationalUnits: [] });
  mocks.organizations.on(ListAccountsForParentCommand, { ParentId: 'r-ab12' }).resolves({ Accounts: [{ Id: MANAGEMENT }] });
  mocks.organizations.on(ListAccountsForParentCommand, { ParentId: 'ou-ab12-11111111' }).resolves({ Accounts: [{ Id: '222222222222' }, { Id: '333333333333' }, { Id: '444444444444' }] });
}

beforeAll(() => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'base-secret';
});
afterAll(() => {
  process.env.AWS_ACCESS_KEY_ID = saved.id;
  process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
  if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
  if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
});
beforeEach(() => {
  resetMocks();
  organization();
});

describe('--org', () => {
  it('audits every active account, the caller\'s own without a role, members through theirs; a refused role is that account\'s ERROR alone', async () => {
    const run = await runCli(['audit', '--org', '--format', 'json', '--checks', 'guardduty.enabled,organizations.member', '--fail-on', 'none']);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.accounts.map((account) => account.id)).toEqual([MANAGEMENT, '222222222222', '333333333333']);
    const statuses = (id: string) => report.accounts.find((account) => account.id === id)?.results.map((result) => `${result.checkId}:${result.status}`);
    expect(statuses(MANAGEMENT)).toEqual(['organizations.member:PASS', 'guardduty.enabled:FAIL']);
    expect(statuses('222222222222')).toEqual(['organizations.member:PASS', 'guardduty.enabled:FAIL']);
    const refused = report.accounts.find((account) => account.id === '333333333333');
    expect(refused?.results.every((result) => result.status === 'ERROR')).toBe(true);
    expect(refused?.results[0]?.message).toContain('cannot assume arn:aws:iam::333333333333:role/OrganizationAccountAccessRole');
    expect(run.code).toBe(3);
    // one AssumeRole per member account, however many facts each needs; none for the caller's own
    expect(mocks.sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn)).toEqual([
      'arn:aws:iam::222222222222:role/OrganizationAccountAccessRole',
      'arn:aws:iam::333333333333:role/OrganizationAccountAccessRole',
    ]);
    expect(run.stdout + run.stderr).not.toContain('member-secret');
    // The organization is described once, for every account of it; its tree read once, each account placed.
    expect(mocks.organizations.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
    expect(mocks.organizations.commandCalls(ListRootsCommand)).toHaveLength(1);
    expect(report.accounts.map((account) => `${account.id} ${account.ou?.path.map((unit) => unit.name).join('/') ?? '-'}`)).toEqual([`${MANAGEMENT} Root`, '222222222222 Root/Workloads', '333333333333 Root/Workloads']);
    expect(run.stderr).toBe('');
    const junit = (await runCli(['audit', '--org', '--format', 'junit', '--checks', 'organizations.member', '--fail-on', 'none'])).stdout;
    expect(junit).toContain('<testsuite name="aws-baseline 222222222222" tests="1" failures="0" errors="0" skipped="0"');
    expect(junit).toMatch(/<testsuite name="aws-baseline 222222222222"[^\n]*>\n {4}<properties>\n {6}<property name="ou" value="Root \/ Workloads"\/>\n {6}<property name="ou_id" value="ou-ab12-11111111"\/>\n {4}<\/properties>/);
  });

  it('an account waiting for its credential report lends its slot: the next account starts meanwhile', async () => {
    const callerOf = async (getClient: () => { config: { credentials: unknown } }) => {
      const { accessKeyId } = await (getClient().config.credentials as () => Promise<{ accessKeyId: string }>)();
      return accessKeyId.startsWith('ASIA') ? accessKeyId.slice(4) : MANAGEMENT;
    };
    const events: string[] = [];
    mocks.sts.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
      const account = input.RoleArn?.split(':')[4] ?? '';
      events.push(`assume ${account}`);
      return { Credentials: { AccessKeyId: `ASIA${account}`, SecretAccessKey: 'member-secret', SessionToken: 'member-token', Expiration: new Date(Date.now() + 3600_000) } };
    });
    mocks.iam.on(GenerateCredentialReportCommand).callsFake(async (_input: unknown, getClient: () => { config: { credentials: unknown } }) => ({ State: (await callerOf(getClient)) === '222222222222' ? 'STARTED' : 'COMPLETE' }));
    // 222222222222's report is being made (AWS answers ReportInProgress, IAM API Reference) until the next account has started, or eight polls.
    let polls = 0;
    mocks.iam.on(GetCredentialReportCommand).callsFake(async (_input: unknown, getClient: () => { config: { credentials: unknown } }) => {
      const account = await callerOf(getClient);
      if (account === '222222222222' && !events.includes('assume 333333333333') && (polls += 1) < 8) throw new CredentialReportNotReadyException({ message: 'Credential report is being generated', $metadata: { httpStatusCode: 404 } });
      events.push(`report ${account}`);
      return { Content: new TextEncoder().encode(CREDENTIAL_REPORT_CSV.replaceAll('123456789012', account)), GeneratedTime: new Date() };
    });
    const run = await runCli(['audit', '--org', '--concurrency', '1', '--format', 'json', '--checks', 'iam.root-recent-use', '--fail-on', 'none']);
    expect((JSON.parse(run.stdout) as Report).accounts.map((account) => account.id)).toEqual([MANAGEMENT, '222222222222', '333333333333']);
    // One account at a time, but 333333333333 began while 222222222222 waited for its report.
    expect(events.indexOf('assume 333333333333')).toBeLessThan(events.indexOf('report 222222222222'));
    expect(polls).toBeLessThan(8);
  });

  it('--ous audits the accounts under those units only; a tree that cannot be read is a warning without --ous, and stops the audit with it', async () => {
    const under = JSON.parse((await runCli(['audit', '--org', '--ous', 'ou-ab12-11111111', '--format', 'json', '--checks', 'organizations.member', '--fail-on', 'none'])).stdout) as Report;
    expect(under.accounts.map((account) => account.id)).toEqual(['222222222222', '333333333333']);
    expect(JSON.parse((await runCli(['audit', '--org', '--ous', 'r-ab12', '--format', 'json', '--checks', 'organizations.member', '--fail-on', 'none'])).stdout).accounts).toHaveLength(3);
    mocks.organizations.on(ListRootsCommand).rejects(awsError('AccessDeniedException', 'You don\'t have permissions to access this resource.', 400));
    const unread = await runCli(['audit', '--org', '--format', 'json', '--checks', 'organizations.member', '--fail-on', 'none']);
    expect(unread.stderr).toContain("warning: the organization's units could not be read");
    expect((JSON.parse(unread.stdout) as Report).accounts.map((account) => account.ou)).toEqual([undefined, undefined, undefined]);
    const refused = await runCli(['audit', '--org', '--ous', 'ou-ab12-11111111', '--checks', 'organizations.member']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--ous: cannot read the organization's units");
    expect((await runCli(['audit', '--ous', 'ou-ab12-11111111'])).stderr).toContain('--ous picks organizational units of --org');
    expect((await runCli(['audit', '--org', '--ous', 'prod'])).stderr).toContain('is not a list of organizational unit ids');
  });

  it('reads what only the management account can (root-access features, its organization trail\'s status) once there, for every member', async () => {
    const trail = `arn:aws:cloudtrail:us-east-1:${MANAGEMENT}:trail/org`;
    const callerOf = async (getClient: () => { config: { credentials: unknown } }) => {
      const { accessKeyId } = await (getClient().config.credentials as () => Promise<{ accessKeyId: string }>)();
      return accessKeyId.startsWith('ASIA') ? accessKeyId.slice(4) : MANAGEMENT;
    };
    mocks.cloudtrail.on(DescribeTrailsCommand).callsFake(signed({ trailList: [{ Name: 'org', TrailARN: trail, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: true }] }));
    mocks.cloudtrail.on(GetTrailStatusCommand).callsFake(async (_input: unknown, getClient: () => { config: { credentials: unknown } }) => {
      if ((await callerOf(getClient)) !== MANAGEMENT) throw awsError('TrailNotFoundException', `Unknown trail: ${trail}`, 400);
      return { IsLogging: true };
    });
    mocks.cloudtrail.on(GetEventSelectorsCommand).callsFake(signed({ TrailARN: 'arn:aws:cloudtrail:us-east-1:111111111111:trail/org', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));
    mocks.iam.on(GetAccountSummaryCommand).callsFake(signed({ SummaryMap: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 0 } }));
    mocks.iam.on(ListOrganizationsFeaturesCommand).callsFake(async (_input: unknown, getClient: () => { config: { credentials: unknown } }) => {
      if ((await callerOf(getClient)) !== MANAGEMENT) throw awsError('AccountNotManagementOrDelegatedAdministratorException', 'not the management account', 400);
      return { OrganizationId: 'o-a1b2c3d4e5', EnabledFeatures: ['RootCredentialsManagement'] };
    });
    const run = await runCli(['audit', '--org', '--format', 'json', '--checks', 'cloudtrail.multi-region,iam.root-mfa', '--fail-on', 'none']);
    const report = JSON.parse(run.stdout) as Report;
    const member = report.accounts.find((account) => account.id === '222222222222');
    expect(member?.results.map((result) => `${result.checkId}:${result.status}:${result.messageKey}`)).toEqual(['iam.root-mfa:PASS:central', 'cloudtrail.multi-region:PASS:ok']);
    expect(mocks.iam.commandCalls(ListOrganizationsFeaturesCommand)).toHaveLength(1);
    expect(mocks.cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(1);
  });

  it('--accounts that does not name the caller reads nothing of the caller\'s account (no credential report generated there, no regional reads)', async () => {
    const callers: string[] = [];
    const who = (command: string) => async (_input: unknown, getClient: () => { config: { credentials: () => Promise<{ accessKeyId: string }> } }) => {
      const { accessKeyId } = await getClient().config.credentials();
      callers.push(`${command}:${accessKeyId.startsWith('ASIA') ? accessKeyId.slice(4) : MANAGEMENT}`);
      return command === 'ListDetectors' ? { DetectorIds: [] } : { State: 'COMPLETE' };
    };
    mocks.guardduty.on(ListDetectorsCommand).callsFake(who('ListDetectors'));
    mocks.iam.on(GenerateCredentialReportCommand).callsFake(who('GenerateCredentialReport'));
    await runCli(['audit', '--accounts', '222222222222', '--parallel', '1', '--checks', 'guardduty.enabled,iam.user-console-mfa', '--format', 'json', '--timeout', '5']);
    expect(callers.filter((call) => call.endsWith(`:${MANAGEMENT}`))).toEqual([]);
    expect(callers).toContain('GenerateCredentialReport:222222222222');
    expect(callers).toContain('ListDetectors:222222222222');
  });

  it("a member whose role answers as another account: nothing read with it is judged for the member", async () => {
    mocks.sts.on(GetCallerIdentityCommand).callsFake(async (_input: unknown, getClient: () => STSClient) => {
      const { accessKeyId } = await getClient().config.credentials();
      const account = accessKeyId.startsWith('ASIA') ? '999999999999' : MANAGEMENT; // every role lands in one account
      return { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/audit/aws-baseline` };
    });
    const run = await runCli(['audit', '--accounts', '222222222222', '--parallel', '1', '--checks', 'guardduty.enabled', '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(run.stdout) as Report;
    const results = report.accounts.find((account) => account.id === '222222222222')?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.status === 'ERROR')).toBe(true);
    expect(results[0]?.message).toContain('answer as account 999999999999');
    expect(run.code).toBe(3);
  });

  it('--role-name and --external-id shape the role assumed', async () => {
    await runCli(['audit', '--accounts', '222222222222', '--role-name', 'SecurityAudit', '--external-id', 'ext-123', '--checks', 'guardduty.enabled', '--format', 'json']);
    expect(mocks.sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({ RoleArn: 'arn:aws:iam::222222222222:role/SecurityAudit', ExternalId: 'ext-123', RoleSessionName: 'aws-baseline' });
    expect(mocks.organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
  });

  it('cannot list the accounts: exit 2 with what to do', async () => {
    mocks.organizations.on(ListAccountsCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform organizations:ListAccounts', 403));
    const run = await runCli(['audit', '--org']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot list the organization's accounts .* run from the management account/);
  });

  it('an account list that is not AWS\'s (an id that is no account id) stops the audit: no role ARN is made of it', async () => {
    mocks.organizations.on(ListAccountsCommand).resolves({ Accounts: [{ Id: '../../etc', Status: 'ACTIVE' }] });
    const run = await runCli(['audit', '--org']);
    expect(run.code).toBe(3); // an audit that could not start: no report, and never a pass
    expect(run.stderr).toMatch(/cannot list the organization's accounts .*not what AWS sends \(a 12-digit account id\).*run the audit again/);
    expect(mocks.sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });

  it('rejects bad account ids and --snapshot with --org', async () => {
    expect((await runCli(['audit', '--accounts', '12345'])).stderr).toMatch(/"12345" is not a list of 12-digit account ids/);
    expect((await runCli(['audit', '--org', '--snapshot', 'fixtures/accounts/insecure.json'])).stderr).toMatch(/--org and --accounts audit live accounts; --snapshot replays what a snapshot holds/);
  });

  it('past 20 accounts, SARIF goes to several files of at most 20 runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-org-'));
    const ids = Array.from({ length: 23 }, (_, index) => String(500000000000 + index));
    await runCli(['audit', '--accounts', ids.join(','), '--checks', 'guardduty.enabled', '--format', `sarif=${dir}/org.sarif`, '--concurrency', '8']);
    const runs = (file: string) => (JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { runs: { automationDetails: { id: string } }[] }).runs;
    expect(runs('org.sarif')).toHaveLength(20);
    expect(runs('org-2.sarif').map((run) => run.automationDetails.id)).toEqual(ids.slice(20).map((id) => `aws-baseline/${id}/`));
  });

  it('policy --org adds what the caller needs', async () => {
    const policy = JSON.parse((await runCli(['policy', '--org'])).stdout) as { Statement: { Action: string[] }[] };
    expect(policy.Statement.flatMap((statement) => statement.Action)).toEqual(expect.arrayContaining(['organizations:ListAccounts', 'sts:AssumeRole']));
  });
});
