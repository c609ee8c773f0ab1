import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { AttachUserPolicyCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateAccountCommand, CreateOrganizationCommand, DescribeCreateAccountStatusCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { DeleteBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, credentialsFor, type ReportResult, resultsOf, Scenario } from './support/scenario.js';
import { type AwsCall, awsError, ok } from './support/standin.js';
import { AccountState, accountWith } from './support/states.js';

/**
 * An AWS Control Tower landing zone as security teams run it: the management account, the log archive
 * and audit accounts, two enrolled workload accounts. Set through the real APIs on moto; what moto does
 * not model is answered by the stand-in as AWS answers it, each answer with its source:
 * - the Region deny control: an SCP that denies every regional call outside the governed regions,
 *   answered "… with an explicit deny in a service control policy" (IAM User Guide, "Troubleshoot access
 *   denied error messages"). SCPs never apply to the management account (Organizations User Guide, "SCP effects").
 * - Firewall Manager with no administrator: AccessDeniedException "Account: … is not currently delegated
 *   by AWS FM" to the management account and to members alike (what FMS answers; users' reports since 2022).
 * - the organization trail, seen by members as a shadow trail (CloudTrail User Guide, "Organization
 *   trails"): DescribeTrails lists it; its status read by a member carries no delivery fields.
 * - GetAccountAuthorizationDetails with each user's PermissionsBoundary (IAM API reference, UserDetail),
 *   which moto leaves out (nor does it serve PutUserPermissionsBoundary).
 */
const GOVERNED = ['us-east-1', 'eu-west-1'];
const DENIED_REGION = 'ap-northeast-1';
const REGIONS = [...GOVERNED, DENIED_REGION].map((name) => ({ name, status: 'ENABLED_BY_DEFAULT' }));
const ORG_TRAIL = 'aws-controltower-BaselineCloudTrail';
const CHECKS = ['iam.admin-mfa', 'iam.identity-center', 'fms.admin-account', 'cloudtrail.multi-region', 'cloudtrail.cloudwatch-logs', 'config.recorder', 'billing.iam-access', 'billing.budget', 'billing.budget-alerts', 'guardduty.enabled'];
const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

interface OrgReport {
  accounts: { id: string; results: ReportResult[] }[];
}

describe('a Control Tower landing zone: management, log archive, audit, two enrolled members', () => {
  let management: Scenario;
  let trailArn = '';
  const members: Record<'logArchive' | 'audit' | 'workloads' | 'sandbox', string> = { logArchive: '', audit: '', workloads: '', sandbox: '' };
  const credentials = new Map<string, Credentials>();

  beforeAll(async () => {
    management = await Scenario.create({ regions: REGIONS });
    const organizations = new OrganizationsClient(management.config());
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (const name of Object.keys(members) as (keyof typeof members)[]) {
      const { CreateAccountStatus } = await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
      const { CreateAccountStatus: status } = await organizations.send(new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: CreateAccountStatus?.Id }));
      if (!status?.AccountId) throw new Error(`moto created no account for ${name}`);
      members[name] = status.AccountId;
      const issued = await credentialsFor(status.AccountId);
      credentials.set(status.AccountId, issued);
      management.aws.accounts.set(issued.accessKeyId, status.AccountId); // a member audited alone signs with these

    }
    // Control Tower's baseline: GuardDuty and Config in the governed regions of every enrolled account; the
    // management account, which no SCP binds, in every region.
    const managementState = new AccountState(management);
    for (const region of REGIONS.map((entry) => entry.name)) {
      await managementState.detector(region);
      await managementState.recorder(region);
    }
    for (const id of Object.values(members)) {
      const state = new AccountState(accountWith(id, credentials.get(id) as Credentials));
      for (const region of GOVERNED) {
        await state.detector(region);
        await state.recorder(region);
      }
    }
    // The organization trail, in the management account's home region, delivering to CloudWatch Logs too.
    await managementState.bucket(`aws-controltower-logs-${management.accountId}`);
    const trails = new CloudTrailClient(management.config());
    const created = await trails.send(
      new CreateTrailCommand({
        Name: ORG_TRAIL,
        S3BucketName: `aws-controltower-logs-${management.accountId}`,
        IsMultiRegionTrail: true,
        IsOrganizationTrail: true,
        EnableLogFileValidation: true,
        CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${management.accountId}:log-group:aws-controltower/CloudTrailLogs:*`,
        CloudWatchLogsRoleArn: `arn:aws:iam::${management.accountId}:role/aws-controltower-CloudWatchLogsRole`,
      }),
    );
    trailArn = created.TrailARN ?? '';
    await trails.send(new PutEventSelectorsCommand({ TrailName: ORG_TRAIL, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));
    await trails.send(new StartLoggingCommand({ Name: ORG_TRAIL }));
    // The organization's budget lives in the payer account, for every account.
    await managementState.budget('organization-monthly', { alert: true });
    // A developer of the management account with AWS's PowerUserAccess as far as it matters (everything but IAM, Organizations
    // and Account): sts:AssumeRole on every role, the members' AWSControlTowerExecution and OrganizationAccountAccessRole included.
    await managementState.user('platform-dev', { console: true });
    await new IAMClient(management.config()).send(
      new PutUserPolicyCommand({ UserName: 'platform-dev', PolicyName: 'power-user', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }] }) }),
    );

    // A workload account's IAM users, each an administrator set-up the issue names.
    const workloads = accountWith(members.workloads, credentials.get(members.workloads) as Credentials);
    const users = new AccountState(workloads);
    const iam = new IAMClient(workloads.config());
    const document = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
    await users.user('if-exists', { mfa: true, accessKey: true });
    await iam.send(new PutUserPolicyCommand({ UserName: 'if-exists', PolicyName: 'admin-if-mfa', PolicyDocument: document({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } } }) }));
    await users.user('deny-unless-mfa', { mfa: true, accessKey: true });
    await users.managedAdmin('deny-unless-mfa', 'direct');
    // IAM User Guide, "IAM: Allows MFA-authenticated IAM users to manage their own credentials", DenyAllExceptListedIfNoMFA.
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'deny-unless-mfa',
        PolicyName: 'force-mfa',
        PolicyDocument: document({ Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      }),
    );
    await users.user('capped', { accessKey: true });
    await iam.send(new AttachUserPolicyCommand({ UserName: 'capped', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
    // Its boundary, AmazonS3ReadOnlyAccess: moto serves no PutUserPermissionsBoundary, so the boundary is in the stand-in's answer (below).
    await users.user('console-and-key', { console: true, accessKey: true });
    await users.managedAdmin('console-and-key', 'group');
  }, 240_000);
  afterAll(() => management.stop());

  const isMember = (call: AwsCall) => call.account !== undefined && call.account !== management.accountId;

  /** What AWS answers in this landing zone where moto cannot. */
  function landingZone(): void {
    management.aws.reset();
    // Firewall Manager has no administrator: its answer to everyone who asks.
    management.aws.when('fms:GetAdminAccount', (call) => awsError(call, 400, 'AccessDeniedException', `Account: ${call.account ?? 'unknown'} is not currently delegated by AWS FM.`));
    // The organization's IAM Identity Center lives in the management account: a member lists none (sso-admin ListInstances
    // answers the caller's own instances; moto keeps one in every account).
    management.aws.when('sso:ListInstances', (call) => (isMember(call) ? ok(call, { Instances: [] }) : undefined));
    // Only the management account may list the root-access features.
    management.aws.when('iam:ListOrganizationsFeatures', (call) =>
      isMember(call)
        ? awsError(call, 400, 'AccountNotManagementOrDelegatedAdministratorException', 'The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.')
        : ok(call, '<OrganizationId>o-abcdefghij</OrganizationId><EnabledFeatures></EnabledFeatures>'),
    );
    // Members see the organization trail as a shadow trail in every region.
    management.aws.when('cloudtrail:DescribeTrails', (call) =>
      isMember(call)
        ? {
            kind: 'rewrite',
            edit: (body) => {
              const answer = JSON.parse(body) as { trailList?: object[] };
              const shadow = { Name: ORG_TRAIL, TrailARN: trailArn, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: true, LogFileValidationEnabled: true, S3BucketName: `aws-controltower-logs-${management.accountId}`, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${management.accountId}:log-group:aws-controltower/CloudTrailLogs:*` };
              return JSON.stringify({ ...answer, trailList: [...(answer.trailList ?? []), shadow] });
            },
          }
        : undefined,
    );
    // The organization trail's status: to a member, logging but without the delivery fields; to its owner, with them.
    management.aws.when('cloudtrail:GetTrailStatus', (call) => {
      if (!call.body.includes(ORG_TRAIL)) return undefined;
      if (isMember(call)) return ok(call, { IsLogging: true, StartLoggingTime: 1_735_689_600 });
      return { kind: 'rewrite', edit: (body) => JSON.stringify({ ...(JSON.parse(body) as object), LatestCloudWatchLogsDeliveryTime: 1_795_174_200, LatestDeliveryTime: 1_795_174_200 }) };
    });
    management.aws.when('cloudtrail:GetEventSelectors', (call) => (isMember(call) && call.body.includes(ORG_TRAIL) ? ok(call, { TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] }) : undefined));
    // moto leaves PermissionsBoundary out of GetAccountAuthorizationDetails: AWS's UserDetail carries it.
    management.aws.when('iam:GetAccountAuthorizationDetails', () => ({
      kind: 'rewrite',
      edit: (body) => body.replace('<UserName>capped</UserName>', `<UserName>capped</UserName><PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>${S3_READ_ONLY}</PermissionsBoundaryArn></PermissionsBoundary>`),
    }));
    // The Region deny control, last so that it wins: regional calls outside the governed regions, from any enrolled account.
    management.aws.on((call) =>
      isMember(call) && call.region === DENIED_REGION && ['guardduty', 'config', 'cloudtrail'].includes(call.service)
        ? awsError(call, 400, 'AccessDeniedException', `User: arn:aws:sts::${call.account ?? ''}:assumed-role/AWSControlTowerExecution/aws-baseline is not authorized to perform: ${call.service}:${call.operation} with an explicit deny in a service control policy`)
        : undefined,
    );
  }

  it('an --org audit from the management account: verdicts as AWS means them, and exit 1 (findings), never 3', async () => {
    landingZone();
    const run = await management.run(['audit', '--org', '--parallel', '1', '--role-name', 'AWSControlTowerExecution', '--checks', CHECKS.join(','), '--format', 'json'], { timeoutMs: 180_000 });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(run.stdout) as OrgReport;
    const of = (account: string, check: string) => report.accounts.find((entry) => entry.id === account)?.results.filter((result) => result.checkId === check) ?? [];
    const verdict = (account: string, check: string) => of(account, check).map((result) => `${result.region}:${result.status}:${result.messageKey}`).sort();

    expect(report.accounts.map((account) => account.id).sort()).toEqual([management.accountId, ...Object.values(members)].sort());
    expect(resultsOf(run.stdout).filter((result) => result.status === 'ERROR')).toEqual([]);
    expect(run.code).toBe(1);

    for (const id of Object.values(members)) {
      // The Region deny control: the organization's choice, not a grant the audit lacks.
      for (const check of ['guardduty.enabled', 'config.recorder']) {
        expect(verdict(id, check), `${id} ${check}`).toEqual(['ap-northeast-1:SKIPPED:engine.region-denied-by-organization', 'eu-west-1:PASS:' + (check === 'config.recorder' ? 'recording' : 'enabled'), 'us-east-1:PASS:' + (check === 'config.recorder' ? 'recording' : 'enabled')]);
        expect(of(id, check).find((result) => result.region === DENIED_REGION)?.message).toContain("denied by the organization's service control policy");
      }
      // The organization trail covers each member; its status comes from the management account.
      expect(verdict(id, 'cloudtrail.multi-region'), id).toEqual(['global:PASS:ok']);
      expect(verdict(id, 'cloudtrail.cloudwatch-logs'), id).toEqual(['global:PASS:delivering']);
      // Firewall Manager: judged by the management account's answer.
      expect(verdict(id, 'fms.admin-account'), id).toEqual(['global:FAIL:missing']);
      // Budgets live in the payer account.
      expect(verdict(id, 'billing.budget'), id).toEqual(['global:PASS:payer-budget']);
      expect(of(id, 'billing.budget')[0]?.message).toContain('organization-monthly');
      expect(verdict(id, 'billing.budget-alerts'), id).toEqual(['global:PASS:payer-alerting']);
      // A Cost Explorer read the payer enabled proves nothing of the billing console setting.
      expect(of(id, 'billing.iam-access')[0]?.status, id).toBe('MANUAL');
      // The organization's IAM Identity Center, read in the management account, serves each member.
      expect(verdict(id, 'iam.identity-center'), id).toEqual([expect.stringMatching(/^global:PASS:organization(-beside-iam-users)?$/)]);
      expect(of(id, 'iam.identity-center')[0]?.message).toContain(`in the management account ${management.accountId}`);
    }
    expect(verdict(management.accountId, 'iam.identity-center')).toEqual([expect.stringMatching(/^global:PASS:enabled(-beside-iam-users)?$/)]);
    expect(verdict(management.accountId, 'fms.admin-account')).toEqual(['global:FAIL:missing']);
    expect(verdict(management.accountId, 'guardduty.enabled').every((entry) => entry.includes(':PASS:'))).toBe(true);

    // Administrators as IAM evaluates their policies.
    expect(of(members.workloads, 'iam.admin-mfa').map((result) => `${result.resource.split('/').pop() ?? ''}:${result.status}:${result.messageKey}`).sort()).toEqual([
      'console-and-key:FAIL:console-no-mfa-and-key',
      'deny-unless-mfa:PASS:key-needs-mfa',
      'if-exists:FAIL:keys-without-mfa',
    ]);
    // In the management account, who may assume the role Control Tower and Organizations make in every member administers them.
    expect(of(management.accountId, 'iam.admin-mfa').map((result) => `${result.resource.split('/').pop() ?? ''}:${result.status}:${result.messageKey}`)).toEqual(['platform-dev:FAIL:console-no-mfa']);
    expect(of(management.accountId, 'iam.admin-mfa')[0]?.message).toContain('(inline:power-user, → sts:AssumeRole role/OrganizationAccountAccessRole in member accounts)');
    // Each organization-wide answer read once, in the management account.
    expect(management.aws.calls.filter((call) => call.operation === 'GetAdminAccount').map((call) => call.account)).toEqual([management.accountId]);
    expect(management.aws.calls.filter((call) => call.operation === 'DescribeBudgets').map((call) => call.account).sort()).toEqual([management.accountId, ...Object.values(members)].sort());
  }, 240_000);

  it('a member audited alone: what only the management account can read is MANUAL naming it; the audit is complete (exit 0)', async () => {
    landingZone();
    const run = await management.run(['audit', '--checks', 'fms.admin-account,billing.budget,billing.budget-alerts,cloudtrail.multi-region,cloudtrail.cloudwatch-logs,guardduty.enabled', '--format', 'json'], { credentials: credentials.get(members.sandbox) });
    const results = resultsOf(run.stdout);
    const byCheck = (id: string) => results.filter((result) => result.checkId === id);
    for (const id of ['fms.admin-account', 'billing.budget', 'billing.budget-alerts', 'cloudtrail.cloudwatch-logs']) {
      expect(byCheck(id).map((result) => result.status), id).toEqual(['MANUAL']);
      expect(byCheck(id)[0]?.message, id).toContain(management.accountId);
    }
    expect(byCheck('cloudtrail.multi-region').map((result) => result.status)).toEqual(['PASS']);
    expect(byCheck('guardduty.enabled').map((result) => `${result.region}:${result.status}`).sort()).toEqual(['ap-northeast-1:SKIPPED', 'eu-west-1:PASS', 'us-east-1:PASS']);
    expect(results.filter((result) => result.status === 'ERROR')).toEqual([]);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);

  it("a member under AWS's example region-deny SCP, which does not exempt sso: the denied region is set aside, and the organization's instance is the management account's (MANUAL)", async () => {
    landingZone();
    // Organizations User Guide, "Example SCPs": "Deny access to AWS based on the requested AWS Region" lists the global services it
    // exempts; IAM Identity Center (sso:) is not among them, so sso:ListInstances is denied outside the allowed regions.
    management.aws.on((call) =>
      isMember(call) && call.region === DENIED_REGION && call.service === 'sso'
        ? awsError(call, 400, 'AccessDeniedException', `User: arn:aws:sts::${call.account ?? ''}:assumed-role/AWSControlTowerExecution/aws-baseline is not authorized to perform: sso:${call.operation} with an explicit deny in a service control policy`)
        : undefined,
    );
    const run = await management.run(['audit', '--checks', 'iam.identity-center', '--format', 'json'], { credentials: credentials.get(members.sandbox) });
    expect(resultsOf(run.stdout).map((result) => `${result.status}:${result.messageKey}`)).toEqual(['MANUAL:member']);
    expect(resultsOf(run.stdout)[0]?.message).toContain(management.accountId);
    const asked = management.aws.calls.filter((call) => call.operation === 'ListInstances');
    expect(asked.map((call) => call.region)).toContain(DENIED_REGION);
    expect(new Set(asked.map((call) => call.account))).toEqual(new Set([members.sandbox]));
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);

  it('a trail that logs but whose bucket is gone (LatestDeliveryError NoSuchBucket) is no durable trace: FAIL naming the error', async () => {
    const alone = await Scenario.create({ regions: REGIONS.slice(0, 2) });
    try {
      const state = new AccountState(alone);
      const arn = await state.trail('gone');
      await new S3Client({ ...alone.config(), forcePathStyle: true }).send(new DeleteBucketCommand({ Bucket: `gone-${alone.accountId}-logs` }));
      // CloudTrail API reference, GetTrailStatus: LatestDeliveryError names the S3 error of the last delivery.
      alone.aws.when('cloudtrail:GetTrailStatus', () => ({ kind: 'rewrite', edit: (body) => JSON.stringify({ ...(JSON.parse(body) as object), LatestDeliveryError: 'NoSuchBucket' }) }));
      const run = await alone.run(['audit', '--checks', 'cloudtrail.multi-region', '--format', 'json']);
      const [result] = resultsOf(run.stdout);
      expect(result).toMatchObject({ status: 'FAIL', messageKey: 'delivery-error' });
      expect(result?.message).toContain(`gone-${alone.accountId}-logs (NoSuchBucket)`);
      expect(run.code).toBe(1);
      expect(arn).toContain(':trail/gone');
    } finally {
      await alone.stop();
    }
  }, 120_000);
});
