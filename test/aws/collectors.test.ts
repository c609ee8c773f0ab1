import { GetAlternateContactCommand, ListRegionsCommand } from '@aws-sdk/client-account';
import { budgetCoverage } from '../../src/facts/services/budgets.js';
import { DescribeBudgetNotificationsForAccountCommand, DescribeBudgetsCommand, DescribeSubscribersForNotificationCommand } from '@aws-sdk/client-budgets';
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { DescribeInstancesCommand, DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetAdminAccountCommand } from '@aws-sdk/client-fms';
import { GetAdministratorAccountCommand, GetDetectorCommand, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import {
  CredentialReportNotReadyException,
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  ListOrganizationsFeaturesCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand } from '@aws-sdk/client-organizations';
import { type AnalyzerStatus, ListAnalyzersCommand, type Type } from '@aws-sdk/client-accessanalyzer';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { BatchGetProjectsCommand, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { DescribeTaskDefinitionCommand, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand } from '@aws-sdk/client-sagemaker';
import { GetBucketAclCommand, GetBucketPolicyStatusCommand, GetPublicAccessBlockCommand as GetBucketPublicAccessBlockCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { DescribeHubCommand } from '@aws-sdk/client-securityhub';
import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms';
import { ListInstancesCommand } from '@aws-sdk/client-sso-admin';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { DescribeTrustedAdvisorCheckSummariesCommand, DescribeTrustedAdvisorChecksCommand } from '@aws-sdk/client-support';
import { mockSdkClients } from './sdk-mocks.js';
import { afterEach, describe, expect, it } from 'vitest';
import { CollectError } from '../../src/facts/errors.js';
import { liveStore } from '../../src/aws/live.js';
import { AwsSession } from '../../src/aws/session.js';
import { awsError, CREDENTIAL_REPORT_CSV, freshStore, IDENTITY } from './live-helpers.js';
import { mayBeAssumedOrPassed, REPORT_POLL_DELAYS_MS } from '../../src/facts/services/iam.js';
import { type CollectContext, defineFact } from '../../src/facts/define.js';

const { mocks, resetMocks } = mockSdkClients();


afterEach(resetMocks);

describe('IAM collectors', () => {
  it('starts the report once, then polls the report itself until it is there, and parses absent values as absent', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    mocks.iam
      .on(GetCredentialReportCommand)
      .rejectsOnce(new CredentialReportNotReadyException({ message: 'Credential report is being generated', $metadata: { httpStatusCode: 404 } }))
      .resolves({ Content: new TextEncoder().encode(CREDENTIAL_REPORT_CSV), ReportFormat: 'text/csv', GeneratedTime: new Date('2026-11-20T08:30:00Z') });
    const sleeps: number[] = [];
    const { store } = freshStore({ sleeps });
    const { users: report, generatedAt } = await store.get('iam.credentialReport');
    expect(generatedAt).toBe('2026-11-20T08:30:00.000Z');
    expect(report).toHaveLength(2);
    expect(report[0]).toMatchObject({ user: '<root_account>', passwordEnabled: undefined, passwordLastUsed: '2026-11-01T10:00:00.000Z', mfaActive: true, accessKey1LastUsed: undefined });
    expect(report[1]).toMatchObject({ user: 'alice', passwordEnabled: true, passwordLastUsed: undefined, accessKey1Active: true, accessKey1LastUsed: '2026-11-19T00:30:00.000Z' });
    // the third wait is cut short by the answer to the second poll
    expect(sleeps).toEqual([50, 50, 50]);
    expect(mocks.iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(1);
    expect(mocks.iam.commandCalls(GetCredentialReportCommand)).toHaveLength(2);
    // a second reader shares the memo: no second report
    await store.get('iam.credentialReport');
    expect(mocks.iam.commandCalls(GetCredentialReportCommand)).toHaveLength(2);
  });

  it('reads a report that is already there at once, without waiting', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    mocks.iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(CREDENTIAL_REPORT_CSV), GeneratedTime: new Date('2026-11-20T08:30:00Z') });
    const sleeps: number[] = [];
    await expect(freshStore({ sleeps }).store.get('iam.credentialReport')).resolves.toMatchObject({ generatedAt: '2026-11-20T08:30:00.000Z' });
    expect(sleeps).toEqual([]);
  });

  it('while a new report is generated, an older one handed back is not taken for it: the generation is awaited instead', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED' }).resolvesOnce({ State: 'INPROGRESS' }).resolves({ State: 'COMPLETE' });
    const report = (at: string) => ({ Content: new TextEncoder().encode(CREDENTIAL_REPORT_CSV), GeneratedTime: new Date(at) });
    mocks.iam.on(GetCredentialReportCommand).resolvesOnce(report('2026-11-19T09:00:00Z')).resolves(report('2026-11-20T11:59:00Z'));
    const sleeps: number[] = [];
    await expect(freshStore({ sleeps }).store.get('iam.credentialReport')).resolves.toMatchObject({ generatedAt: '2026-11-20T11:59:00.000Z' });
    expect(mocks.iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(mocks.iam.commandCalls(GetCredentialReportCommand)).toHaveLength(2);
    expect(sleeps).toEqual([50, 50, 50, 50]);
  });

  it('sends each poll when its time comes, not when the one before answers, and abandons those left in flight', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    mocks.iam
      .on(GetCredentialReportCommand)
      .callsFakeOnce(() => new Promise(() => undefined))
      .callsFakeOnce(() => new Promise(() => undefined))
      .resolves({ Content: new TextEncoder().encode(CREDENTIAL_REPORT_CSV), GeneratedTime: new Date('2026-11-20T11:59:00Z') });
    await expect(freshStore().store.get('iam.credentialReport')).resolves.toMatchObject({ generatedAt: '2026-11-20T11:59:00.000Z' });
    const polls = mocks.iam.commandCalls(GetCredentialReportCommand);
    expect(polls).toHaveLength(3);
    const signals = polls.map((call) => ((call.args as unknown[])[1] as { abortSignal?: AbortSignal } | undefined)?.abortSignal);
    expect(signals.slice(0, 2).map((signal) => signal?.aborted)).toEqual([true, true]);
  });

  it('gives up on a report that never completes, with a timeout error', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    mocks.iam.on(GetCredentialReportCommand).rejects(new CredentialReportNotReadyException({ message: 'Credential report is being generated', $metadata: { httpStatusCode: 404 } }));
    const { store } = freshStore();
    await expect(store.get('iam.credentialReport')).rejects.toMatchObject({ kind: 'timeout', code: 'ReportGenerationTimeout' });
    expect(mocks.iam.commandCalls(GetCredentialReportCommand)).toHaveLength(REPORT_POLL_DELAYS_MS.length);
  });

  it('a refusal while polling is that refusal, not a wait', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    mocks.iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied', 'not authorized to perform iam:GetCredentialReport', 403));
    await expect(freshStore().store.get('iam.credentialReport')).rejects.toMatchObject({ kind: 'access-denied', operation: 'GetCredentialReport' });
    expect(mocks.iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
  });

  it('rejects a malformed report rather than inventing rows', async () => {
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    mocks.iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode('user,arn\n"unterminated,x') });
    await expect(freshStore().store.get('iam.credentialReport')).rejects.toBeInstanceOf(CollectError);
  });

  it('reads who can do what in one paginated GetAccountAuthorizationDetails, boundaries included, and the AWS-managed policies in use one by one', async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    const everything = (condition?: unknown) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', ...(condition ? { Condition: condition } : {}) }] }));
    const user = (name: string, extra: object = {}) => ({ UserName: name, Arn: `arn:aws:iam::123456789012:user/${name}`, GroupList: [], AttachedManagedPolicies: [], UserPolicyList: [], ...extra });
    mocks.iam
      .on(GetAccountAuthorizationDetailsCommand, { Marker: undefined })
      .resolves({
        UserDetailList: [
          user('carol', { AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }], GroupList: ['Admins'] }),
          user('dave', { UserPolicyList: [{ PolicyName: 'everything', PolicyDocument: everything() }], PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' } }),
          user('frank', { AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::123456789012:policy/AdministratorAccess' }] }),
        ],
        GroupDetailList: [{ GroupName: 'Admins', Arn: 'arn:aws:iam::123456789012:group/Admins', AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::123456789012:policy/Ops' }], GroupPolicyList: [] }],
        RoleDetailList: [],
        Policies: [
          { PolicyName: 'Ops', Arn: 'arn:aws:iam::123456789012:policy/Ops', PolicyVersionList: [{ IsDefaultVersion: false, Document: everything() }, { IsDefaultVersion: true, Document: everything({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }) }] },
          // merely named like the AWS-managed policy: it grants reads only
          { PolicyName: 'AdministratorAccess', Arn: 'arn:aws:iam::123456789012:policy/AdministratorAccess', PolicyVersionList: [{ IsDefaultVersion: true, Document: encodeURIComponent('{"Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}') }] },
          // no PolicyName (moto 5.2.1 leaves it out): the ARN's last segment is the name
          { Arn: 'arn:aws:iam::123456789012:policy/team/Unnamed', PolicyVersionList: [{ IsDefaultVersion: true, Document: everything() }] },
        ],
        IsTruncated: true,
        Marker: 'p2',
      })
      .on(GetAccountAuthorizationDetailsCommand, { Marker: 'p2' })
      .resolves({ UserDetailList: [user('erin', { GroupList: ['Admins'] })], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: false });
    mocks.iam.on(GetPolicyCommand, { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }).resolves({ Policy: { PolicyName: 'AmazonS3ReadOnlyAccess', DefaultVersionId: 'v3' } });
    mocks.iam.on(GetPolicyVersionCommand, { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', VersionId: 'v3' }).resolves({ PolicyVersion: { Document: encodeURIComponent('{"Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}') } });
    const details = await freshStore().store.get('iam.authorizationDetails');
    expect(details.users.map((entry) => [entry.name, entry.boundary])).toEqual([
      ['carol', undefined],
      ['dave', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      ['frank', undefined],
      ['erin', undefined],
    ]);
    expect(details.groups).toEqual([{ name: 'Admins', arn: 'arn:aws:iam::123456789012:group/Admins', attached: ['arn:aws:iam::123456789012:policy/Ops'], inline: [] }]);
    // The customer's policies from the details, with their other versions; the AWS-managed one in use read by itself (AdministratorAccess is known).
    expect(details.policies.map((policy) => policy.versions)).toEqual([[everything()], undefined, undefined, undefined]);
    expect(details.policies.map((policy) => [policy.name, policy.document !== undefined])).toEqual([
      ['Ops', true],
      ['AdministratorAccess', true],
      ['Unnamed', true],
      ['AmazonS3ReadOnlyAccess', true],
    ]);
    expect(mocks.iam.commandCalls(GetPolicyCommand)).toHaveLength(1);
    expect(mocks.iam.commandCalls(GetPolicyVersionCommand)).toHaveLength(1);
    expect(mocks.iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(2);
  });

  it('keeps the roles a principal of the account could be admitted to or pass to a service that runs code, with their trust policy and instance profiles, and reads only their AWS-managed policies', async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    const trust = (principal: unknown) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] }));
    const role = (name: string, principal: unknown, policy: string) => ({ RoleName: name, Arn: `arn:aws:iam::123456789012:role/${name}`, AssumeRolePolicyDocument: trust(principal), AttachedManagedPolicies: [{ PolicyArn: policy }], RolePolicyList: [] });
    mocks.iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [
        role('deploy', { AWS: 'arn:aws:iam::123456789012:root' }, 'arn:aws:iam::aws:policy/PowerUserAccess'),
        { ...role('ops', { AWS: ['arn:aws:iam::123456789012:user/ops'] }, 'arn:aws:iam::aws:policy/AdministratorAccess'), PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } },
        role('everyone', '*', 'arn:aws:iam::aws:policy/AdministratorAccess'),
        // A role EC2 runs as (through an instance profile): whoever may pass it and launch an instance acts as it.
        { ...role('web', { Service: 'ec2.amazonaws.com' }, 'arn:aws:iam::aws:policy/AdministratorAccess'), InstanceProfileList: [{ InstanceProfileName: 'web-profile', InstanceProfileId: 'AIPA0', Arn: 'arn:aws:iam::123456789012:instance-profile/web-profile', Path: '/', CreateDate: new Date(0), Roles: [] }] },
        // Another service's role, another account's, a federated identity's: no user of the account may assume them, or have them run its code.
        role('config-recorder', { Service: 'config.amazonaws.com' }, 'arn:aws:iam::aws:policy/service-role/AWS_ConfigRole'),
        role('AWSControlTowerExecution', { AWS: 'arn:aws:iam::999999999999:root' }, 'arn:aws:iam::aws:policy/AdministratorAccess'),
        role('AWSReservedSSO_Admin_0123', { Federated: 'arn:aws:iam::123456789012:saml-provider/AWSSSO_0123_DO_NOT_DELETE' }, 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
      ],
      Policies: [],
      IsTruncated: false,
    });
    for (const [arn, name] of [
      ['arn:aws:iam::aws:policy/PowerUserAccess', 'PowerUserAccess'],
      ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'ReadOnlyAccess'],
    ]) {
      mocks.iam.on(GetPolicyCommand, { PolicyArn: arn }).resolves({ Policy: { PolicyName: name, DefaultVersionId: 'v1' } });
      mocks.iam.on(GetPolicyVersionCommand, { PolicyArn: arn, VersionId: 'v1' }).resolves({ PolicyVersion: { Document: encodeURIComponent('{"Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}') } });
    }
    const details = await freshStore().store.get('iam.authorizationDetails');
    expect(details.roles?.map((entry) => [entry.name, entry.attached, entry.boundary])).toEqual([
      ['deploy', ['arn:aws:iam::aws:policy/PowerUserAccess'], undefined],
      ['ops', ['arn:aws:iam::aws:policy/AdministratorAccess'], 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
      ['everyone', ['arn:aws:iam::aws:policy/AdministratorAccess'], undefined],
      ['web', ['arn:aws:iam::aws:policy/AdministratorAccess'], undefined],
    ]);
    expect(details.roles?.map((entry) => entry.instanceProfiles)).toEqual([undefined, undefined, undefined, ['web-profile']]);
    expect(details.roles?.[0]?.trust).toBe(trust({ AWS: 'arn:aws:iam::123456789012:root' }));
    expect(details.policies.map((policy) => policy.name)).toEqual(['PowerUserAccess', 'ReadOnlyAccess']);
    expect(mocks.iam.commandCalls(GetPolicyCommand).map((call) => call.args[0].input.PolicyArn)).toEqual(['arn:aws:iam::aws:policy/PowerUserAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(mocks.iam.commandCalls(GetAccountAuthorizationDetailsCommand)[0]?.args[0].input.Filter).toEqual(['User', 'Group', 'Role', 'LocalManagedPolicy']);
  });

  it.each([
    ['the account', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }, true],
    ['the account by its id', { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' }, true],
    ['a role of the account', { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::999999999999:root', 'arn:aws:iam::123456789012:role/ci'] }, Action: 'sts:AssumeRole' }, true],
    ['everyone', { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }, true],
    ['every AWS principal', { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }, true],
    ['everyone but some', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }, true],
    ['another account', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }, false],
    ['a service that runs what it is given (Lambda)', { Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' }, true],
    ['a service that runs what it is given (CloudFormation)', { Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' }, true],
    ['a service that runs what it is given (EC2)', { Effect: 'Allow', Principal: { Service: ['firehose.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' }, true],
    ['a service that runs what it is given (CodeBuild)', { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }, true],
    ['another service', { Effect: 'Allow', Principal: { Service: ['config.amazonaws.com'] }, Action: 'sts:AssumeRole' }, false],
    ['a federated identity', { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/idp' }, Action: 'sts:AssumeRoleWithSAML' }, false],
  ])('keeps a role whose trust policy could admit a principal of the account, or a service that runs code: %s → %s', (_name, statement, kept) => {
    // Written as AWS returns it (URL-encoded), a statement alone or in a list.
    expect(mayBeAssumedOrPassed(encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [statement] })), '123456789012')).toBe(kept);
    expect(mayBeAssumedOrPassed(JSON.stringify({ Version: '2012-10-17', Statement: statement }), '123456789012')).toBe(kept);
  });

  it('keeps a role whose trust policy cannot be read (for the judgement to say so); not one with none', () => {
    expect(mayBeAssumedOrPassed('{not json', '123456789012')).toBe(true);
    expect(mayBeAssumedOrPassed(undefined, '123456789012')).toBe(false);
  });

  it('an answer without what AWS always sends is an error, never "no users" or "no administrators"', async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    mocks.iam.on(GetCredentialReportCommand).resolves({});
    mocks.iam.on(GetAccountAuthorizationDetailsCommand).resolves({ IsTruncated: false });
    const { store } = freshStore();
    await expect(store.get('iam.credentialReport')).rejects.toMatchObject({ code: 'NotAnAwsAnswer' });
    await expect(store.get('iam.authorizationDetails')).rejects.toMatchObject({ code: 'NotAnAwsAnswer' });
  });

  it.each(['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'])('an authorization details page without %s is an error, never "no administrator through it"', async (left) => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    const page = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: false };
    mocks.iam.on(GetAccountAuthorizationDetailsCommand).resolves(Object.fromEntries(Object.entries(page).filter(([member]) => member !== left)));
    await expect(freshStore().store.get('iam.authorizationDetails')).rejects.toMatchObject({ kind: 'malformed', code: 'NotAnAwsAnswer', message: expect.stringContaining(`no ${left}`) as unknown });
  });

  it('reads the account summary and virtual MFA devices across pages', async () => {
    mocks.iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 } });
    mocks.iam
      .on(ListVirtualMFADevicesCommand, { Marker: undefined })
      .resolves({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/root', User: { Arn: 'arn:aws:iam::123456789012:root', UserName: '', UserId: '', Path: '/', CreateDate: new Date() } }], IsTruncated: true, Marker: 'v1' })
      .on(ListVirtualMFADevicesCommand, { Marker: 'v1' })
      .resolves({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/unassigned' }], IsTruncated: false });
    const { store } = freshStore();
    expect(await store.get('iam.accountSummary')).toEqual({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 });
    expect(await store.get('iam.virtualMfaDevices')).toEqual([
      { serialNumber: 'arn:aws:iam::123456789012:mfa/root', userArn: 'arn:aws:iam::123456789012:root' },
      { serialNumber: 'arn:aws:iam::123456789012:mfa/unassigned' },
    ]);
  });
});

describe('regions', () => {
  it("keeps only the caller's partition when an endpoint lists regions of others", async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.account.on(ListRegionsCommand).resolves({
      Regions: ['us-east-1', 'cn-north-1', 'us-gov-west-1', 'us-isob-east-1', 'cn-south-9', 'eu-west-1'].map((RegionName) => ({ RegionName, RegionOptStatus: 'ENABLED_BY_DEFAULT' as const })),
    });
    expect((await freshStore().store.get('account.regions')).map((region) => region.name)).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('lists regions with account:ListRegions, enabled by opt-in status', async () => {
    mocks.account
      .on(ListRegionsCommand, { NextToken: undefined })
      .resolves({ Regions: [{ RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }], NextToken: 't' })
      .on(ListRegionsCommand, { NextToken: 't' })
      .resolves({ Regions: [{ RegionName: 'af-south-1', RegionOptStatus: 'DISABLED' }, { RegionName: 'ap-east-1', RegionOptStatus: 'ENABLED' }] });
    const regions = await freshStore().store.get('account.regions');
    expect(regions.map((region) => [region.name, region.enabled])).toEqual([
      ['af-south-1', false],
      ['ap-east-1', true],
      ['us-east-1', true],
    ]);
    expect(mocks.ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(0);
  });

  it('falls back to EC2 DescribeRegions where ListRegions is refused', async () => {
    mocks.account.on(ListRegionsCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    mocks.ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' }, { RegionName: 'me-south-1', OptInStatus: 'not-opted-in' }] });
    const regions = await freshStore().store.get('account.regions');
    expect(regions.map((region) => [region.name, region.enabled])).toEqual([
      ['eu-west-1', true],
      ['me-south-1', false],
    ]);
  });

  it('reports the first refusal when both are refused', async () => {
    mocks.account.on(ListRegionsCommand).rejects(awsError('AccessDeniedException', 'no ListRegions', 403));
    mocks.ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 'no DescribeRegions', 403));
    await expect(freshStore().store.get('account.regions')).rejects.toMatchObject({ kind: 'access-denied', operation: 'ListRegions' });
  });
});

describe('alternate contacts', () => {
  it('reads each type: a contact is set, ResourceNotFoundException is none set', async () => {
    mocks.account
      .on(GetAlternateContactCommand, { AlternateContactType: 'SECURITY' })
      .resolves({ AlternateContact: { AlternateContactType: 'SECURITY', EmailAddress: 'security@example.com', Name: 'Security', PhoneNumber: '+81 3 0000 0000', Title: 'SOC' } })
      .on(GetAlternateContactCommand, { AlternateContactType: 'BILLING' })
      .resolves({ AlternateContact: { AlternateContactType: 'BILLING', EmailAddress: 'billing@example.com' } })
      .on(GetAlternateContactCommand, { AlternateContactType: 'OPERATIONS' })
      .rejects(awsError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404));
    expect(await freshStore().store.get('account.alternateContacts')).toEqual({ BILLING: true, OPERATIONS: false, SECURITY: true });
  });

  it('a refusal of any type is that refusal; a 200 without the contact is not AWS\'s answer', async () => {
    mocks.account.on(GetAlternateContactCommand).resolves({ AlternateContact: { AlternateContactType: 'BILLING' } }).on(GetAlternateContactCommand, { AlternateContactType: 'SECURITY' }).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    await expect(freshStore().store.get('account.alternateContacts')).rejects.toMatchObject({ kind: 'access-denied', operation: 'GetAlternateContact' });
    mocks.account.reset();
    mocks.account.on(GetAlternateContactCommand).resolves({});
    await expect(freshStore().store.get('account.alternateContacts')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('Security Hub', () => {
  it('on where DescribeHub answers with the hub, off where it says the account is not subscribed; a refusal stays a refusal', async () => {
    mocks.securityhub.on(DescribeHubCommand).resolves({ HubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', SubscribedAt: '2026-01-01T00:00:00.000Z' });
    expect(await freshStore().store.get('securityhub.hub', 'us-east-1')).toEqual({ enabled: true });
    mocks.securityhub.reset();
    mocks.securityhub.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', 'Account 123456789012 is not subscribed to AWS Security Hub', 401));
    expect(await freshStore().store.get('securityhub.hub', 'us-east-1')).toEqual({ enabled: false });
    mocks.securityhub.reset();
    mocks.securityhub.on(DescribeHubCommand).rejects(awsError('AccessDeniedException', 'User is not authorized to perform: securityhub:DescribeHub', 403));
    await expect(freshStore().store.get('securityhub.hub', 'us-east-1')).rejects.toMatchObject({ kind: 'access-denied' });
    mocks.securityhub.reset();
    mocks.securityhub.on(DescribeHubCommand).resolves({});
    await expect(freshStore().store.get('securityhub.hub', 'us-east-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('S3 Block Public Access (account)', () => {
  it("asks for the audited account's settings; a setting AWS leaves out is off; none configured is null; a refusal stays a refusal", async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.s3control.on(GetPublicAccessBlockCommand, { AccountId: '123456789012' }).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false } });
    expect(await freshStore().store.get('s3control.publicAccessBlock')).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false });
    mocks.s3control.reset();
    mocks.s3control.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404));
    expect(await freshStore().store.get('s3control.publicAccessBlock')).toBeNull();
    mocks.s3control.reset();
    mocks.s3control.on(GetPublicAccessBlockCommand).rejects(awsError('AccessDenied', 'Access Denied', 403));
    await expect(freshStore().store.get('s3control.publicAccessBlock')).rejects.toMatchObject({ kind: 'access-denied', operation: 'GetPublicAccessBlock' });
    mocks.s3control.reset();
    mocks.s3control.on(GetPublicAccessBlockCommand).resolves({});
    await expect(freshStore().store.get('s3control.publicAccessBlock')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe("S3 buckets (a trail's)", () => {
  it("lists this account's buckets across pages; a bucket's own settings, its policy's status and its ACL's public grants; what AWS calls none is none, and only that", async () => {
    mocks.s3.on(ListBucketsCommand, { ContinuationToken: undefined }).resolves({ Buckets: [{ Name: 'logs' }], ContinuationToken: 'next' });
    mocks.s3.on(ListBucketsCommand, { ContinuationToken: 'next' }).resolves({ Buckets: [{ Name: 'assets' }] });
    expect(await freshStore().store.get('s3buckets.owned')).toEqual(['assets', 'logs']);
    expect(mocks.s3.commandCalls(ListBucketsCommand)[0]?.args[0].input.MaxBuckets).toBe(10_000);
    mocks.s3.reset();
    mocks.s3.on(ListBucketsCommand).resolves({});
    await expect(freshStore().store.get('s3buckets.owned')).rejects.toMatchObject({ kind: 'malformed' });

    mocks.s3.on(GetBucketPublicAccessBlockCommand, { Bucket: 'logs' }).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true } });
    expect(await freshStore().store.get('s3buckets.publicAccessBlock', 'logs')).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: true });
    mocks.s3.on(GetBucketPublicAccessBlockCommand, { Bucket: 'logs' }).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404));
    expect(await freshStore().store.get('s3buckets.publicAccessBlock', 'logs')).toBeNull();
    // A bucket gone is no "none set": an error of its own.
    mocks.s3.on(GetBucketPublicAccessBlockCommand, { Bucket: 'logs' }).rejects(awsError('NoSuchBucket', 'The specified bucket does not exist', 404));
    await expect(freshStore().store.get('s3buckets.publicAccessBlock', 'logs')).rejects.toMatchObject({ kind: 'not-found', code: 'NoSuchBucket' });

    mocks.s3.on(GetBucketPolicyStatusCommand, { Bucket: 'logs' }).resolves({ PolicyStatus: { IsPublic: true } });
    expect(await freshStore().store.get('s3buckets.policyPublic', 'logs')).toBe(true);
    mocks.s3.on(GetBucketPolicyStatusCommand, { Bucket: 'logs' }).rejects(awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404));
    expect(await freshStore().store.get('s3buckets.policyPublic', 'logs')).toBe(false);
    mocks.s3.on(GetBucketPolicyStatusCommand, { Bucket: 'logs' }).rejects(awsError('AccessDenied', 'Access Denied', 403));
    await expect(freshStore().store.get('s3buckets.policyPublic', 'logs')).rejects.toMatchObject({ kind: 'access-denied' });
    mocks.s3.on(GetBucketPolicyStatusCommand, { Bucket: 'logs' }).resolves({});
    await expect(freshStore().store.get('s3buckets.policyPublic', 'logs')).rejects.toMatchObject({ kind: 'malformed' });

    const group = (uri: string, Permission: 'READ' | 'WRITE' | 'FULL_CONTROL') => ({ Grantee: { Type: 'Group' as const, URI: uri }, Permission });
    mocks.s3.on(GetBucketAclCommand, { Bucket: 'logs' }).resolves({
      Owner: { ID: 'owner' },
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' },
        group('http://acs.amazonaws.com/groups/global/AllUsers', 'READ'),
        group('http://acs.amazonaws.com/groups/global/AuthenticatedUsers', 'WRITE'),
        group('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE'),
      ],
    });
    expect(await freshStore().store.get('s3buckets.publicGrants', 'logs')).toEqual(['AllUsers READ', 'AuthenticatedUsers WRITE']);
    // The buckets are read through one client that follows S3's redirect to a bucket's own region.
    expect(mocks.s3.calls().every((call) => (call.thisValue as { config: { followRegionRedirects?: boolean } }).config.followRegionRedirects === true)).toBe(true);
  });
});

describe('IAM Access Analyzer', () => {
  it('lists the analyzers of the region across pages, each with its type and status; an empty list is none; a 200 without the list is not AWS\'s answer', async () => {
    const analyzer = (name: string, type: Type, status: AnalyzerStatus) => ({ arn: `arn:aws:access-analyzer:us-east-1:123456789012:analyzer/${name}`, name, type, status, createdAt: new Date() });
    mocks.accessanalyzer
      .on(ListAnalyzersCommand, { nextToken: undefined })
      .resolves({ analyzers: [analyzer('external', 'ACCOUNT', 'ACTIVE')], nextToken: 'page-2' })
      .on(ListAnalyzersCommand, { nextToken: 'page-2' })
      .resolves({ analyzers: [analyzer('unused', 'ACCOUNT_UNUSED_ACCESS', 'CREATING')] });
    expect(await freshStore().store.get('accessanalyzer.analyzers', 'us-east-1')).toEqual([
      { name: 'external', type: 'ACCOUNT', status: 'ACTIVE' },
      { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'CREATING' },
    ]);
    mocks.accessanalyzer.reset();
    mocks.accessanalyzer.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    expect(await freshStore().store.get('accessanalyzer.analyzers', 'us-east-1')).toEqual([]);
    mocks.accessanalyzer.reset();
    mocks.accessanalyzer.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException', 'User is not authorized to perform: access-analyzer:ListAnalyzers', 403));
    await expect(freshStore().store.get('accessanalyzer.analyzers', 'us-east-1')).rejects.toMatchObject({ kind: 'access-denied', operation: 'ListAnalyzers' });
    mocks.accessanalyzer.reset();
    mocks.accessanalyzer.on(ListAnalyzersCommand).resolves({ analyzers: undefined });
    await expect(freshStore().store.get('accessanalyzer.analyzers', 'us-east-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('Lambda', () => {
  it("lists the region's functions across pages, each with the role it runs as, read in the region; an empty list is none; a 200 without the list is not AWS's answer", async () => {
    const fn = (name: string, role: string) => ({ FunctionName: name, FunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${name}`, Role: `arn:aws:iam::123456789012:role/${role}` });
    mocks.lambda
      .on(ListFunctionsCommand, { Marker: undefined })
      .resolves({ Functions: [fn('report', 'fn-admin')], NextMarker: 'page-2' })
      .on(ListFunctionsCommand, { Marker: 'page-2' })
      .resolves({ Functions: [fn('resize', 'fn-images')] });
    expect(await freshStore().store.get('lambda.functions', 'eu-west-1')).toEqual([
      { name: 'report', arn: 'arn:aws:lambda:eu-west-1:123456789012:function:report', role: 'arn:aws:iam::123456789012:role/fn-admin' },
      { name: 'resize', arn: 'arn:aws:lambda:eu-west-1:123456789012:function:resize', role: 'arn:aws:iam::123456789012:role/fn-images' },
    ]);
    const regions = await Promise.all(mocks.lambda.calls().map((call) => (call.thisValue as { config: { region: () => Promise<string> } }).config.region()));
    expect(regions).toEqual(['eu-west-1', 'eu-west-1']);
    mocks.lambda.reset();
    mocks.lambda.on(ListFunctionsCommand).resolves({ Functions: [] });
    expect(await freshStore().store.get('lambda.functions', 'eu-west-1')).toEqual([]);
    mocks.lambda.reset();
    mocks.lambda.on(ListFunctionsCommand).resolves({ Functions: undefined });
    await expect(freshStore().store.get('lambda.functions', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('CloudFormation', () => {
  it("lists the region's stacks that have a service role across pages, with their status, read in the region; a stack without a role is left out; a 200 without the list is not AWS's answer", async () => {
    const stack = (name: string, role?: string) => ({
      StackName: name,
      StackId: `arn:aws:cloudformation:eu-west-1:123456789012:stack/${name}/6b1c2d40-0000-11ef-8000-0a1b2c3d4e5f`,
      StackStatus: 'UPDATE_COMPLETE' as const,
      CreationTime: new Date('2026-01-01T00:00:00Z'),
      ...(role ? { RoleARN: `arn:aws:iam::123456789012:role/${role}` } : {}),
    });
    mocks.cloudformation
      .on(DescribeStacksCommand, { NextToken: undefined })
      .resolves({ Stacks: [stack('app', 'cfn-exec'), stack('manual')], NextToken: 'page-2' })
      .on(DescribeStacksCommand, { NextToken: 'page-2' })
      .resolves({ Stacks: [stack('CDKToolkit', 'cfn-exec')] });
    expect(await freshStore().store.get('cloudformation.stacks', 'eu-west-1')).toEqual([
      { name: 'app', arn: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/app/6b1c2d40-0000-11ef-8000-0a1b2c3d4e5f', role: 'arn:aws:iam::123456789012:role/cfn-exec', status: 'UPDATE_COMPLETE' },
      { name: 'CDKToolkit', arn: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/CDKToolkit/6b1c2d40-0000-11ef-8000-0a1b2c3d4e5f', role: 'arn:aws:iam::123456789012:role/cfn-exec', status: 'UPDATE_COMPLETE' },
    ]);
    const regions = await Promise.all(mocks.cloudformation.calls().map((call) => (call.thisValue as { config: { region: () => Promise<string> } }).config.region()));
    expect(regions).toEqual(['eu-west-1', 'eu-west-1']);
    mocks.cloudformation.reset();
    mocks.cloudformation.on(DescribeStacksCommand).resolves({ Stacks: [] });
    expect(await freshStore().store.get('cloudformation.stacks', 'eu-west-1')).toEqual([]);
    mocks.cloudformation.reset();
    mocks.cloudformation.on(DescribeStacksCommand).resolves({ Stacks: undefined });
    await expect(freshStore().store.get('cloudformation.stacks', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('CodeBuild', () => {
  const project = (name: string) => ({ name, arn: `arn:aws:codebuild:eu-west-1:123456789012:project/${name}`, serviceRole: `arn:aws:iam::123456789012:role/${name}-role` });
  it("lists the region's projects across pages, then reads each one's service role, 100 names a call; a project gone between the two is none", async () => {
    const names = Array.from({ length: 150 }, (_, index) => `p${index}`);
    mocks.codebuild
      .on(ListProjectsCommand, { nextToken: undefined })
      .resolves({ projects: names.slice(0, 100), nextToken: 'page-2' })
      .on(ListProjectsCommand, { nextToken: 'page-2' })
      .resolves({ projects: names.slice(100) })
      .on(BatchGetProjectsCommand)
      .callsFake((input: { names: string[] }) => ({ projects: input.names.filter((name) => name !== 'p7').map(project), projectsNotFound: input.names.filter((name) => name === 'p7') }));
    const read = await freshStore().store.get('codebuild.projects', 'eu-west-1');
    expect(read).toHaveLength(149);
    expect(read[0]).toEqual({ name: 'p0', arn: 'arn:aws:codebuild:eu-west-1:123456789012:project/p0', role: 'arn:aws:iam::123456789012:role/p0-role' });
    expect(mocks.codebuild.commandCalls(BatchGetProjectsCommand).map((call) => call.args[0].input.names?.length)).toEqual([100, 50]);
    const regions = await Promise.all(mocks.codebuild.calls().map((call) => (call.thisValue as { config: { region: () => Promise<string> } }).config.region()));
    expect(new Set(regions)).toEqual(new Set(['eu-west-1']));
  });

  it('none listed asks for none; an answer that says nothing of a project asked for is not AWS\'s', async () => {
    mocks.codebuild.on(ListProjectsCommand).resolves({ projects: [] });
    expect(await freshStore().store.get('codebuild.projects', 'eu-west-1')).toEqual([]);
    expect(mocks.codebuild.commandCalls(BatchGetProjectsCommand)).toHaveLength(0);
    mocks.codebuild.reset();
    mocks.codebuild.on(ListProjectsCommand).resolves({ projects: ['deploy', 'test'] }).on(BatchGetProjectsCommand).resolves({ projects: [project('deploy')] });
    await expect(freshStore().store.get('codebuild.projects', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed', code: 'ProjectsLeftOut' });
  });
});

describe('ECS', () => {
  it("lists the region's active task definition families across pages, then each one's latest revision; one without a task role is left out", async () => {
    const definition = (family: string, taskRole?: string) => ({
      taskDefinition: { family, revision: 3, taskDefinitionArn: `arn:aws:ecs:eu-west-1:123456789012:task-definition/${family}:3`, ...(taskRole ? { taskRoleArn: `arn:aws:iam::123456789012:role/${taskRole}` } : {}) },
    });
    mocks.ecs
      .on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', nextToken: undefined })
      .resolves({ families: ['migrate', 'static'], nextToken: 'page-2' })
      .on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', nextToken: 'page-2' })
      .resolves({ families: ['worker'] })
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'migrate' })
      .resolves(definition('migrate', 'task-admin'))
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'static' })
      .resolves(definition('static'))
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'worker' })
      .resolves(definition('worker', 'worker-role'));
    expect(await freshStore().store.get('ecs.taskDefinitions', 'eu-west-1')).toEqual([
      { name: 'migrate:3', arn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/migrate:3', role: 'arn:aws:iam::123456789012:role/task-admin' },
      { name: 'worker:3', arn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/worker:3', role: 'arn:aws:iam::123456789012:role/worker-role' },
    ]);
    const regions = await Promise.all(mocks.ecs.calls().map((call) => (call.thisValue as { config: { region: () => Promise<string> } }).config.region()));
    expect(new Set(regions)).toEqual(new Set(['eu-west-1']));
    mocks.ecs.reset();
    mocks.ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['migrate'] }).on(DescribeTaskDefinitionCommand).resolves({});
    await expect(freshStore().store.get('ecs.taskDefinitions', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('SageMaker', () => {
  it("lists the region's notebook instances across pages, then each one's role; an answer without the role is not AWS's", async () => {
    const arn = (name: string) => `arn:aws:sagemaker:eu-west-1:123456789012:notebook-instance/${name}`;
    const summary = (name: string) => ({ NotebookInstanceName: name, NotebookInstanceArn: arn(name) });
    mocks.sagemaker
      .on(ListNotebookInstancesCommand, { NextToken: undefined })
      .resolves({ NotebookInstances: [summary('research')], NextToken: 'page-2' })
      .on(ListNotebookInstancesCommand, { NextToken: 'page-2' })
      .resolves({ NotebookInstances: [summary('etl')] })
      .on(DescribeNotebookInstanceCommand)
      .callsFake((input: { NotebookInstanceName: string }) => ({ NotebookInstanceName: input.NotebookInstanceName, NotebookInstanceArn: arn(input.NotebookInstanceName), RoleArn: `arn:aws:iam::123456789012:role/${input.NotebookInstanceName}-role` }));
    expect(await freshStore().store.get('sagemaker.notebooks', 'eu-west-1')).toEqual([
      { name: 'research', arn: arn('research'), role: 'arn:aws:iam::123456789012:role/research-role' },
      { name: 'etl', arn: arn('etl'), role: 'arn:aws:iam::123456789012:role/etl-role' },
    ]);
    mocks.sagemaker.reset();
    mocks.sagemaker.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('research')] }).on(DescribeNotebookInstanceCommand).resolves({ NotebookInstanceName: 'research', NotebookInstanceArn: arn('research') });
    await expect(freshStore().store.get('sagemaker.notebooks', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('EC2 instances', () => {
  it("lists the region's instances that may run (not terminated) with an instance profile across pages, read in the region; one without a profile is left out; a 200 without the list is not AWS's answer", async () => {
    const instance = (id: string, profile?: string) => ({ InstanceId: id, State: { Name: 'running' as const }, ...(profile ? { IamInstanceProfile: { Arn: `arn:aws:iam::123456789012:instance-profile/${profile}`, Id: 'AIPA0000' } } : {}) });
    mocks.ec2
      .on(DescribeInstancesCommand, { NextToken: undefined })
      .resolves({ Reservations: [{ ReservationId: 'r-1', Instances: [instance('i-0web', 'web'), instance('i-0bare')] }], NextToken: 'page-2' })
      .on(DescribeInstancesCommand, { NextToken: 'page-2' })
      .resolves({ Reservations: [{ ReservationId: 'r-2', Instances: [instance('i-0batch', 'jobs/batch')] }] });
    expect(await freshStore().store.get('ec2.instances', 'eu-west-1')).toEqual([
      { id: 'i-0web', profile: 'arn:aws:iam::123456789012:instance-profile/web' },
      { id: 'i-0batch', profile: 'arn:aws:iam::123456789012:instance-profile/jobs/batch' },
    ]);
    const calls = mocks.ec2.commandCalls(DescribeInstancesCommand);
    expect(calls.map((call) => call.args[0].input.Filters)).toEqual([0, 1].map(() => [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }]));
    const regions = await Promise.all(calls.map((call) => (call.thisValue as { config: { region: () => Promise<string> } }).config.region()));
    expect(regions).toEqual(['eu-west-1', 'eu-west-1']);
    mocks.ec2.reset();
    mocks.ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    expect(await freshStore().store.get('ec2.instances', 'eu-west-1')).toEqual([]);
    mocks.ec2.reset();
    mocks.ec2.on(DescribeInstancesCommand).resolves({ Reservations: undefined });
    await expect(freshStore().store.get('ec2.instances', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('Trusted Advisor', () => {
  const described = (id: string, name: string) => ({ id, name, description: '', category: 'security', metadata: [] });
  const summary = (checkId: string, status: string, resourcesFlagged: number) => ({ checkId, timestamp: '2026-11-20T08:00:00Z', status, resourcesSummary: { resourcesProcessed: 5, resourcesFlagged, resourcesIgnored: 0, resourcesSuppressed: 0 }, categorySpecificSummary: {} });

  it('every check with its summary (asked for all at once); one without a summary has status unknown; none listed asks for no summary', async () => {
    mocks.support.on(DescribeTrustedAdvisorChecksCommand, { language: 'en' }).resolves({ checks: [described('a', 'Bucket Permissions'), described('b', 'Root MFA'), described('c', 'IAM Use')] });
    mocks.support.on(DescribeTrustedAdvisorCheckSummariesCommand, { checkIds: ['a', 'b', 'c'] }).resolves({ summaries: [summary('a', 'error', 2), summary('b', 'ok', 0)] });
    expect(await freshStore().store.get('support.trustedAdvisor')).toEqual([
      { id: 'a', name: 'Bucket Permissions', category: 'security', status: 'error', flagged: 2 },
      { id: 'b', name: 'Root MFA', category: 'security', status: 'ok', flagged: 0 },
      { id: 'c', name: 'IAM Use', category: 'security', status: 'unknown', flagged: 0 },
    ]);
    mocks.support.reset();
    mocks.support.on(DescribeTrustedAdvisorChecksCommand).resolves({ checks: [] });
    expect(await freshStore().store.get('support.trustedAdvisor')).toEqual([]);
    expect(mocks.support.commandCalls(DescribeTrustedAdvisorCheckSummariesCommand)).toHaveLength(0);
  });

  it('Basic support (SubscriptionRequiredException) is null, not an error; a refusal stays a refusal; a 200 without the list is not AWS\'s answer', async () => {
    mocks.support.on(DescribeTrustedAdvisorChecksCommand).rejects(awsError('SubscriptionRequiredException', 'AWS Premium Support Subscription is required to use this service.', 400));
    expect(await freshStore().store.get('support.trustedAdvisor')).toBeNull();
    mocks.support.reset();
    mocks.support.on(DescribeTrustedAdvisorChecksCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform: support:DescribeTrustedAdvisorChecks', 403));
    await expect(freshStore().store.get('support.trustedAdvisor')).rejects.toMatchObject({ kind: 'access-denied' });
    mocks.support.reset();
    mocks.support.on(DescribeTrustedAdvisorChecksCommand).resolves({ checks: [described('a', 'Bucket Permissions')] }).on(DescribeTrustedAdvisorCheckSummariesCommand).resolves({ summaries: undefined });
    await expect(freshStore().store.get('support.trustedAdvisor')).rejects.toMatchObject({ kind: 'malformed', operation: 'DescribeTrustedAdvisorCheckSummaries' });
  });
});

describe('IAM Identity Center', () => {
  it('lists the instances of the region across pages; an empty list is none; a 200 without the list is not AWS\'s answer', async () => {
    mocks.sso
      .on(ListInstancesCommand, { NextToken: undefined })
      .resolves({ Instances: [{ InstanceArn: 'arn:aws:sso:::instance/ssoins-1', OwnerAccountId: '123456789012', Status: 'ACTIVE' }], NextToken: 'n' })
      .on(ListInstancesCommand, { NextToken: 'n' })
      .resolves({ Instances: [{ InstanceArn: 'arn:aws:sso:::instance/ssoins-2' }] });
    expect(await freshStore().store.get('sso.instances', 'eu-west-1')).toEqual([{ arn: 'arn:aws:sso:::instance/ssoins-1', ownerAccountId: '123456789012', status: 'ACTIVE' }, { arn: 'arn:aws:sso:::instance/ssoins-2' }]);
    mocks.sso.reset();
    mocks.sso.on(ListInstancesCommand).resolves({ Instances: [] });
    expect(await freshStore().store.get('sso.instances', 'eu-west-1')).toEqual([]);
    mocks.sso.reset();
    mocks.sso.on(ListInstancesCommand).resolves({});
    await expect(freshStore().store.get('sso.instances', 'eu-west-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('CloudTrail collectors', () => {
  it('describes trails with shadow trails, and reads status and selectors by ARN in the home region', async () => {
    const arn = 'arn:aws:cloudtrail:eu-west-1:999999999999:trail/org';
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 'org', TrailARN: arn, HomeRegion: 'eu-west-1', IsMultiRegionTrail: true, IsOrganizationTrail: true, LogFileValidationEnabled: true }] });
    mocks.cloudtrail.on(GetTrailStatusCommand, { Name: arn }).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: new Date('2026-11-20T11:00:00Z') });
    mocks.cloudtrail.on(GetEventSelectorsCommand, { TrailName: arn }).resolves({ TrailARN: arn, AdvancedEventSelectors: [{ Name: 'm', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }] });
    const { store } = freshStore();
    const trails = await store.get('cloudtrail.trails', 'us-east-1');
    expect(trails[0]).toMatchObject({ arn, isOrganizationTrail: true, homeRegion: 'eu-west-1' });
    expect(mocks.cloudtrail.commandCalls(DescribeTrailsCommand)[0]?.args[0].input).toEqual({ includeShadowTrails: true });
    expect(await store.get('cloudtrail.trailStatus', arn)).toEqual({ isLogging: true, latestCloudWatchLogsDeliveryTime: '2026-11-20T11:00:00.000Z' });
    expect(await store.get('cloudtrail.eventSelectors', arn)).toEqual({ basic: [], advanced: [{ name: 'm', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] });
    const statusCall = mocks.cloudtrail.commandCalls(GetTrailStatusCommand)[0];
    const client = statusCall?.thisValue as CloudTrailClient;
    expect(await client.config.region()).toBe('eu-west-1');
  });

  it("another account's own trail (no organization trail) in the list is not AWS's answer: refused, never judged as this account's", async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 'theirs', TrailARN: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/theirs', HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: false }] });
    await expect(freshStore().store.get('cloudtrail.trails', 'us-east-1')).rejects.toMatchObject({ kind: 'malformed', code: 'AnotherAccountsTrail' });
  });

  it('a member account reading an organization trail gets a not-found error it can act on', async () => {
    mocks.cloudtrail.on(GetTrailStatusCommand).rejects(awsError('TrailNotFoundException', 'Unknown trail'));
    await expect(freshStore().store.get('cloudtrail.trailStatus', 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('Config, GuardDuty, Budgets, Cost Explorer, Organizations, FMS', () => {
  it('maps recorders, including the default recording group', async () => {
    mocks.config.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        { name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config', recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::NetworkInterface'] }, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } } },
        { name: 'bare' },
      ],
    });
    const recorders = await freshStore().store.get('config.recorders', 'eu-west-1');
    expect(recorders[0]).toMatchObject({ strategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionTypes: ['AWS::EC2::NetworkInterface'], allSupported: false });
    expect(recorders[1]).toMatchObject({ name: 'bare', allSupported: true });
  });

  it('lists GuardDuty detectors across pages and reads each one', async () => {
    mocks.guardduty.on(ListDetectorsCommand, { NextToken: undefined }).resolves({ DetectorIds: ['a'], NextToken: 'n' }).on(ListDetectorsCommand, { NextToken: 'n' }).resolves({ DetectorIds: ['b'] });
    mocks.guardduty.on(GetDetectorCommand, { DetectorId: 'a' }).resolves({ Status: 'ENABLED', ServiceRole: 'r' }).on(GetDetectorCommand, { DetectorId: 'b' }).resolves({ Status: 'DISABLED', ServiceRole: 'r' });
    expect(await freshStore().store.get('guardduty.detectors', 'ap-northeast-1')).toEqual([
      { id: 'a', status: 'ENABLED' },
      { id: 'b', status: 'DISABLED' },
    ]);
  });

  it('asks whom each detector answers to as soon as its id is known, beside its status, when the audit reads it', async () => {
    const order: string[] = [];
    mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['a'] });
    mocks.guardduty.on(GetDetectorCommand).callsFake(async () => {
      order.push('GetDetector');
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { Status: 'ENABLED', ServiceRole: 'r' };
    });
    mocks.guardduty.on(GetAdministratorAccountCommand).callsFake(() => {
      order.push('GetAdministratorAccount');
      return { Administrator: { AccountId: '999999999999', RelationshipStatus: 'Enabled' } };
    });
    const { store } = freshStore({ needs: new Set(['guardduty.detectors', 'guardduty.administrator']) });
    await store.get('guardduty.detectors', 'eu-west-1');
    expect(order).toEqual(['GetDetector', 'GetAdministratorAccount']);
    expect(await store.get('guardduty.administrator', 'eu-west-1/a')).toEqual({ accountId: '999999999999', relationship: 'Enabled' });
    expect(mocks.guardduty.commandCalls(GetAdministratorAccountCommand)).toHaveLength(1);

    // An audit that does not read it never asks.
    mocks.guardduty.resetHistory();
    await freshStore({ needs: new Set(['guardduty.detectors']) }).store.get('guardduty.detectors', 'eu-west-1');
    expect(mocks.guardduty.commandCalls(GetAdministratorAccountCommand)).toHaveLength(0);
  });

  it('reads which accounts a budget covers from its LinkedAccount filter, legacy or expression, and never guesses an Or, a Not or a billing view of its own', () => {
    const accounts = (Values: string[], MatchOptions?: ('EQUALS' | 'ABSENT')[]) => ({ Dimensions: { Key: 'LINKED_ACCOUNT' as const, Values, ...(MatchOptions ? { MatchOptions } : {}) } });
    const service = { Dimensions: { Key: 'SERVICE' as const, Values: ['Amazon Elastic Compute Cloud - Compute'] } };
    expect(budgetCoverage({})).toEqual({});
    expect(budgetCoverage({ FilterExpression: service })).toEqual({});
    expect(budgetCoverage({ FilterExpression: accounts(['2', '1']) })).toEqual({ linkedAccounts: ['1', '2'] });
    expect(budgetCoverage({ FilterExpression: { And: [service, accounts(['1', '2']), accounts(['2', '3'])] } })).toEqual({ linkedAccounts: ['2'] });
    expect(budgetCoverage({ FilterExpression: { Not: accounts(['1']) } })).toEqual({ filterUnclear: true });
    expect(budgetCoverage({ FilterExpression: { Or: [accounts(['1']), service] } })).toEqual({ filterUnclear: true });
    expect(budgetCoverage({ FilterExpression: { Or: [service, service] } })).toEqual({});
    expect(budgetCoverage({ FilterExpression: accounts(['1'], ['ABSENT']) })).toEqual({ filterUnclear: true });
    // A budget on a billing view holds the view's costs: the primary view is the account's own (all of them), any other is narrowed as it was made.
    expect(budgetCoverage({ BillingViewArn: 'arn:aws:billing::111111111111:billingview/primary' })).toEqual({});
    expect(budgetCoverage({ BillingViewArn: 'arn:aws:billing::111111111111:billingview/primary', FilterExpression: accounts(['1']) })).toEqual({ linkedAccounts: ['1'] });
    expect(budgetCoverage({ BillingViewArn: 'arn:aws:billing::111111111111:billingview/custom-46f47cb2-a11d-43f3-983d-470b5708a899' })).toEqual({ filterUnclear: true });
  });

  it('reads budgets from DescribeBudgets alone, and every budget\'s alerts from one listing of the account\'s notifications; a budget not listed has none', async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.budgets.on(DescribeBudgetsCommand).resolves({
      Budgets: [
        { BudgetName: 'monthly', BudgetType: 'COST', TimeUnit: 'MONTHLY' },
        { BudgetName: 'quiet', BudgetType: 'COST', TimeUnit: 'MONTHLY', CostFilters: { LinkedAccount: ['222222222222', '111111111111'] } },
      ],
    });
    const alert = { NotificationType: 'ACTUAL' as const, ComparisonOperator: 'GREATER_THAN' as const, Threshold: 80 };
    mocks.budgets.on(DescribeBudgetNotificationsForAccountCommand).resolves({ BudgetNotificationsForAccount: [{ BudgetName: 'monthly', Notifications: [alert] }] });
    mocks.budgets.on(DescribeSubscribersForNotificationCommand).resolves({ Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'a@example.com' }] });
    const { store } = freshStore();
    expect(await store.get('budgets.budgets')).toEqual([
      { name: 'monthly', budgetType: 'COST' },
      { name: 'quiet', budgetType: 'COST', linkedAccounts: ['111111111111', '222222222222'] },
    ]);
    expect(mocks.budgets.commandCalls(DescribeBudgetsCommand)[0]?.args[0].input).toMatchObject({ ShowFilterExpression: true });
    // Not needed by this audit (no `needs` given): the budgets alone do not list the notifications.
    expect(mocks.budgets.commandCalls(DescribeBudgetNotificationsForAccountCommand)).toHaveLength(0);
    expect(await store.get('budgets.alerts', 'monthly')).toEqual([{ type: 'ACTUAL', threshold: 80, subscribers: 1, topics: [] }]);
    expect(await store.get('budgets.alerts', 'quiet')).toEqual([]);
    expect(mocks.budgets.commandCalls(DescribeBudgetNotificationsForAccountCommand).map((call) => call.args[0].input)).toEqual([{ AccountId: IDENTITY.Account, MaxResults: 1000 }]);
    expect(mocks.budgets.commandCalls(DescribeSubscribersForNotificationCommand).map((call) => call.args[0].input)).toEqual([{ AccountId: IDENTITY.Account, BudgetName: 'monthly', Notification: alert }]);
  });

  it("a budget's SNS subscribers are its topics, each read at once where the audit judges them (in the topic's own region)", async () => {
    const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:billing';
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.budgets.on(DescribeBudgetsCommand).resolves({ Budgets: [{ BudgetName: 'monthly', BudgetType: 'COST', TimeUnit: 'MONTHLY' }] });
    const alert = { NotificationType: 'FORECASTED' as const, ComparisonOperator: 'GREATER_THAN' as const, Threshold: 100 };
    mocks.budgets.on(DescribeBudgetNotificationsForAccountCommand).resolves({ BudgetNotificationsForAccount: [{ BudgetName: 'monthly', Notifications: [alert] }] });
    // Another account's topic is not read: Budgets does not publish there.
    const FOREIGN = 'arn:aws:sns:eu-west-1:999999999999:central';
    mocks.budgets.on(DescribeSubscribersForNotificationCommand).resolves({ Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'a@example.com' }, { SubscriptionType: 'SNS', Address: TOPIC }, { SubscriptionType: 'SNS', Address: FOREIGN }] });
    mocks.sns.on(GetTopicAttributesCommand).resolves({ Attributes: { TopicArn: TOPIC, SubscriptionsConfirmed: '2', Policy: '{"Statement":[]}' } });
    const { store } = freshStore({ needs: new Set(['budgets.alerts', 'sns.topic']) });
    expect(await store.get('budgets.alerts', 'monthly')).toEqual([{ type: 'FORECASTED', threshold: 100, subscribers: 3, topics: [TOPIC, FOREIGN] }]);
    // Asked for by the budgets' reader, before any check: the check then finds it read.
    await expect.poll(() => mocks.sns.commandCalls(GetTopicAttributesCommand).map((call) => call.args[0].input)).toEqual([{ TopicArn: TOPIC }]);
    expect(await store.get('sns.topic', TOPIC)).toEqual({ found: true, policy: '{"Statement":[]}', confirmedSubscriptions: 2 });
    expect(mocks.sns.commandCalls(GetTopicAttributesCommand)).toHaveLength(1);
    expect(await (mocks.sns.commandCalls(GetTopicAttributesCommand)[0]?.thisValue as SNSClient).config.region()).toBe('eu-west-1');
  });

  it("an encrypted topic's key is read as soon as the topic names it (an alias name, in the topic's region): a customer's with its key policy, AWS's without", async () => {
    const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:billing';
    const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.sns.on(GetTopicAttributesCommand).resolves({ Attributes: { TopicArn: TOPIC, SubscriptionsConfirmed: '1', Policy: '{}', KmsMasterKeyId: 'alias/billing' } });
    mocks.kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: '1234abcd', Arn: KEY, KeyManager: 'CUSTOMER', Enabled: true } });
    mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Statement":[]}' });
    const { store } = freshStore({ needs: new Set(['sns.topic', 'kms.key']) });
    expect(await store.get('sns.topic', TOPIC)).toEqual({ found: true, policy: '{}', confirmedSubscriptions: 1, kmsKey: 'alias/billing' });
    await expect.poll(() => mocks.kms.commandCalls(DescribeKeyCommand).map((call) => call.args[0].input)).toEqual([{ KeyId: 'arn:aws:kms:eu-west-1:123456789012:alias/billing' }]);
    expect(await store.get('kms.key', 'arn:aws:kms:eu-west-1:123456789012:alias/billing')).toEqual({ found: true, arn: KEY, manager: 'CUSTOMER', enabled: true, policy: '{"Statement":[]}' });
    expect(mocks.kms.commandCalls(GetKeyPolicyCommand).map((call) => call.args[0].input)).toEqual([{ KeyId: KEY, PolicyName: 'default' }]);
    expect(await (mocks.kms.commandCalls(DescribeKeyCommand)[0]?.thisValue as KMSClient).config.region()).toBe('eu-west-1');
    mocks.kms.reset();
    mocks.kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: 'aws-sns', Arn: KEY, KeyManager: 'AWS', Enabled: true } });
    expect(await freshStore().store.get('kms.key', KEY)).toEqual({ found: true, arn: KEY, manager: 'AWS', enabled: true });
    expect(mocks.kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(0);
    // A predefined alias: DescribeKey would create its key where it does not exist yet. Never sent, nor started by the topic's read.
    await expect(freshStore().store.get('kms.key', 'arn:aws:kms:eu-west-1:123456789012:alias/aws/sns')).rejects.toMatchObject({ code: 'PredefinedAlias' });
    expect(mocks.kms.commandCalls(DescribeKeyCommand)).toHaveLength(1);
    mocks.sns.on(GetTopicAttributesCommand).resolves({ Attributes: { TopicArn: TOPIC, SubscriptionsConfirmed: '1', Policy: '{}', KmsMasterKeyId: 'alias/aws/sns' } });
    const aws = freshStore({ needs: new Set(['sns.topic', 'kms.key']) });
    expect(await aws.store.get('sns.topic', TOPIC)).toMatchObject({ kmsKey: 'alias/aws/sns' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(mocks.kms.commandCalls(DescribeKeyCommand)).toHaveLength(1);
    // Nor started at all: a snapshot would keep that refusal as a read of its own.
    expect(Object.keys(await aws.store.entries())).toEqual([`sns.topic@${TOPIC}`]);
    mocks.kms.reset();
    mocks.kms.on(DescribeKeyCommand).rejects(awsError('NotFoundException', 'Alias arn:aws:kms:eu-west-1:123456789012:alias/gone is not found.', 400));
    expect(await freshStore().store.get('kms.key', 'arn:aws:kms:eu-west-1:123456789012:alias/gone')).toEqual({ found: false });
    await expect(freshStore().store.get('kms.key', 'alias/billing')).rejects.toMatchObject({ kind: 'malformed', code: 'NotAKeyArn' });
    mocks.kms.reset();
    mocks.kms.on(DescribeKeyCommand).resolves({});
    await expect(freshStore().store.get('kms.key', KEY)).rejects.toMatchObject({ kind: 'malformed' });
    // A key whose manager the answer leaves out is neither AWS's nor the customer's: refused, and its policy never asked.
    mocks.kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: '1234abcd', Arn: KEY, Enabled: true } });
    await expect(freshStore().store.get('kms.key', KEY)).rejects.toMatchObject({ kind: 'malformed' });
    expect(mocks.kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(0);
  });

  it('an SNS topic: NotFound is a topic that does not exist; an answer without SubscriptionsConfirmed, or a subscriber that is no topic ARN, is malformed', async () => {
    const TOPIC = 'arn:aws:sns:us-east-1:123456789012:gone';
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    mocks.sns.on(GetTopicAttributesCommand, { TopicArn: TOPIC }).rejects(awsError('NotFoundException', 'Topic does not exist', 404));
    expect(await freshStore().store.get('sns.topic', TOPIC)).toEqual({ found: false });
    mocks.sns.on(GetTopicAttributesCommand, { TopicArn: 'arn:aws:sns:us-east-1:123456789012:odd' }).resolves({ Attributes: { Policy: '{}' } });
    await expect(freshStore().store.get('sns.topic', 'arn:aws:sns:us-east-1:123456789012:odd')).rejects.toMatchObject({ kind: 'malformed' });
    await expect(freshStore().store.get('sns.topic', 'https://example.com/hook')).rejects.toMatchObject({ kind: 'malformed', code: 'NotATopicArn' });
    mocks.sns.on(GetTopicAttributesCommand, { TopicArn: 'arn:aws:sns:us-east-1:123456789012:locked' }).rejects(awsError('AuthorizationErrorException', 'not authorized', 403));
    await expect(freshStore().store.get('sns.topic', 'arn:aws:sns:us-east-1:123456789012:locked')).rejects.toMatchObject({ kind: 'access-denied' });
  });

  it('asks for the account\'s notifications beside its budgets when the alerts are needed (the chain is three calls deep, not four), and a NotFound means none', async () => {
    mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
    let budgetsAnswered = false;
    mocks.budgets.on(DescribeBudgetsCommand).callsFake(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      budgetsAnswered = true;
      return { Budgets: [{ BudgetName: 'monthly', BudgetType: 'COST', TimeUnit: 'MONTHLY' }] };
    });
    let listedBeforeBudgets: boolean | undefined;
    mocks.budgets.on(DescribeBudgetNotificationsForAccountCommand).callsFake(() => {
      listedBeforeBudgets = !budgetsAnswered;
      throw awsError('NotFoundException', 'no notifications');
    });
    const { store } = freshStore({ needs: new Set(['budgets.budgets', 'budgets.alerts']) });
    await store.get('budgets.budgets');
    expect(listedBeforeBudgets).toBe(true);
    expect(await store.get('budgets.alerts', 'monthly')).toEqual([]);
    expect(mocks.budgets.commandCalls(DescribeBudgetNotificationsForAccountCommand)).toHaveLength(1);
    expect(mocks.budgets.commandCalls(DescribeSubscribersForNotificationCommand)).toHaveLength(0);
  });

  it('calls Cost Explorer once however many checks ask, and classifies "not enabled"', async () => {
    mocks.ce.on(GetCostAndUsageCommand).resolves({ ResultsByTime: [] });
    const { store, session } = freshStore();
    await Promise.all([store.get('costexplorer.probe'), store.get('costexplorer.probe')]);
    expect(mocks.ce.commandCalls(GetCostAndUsageCommand)).toHaveLength(1);
    expect(session.operations()).toEqual([]); // the mock bypasses middleware: the guard's own test covers recording
    mocks.ce.reset();
    mocks.ce.on(GetCostAndUsageCommand).rejects(awsError('AccessDeniedException', 'User not enabled for cost explorer access', 400));
    await expect(freshStore().store.get('costexplorer.probe')).rejects.toMatchObject({ kind: 'not-enabled' });
    mocks.ce.reset();
    mocks.ce.on(GetCostAndUsageCommand).rejects(awsError('DataUnavailableException', 'Data is not available. Please try to adjust the time period.', 400));
    expect(await freshStore().store.get('costexplorer.probe')).toEqual({ enabled: true, dataPending: true });
  });

  it('reads the organization features that centralize root access', async () => {
    mocks.iam.on(ListOrganizationsFeaturesCommand).resolves({ OrganizationId: 'o-1', EnabledFeatures: ['RootCredentialsManagement'] });
    expect(await freshStore().store.get('iam.organizationsFeatures')).toEqual(['RootCredentialsManagement']);
  });

  it("FMS: a 200 without an administrator account is not AWS's answer (AWS says ResourceNotFoundException): asked again, then an error of its own kind", async () => {
    mocks.fms.on(GetAdminAccountCommand).resolves({});
    await expect(freshStore().store.get('fms.adminAccount')).rejects.toMatchObject({ kind: 'malformed', code: 'NotAnAwsAnswer' });
    expect(mocks.fms.commandCalls(GetAdminAccountCommand)).toHaveLength(2);
  });

  it('--no-paid-calls: the collector itself refuses the billed call', async () => {
    const store = liveStore(new AwsSession({ maxAttempts: 1 }), { paidCalls: false });
    await expect(store.get('costexplorer.probe')).rejects.toMatchObject({ code: 'PaidCallsDisabled' });
    expect(mocks.ce.commandCalls(GetCostAndUsageCommand)).toHaveLength(0);
  });

  it('organizations: not in use is not-enabled; FMS: no administrator is not-found', async () => {
    mocks.organizations.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', 'not in an organization'));
    mocks.fms.on(GetAdminAccountCommand).rejects(awsError('ResourceNotFoundException', 'no admin'));
    const { store } = freshStore();
    await expect(store.get('organizations.organization')).rejects.toMatchObject({ kind: 'not-enabled' });
    await expect(store.get('fms.adminAccount')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('error classification', () => {
  const cases: [string, Error, string][] = [
    ['access denied', awsError('AccessDeniedException', 'User: x is not authorized', 403), 'access-denied'],
    ['query-protocol access denied', awsError('AccessDenied', 'not authorized', 403), 'access-denied'],
    ['throttled', awsError('ThrottlingException', 'Rate exceeded'), 'throttled'],
    ['region not opted in', awsError('OptInRequired', 'subscription'), 'region-disabled'],
    ['timeout', Object.assign(new Error('Connection timed out after 20000 ms'), { name: 'TimeoutError' }), 'timeout'],
    ['network', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'network'],
    ['unknown', awsError('InternalFailure', 'boom', 500), 'unknown'],
  ];
  for (const [name, error, kind] of cases) {
    it(name, async () => {
      mocks.guardduty.on(ListDetectorsCommand).rejects(error);
      await expect(freshStore().store.get('guardduty.detectors', 'us-east-1')).rejects.toMatchObject({ kind, service: 'guardduty', operation: 'ListDetectors' });
    });
  }
});

describe('declaring a fact', () => {
  it('a collector that returns a key its schema lacks, at any depth, does not compile (a snapshot holding it would not replay)', async () => {
    const sdk = () => Promise.resolve({});
    const exact = defineFact({ sdk, qualifier: 'none', actions: [], schema: (z) => z.strictObject({ items: z.array(z.strictObject({ name: z.string() })), counts: z.record(z.string(), z.number()) }), collect: async (ctx) => (await ctx.sleep(0), { items: [{ name: 'a' }], counts: { a: 1 } }) });
    // @ts-expect-error: `extra` is not in the schema (tsc, run by `npm test`, fails if this compiles)
    defineFact({ sdk, qualifier: 'none', actions: [], schema: (z) => z.strictObject({ enabled: z.boolean() }), collect: async (ctx) => (await ctx.sleep(0), { enabled: true, extra: 1 }) });
    // @ts-expect-error: `size`, inside an item of the list, is not in the schema
    defineFact({ sdk, qualifier: 'none', actions: [], schema: (z) => z.strictObject({ items: z.array(z.strictObject({ name: z.string() })) }), collect: async (ctx) => (await ctx.sleep(0), { items: [{ name: 'a', size: 1 }] }) });
    const { z } = await import('../../src/core/zod.js');
    expect(exact.schema(z).parse(await exact.collect({ sleep: () => Promise.resolve() } as unknown as CollectContext, ''))).toEqual({ items: [{ name: 'a' }], counts: { a: 1 } });
  });
});
