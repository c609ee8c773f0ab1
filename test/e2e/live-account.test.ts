import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadOnlyOperation } from '../../src/aws/guard.js';
import { resultsOf, Scenario, statusByCheck } from './support/scenario.js';
import { AccountState } from './support/states.js';
import { ok } from './support/standin.js';

describe('a new account on the emulator', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
  });
  afterAll(() => scenario.stop());

  it('fails what a new account lacks, exits 1, and sends only reads', async () => {
    const run = await scenario.run(['audit', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(statusByCheck(resultsOf(run.stdout))).toMatchObject({
      'account.alternate-contacts': 'FAIL',
      'iam.root-mfa': 'FAIL',
      'iam.user-console-mfa': 'PASS',
      'organizations.member': 'FAIL',
      'fms.admin-account': 'SKIPPED',
      'cloudtrail.multi-region': 'FAIL',
      'config.recorder': 'FAIL',
      'billing.budget': 'FAIL',
      'guardduty.enabled': 'FAIL',
      'securityhub.enabled': 'FAIL',
      's3.account-public-access-block': 'FAIL',
      'iam.access-analyzer': 'FAIL',
      'support.trusted-advisor': 'MANUAL',
    });
    const operations = scenario.aws.calls.map((call) => call.operation);
    for (const operation of operations) expect(isReadOnlyOperation(operation), operation).toBe(true);
    // No role here that Lambda, CloudFormation, EC2, CodeBuild or ECS tasks run as: none of their workloads is read (nor started ahead with the regional reads).
    expect(scenario.aws.operations().filter((operation) => ['lambda:', 'cloudformation:', 'codebuild:', 'ecs:', 'sagemaker:', 'ec2:DescribeInstances'].some((read) => operation.startsWith(read)))).toEqual([]);
  });

  it('IAM Identity Center: the instance moto keeps in each region passes; where ListInstances answers none (as AWS does for an account without one), only root can sign in: FAIL', async () => {
    const args = ['audit', '--format', 'json', '--checks', 'iam.identity-center'];
    expect(resultsOf((await scenario.run(args)).stdout).map((result) => result.messageKey)).toEqual(['enabled']);
    // sso-admin API Reference, ListInstances: "Instances" lists the instances; an account without one gets an empty list.
    scenario.aws.when('sso:ListInstances', (call) => ok(call, { Instances: [] }));
    const run = await scenario.run(args);
    expect(run.code).toBe(1);
    expect(resultsOf(run.stdout).map((result) => `${result.status} ${result.messageKey}`)).toEqual(['FAIL none']);
    scenario.aws.reset();
  });

  it('Trusted Advisor on Business support: each red check FAILs by name; all clear passes', async () => {
    // AWS Support API Reference: DescribeTrustedAdvisorChecks ({checks}), DescribeTrustedAdvisorCheckSummaries ({summaries}, status "error" is red).
    const checks = [
      { id: 'Pfx0RwqBli', name: 'Amazon S3 Bucket Permissions', description: '', category: 'security', metadata: [] },
      { id: '7DAFEmoDos', name: 'MFA on Root Account', description: '', category: 'security', metadata: [] },
    ];
    const summaries = (rootStatus: string) => [
      { checkId: 'Pfx0RwqBli', timestamp: '2026-11-20T08:00:00Z', status: 'ok', hasFlaggedResources: false, resourcesSummary: { resourcesProcessed: 3, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 }, categorySpecificSummary: {} },
      { checkId: '7DAFEmoDos', timestamp: '2026-11-20T08:00:00Z', status: rootStatus, hasFlaggedResources: rootStatus === 'error', resourcesSummary: { resourcesProcessed: 1, resourcesFlagged: rootStatus === 'error' ? 1 : 0, resourcesIgnored: 0, resourcesSuppressed: 0 }, categorySpecificSummary: {} },
    ];
    let rootStatus = 'error';
    scenario.aws.when('support:DescribeTrustedAdvisorChecks', (call) => ok(call, { checks }));
    scenario.aws.when('support:DescribeTrustedAdvisorCheckSummaries', (call) => ok(call, { summaries: summaries(rootStatus) }));
    const args = ['audit', '--format', 'json', '--checks', 'support.trusted-advisor'];
    const red = await scenario.run(args);
    expect(red.code, red.stderr).toBe(1);
    expect(resultsOf(red.stdout).map((result) => `${result.status} ${result.resource} ${result.message}`)).toEqual(['FAIL trusted-advisor:7DAFEmoDos Trusted Advisor check "MFA on Root Account" (security) is red: 1 resource(s) flagged.']);
    rootStatus = 'ok';
    expect(resultsOf((await scenario.run(args)).stdout).map((result) => `${result.status} ${result.messageKey}`)).toEqual(['PASS clear']);
    scenario.aws.reset();
  });
});

describe('an account set up in one region', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
    const state = new AccountState(scenario);
    await state.user('alice', { console: true, mfa: true });
    await state.managedAdmin('alice', 'group');
    await state.user('bob', { console: true });
    await state.user('ci', { accessKey: true });
    await state.trail('main');
    await state.recorder('us-east-1');
    await state.detector('us-east-1');
    await state.detector('eu-west-1', false);
    await state.budget('monthly', { alert: true });
    await state.alternateContacts('BILLING', 'OPERATIONS', 'SECURITY');
    await state.publicAccessBlock('BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy');
  });
  afterAll(() => scenario.stop());

  it('judges each region and each user on its own', async () => {
    const run = await scenario.run(['audit', '--format', 'json']);
    expect(run.code).toBe(1);
    const results = resultsOf(run.stdout);
    const of = (check: string) => results.filter((result) => result.checkId === check).map((result) => `${result.region}/${result.resource.split(/[:/]/).pop()}:${result.status}`);
    expect(of('iam.user-console-mfa')).toEqual(['global/alice:PASS', 'global/bob:FAIL']);
    expect(of('iam.admin-mfa')).toEqual(['global/alice:PASS']);
    expect(of('cloudtrail.multi-region')).toEqual(['global/account:PASS']);
    expect(of('cloudtrail.log-validation')).toEqual(['global/main:PASS']);
    expect(of('cloudtrail.bucket-protected')).toEqual([`global/main-${scenario.accountId}-logs:PASS`]);
    expect(of('config.recorder').sort()).toEqual(['ap-northeast-1/region:FAIL', 'eu-west-1/region:FAIL', 'us-east-1/region:PASS']);
    expect(of('guardduty.enabled').sort()).toEqual(['ap-northeast-1/region:FAIL', 'eu-west-1/region:FAIL', 'us-east-1/region:PASS']);
    expect(of('billing.budget')).toEqual(['global/account:PASS']);
    expect(of('billing.budget-alerts')).toEqual(['global/account:PASS']);
    expect(of('iam.unused-credentials')).toEqual(['global/account:PASS']);
    expect(of('account.alternate-contacts')).toEqual(['global/account:PASS']);
    expect(of('iam.access-key-rotation')).toEqual(['global/account:PASS']);
    expect(of('s3.account-public-access-block')).toEqual(['global/account:FAIL']);
    expect(results.find((result) => result.checkId === 's3.account-public-access-block')?.message).toContain('leaves off: RestrictPublicBuckets.');
  });

  it('a hundred days on, passwords and a key never used, and the key never rotated, FAIL one by one (the credential report dates them)', async () => {
    const later = new Date(Date.now() + 100 * 86_400_000).toISOString();
    const run = await scenario.run(['audit', '--format', 'json', '--checks', 'iam.unused-credentials,iam.access-key-rotation'], { env: { AWS_BASELINE_NOW: later } });
    expect(run.code, run.stderr).toBe(1);
    const of = (check: string) => resultsOf(run.stdout).filter((result) => result.checkId === check).map((result) => `${result.resource.split('/').pop()}:${result.messageKey}`).sort();
    expect(of('iam.unused-credentials')).toEqual(['alice#password:password-never-used', 'bob#password:password-never-used', 'ci#access-key-1:key-never-used']);
    expect(of('iam.access-key-rotation')).toEqual(['ci#access-key-1:old']);
  });
});

describe('administrators by any path, on the emulator', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
    const state = new AccountState(scenario);
    await state.user('inline-admin', { console: true });
    await state.customAdmin('inline-admin', 'inline');
    await state.user('custom-admin', { console: true });
    await state.customAdmin('custom-admin', 'customer-managed');
    await state.user('group-admin', { console: true, mfa: true });
    await state.managedAdmin('group-admin', 'group');
    await state.user('keyed-admin', { console: true, mfa: true, accessKey: true });
    await state.managedAdmin('keyed-admin', 'direct');
    await state.user('reader', { console: true, mfa: true });
    // Those who may take an administrator's place: join its group, make a key for an administrator whose keys act
    // alone, set the console password of one with no MFA device.
    const arn = (kind: string, name: string) => `arn:aws:iam::${scenario.accountId}:${kind}/${name}`;
    await state.user('joiner', { console: true });
    await state.allow('joiner', 'iam:AddUserToGroup', arn('group', 'group-admin-admins'));
    await state.user('key-maker', { console: true });
    await state.allow('key-maker', 'iam:CreateAccessKey', arn('user', 'keyed-admin'));
    await state.user('helpdesk', { console: true, mfa: true });
    await state.allow('helpdesk', 'iam:UpdateLoginProfile', arn('user', '*'));
    // Those who may assume an administrator role: one the account trusts as it stands, one only with MFA; and a role only
    // Lambda may assume, which makes no one an administrator.
    await state.adminRole('ops-admin', { AWS: `arn:aws:iam::${scenario.accountId}:root` });
    await state.adminRole('guarded-admin', { AWS: `arn:aws:iam::${scenario.accountId}:root` }, { mfa: true });
    await state.adminRole('lambda-admin', { Service: 'lambda.amazonaws.com' });
    await state.user('switcher', { console: true });
    await state.allow('switcher', 'sts:AssumeRole', arn('role', 'ops-admin'));
    await state.user('guarded-switcher', { console: true, mfa: true, accessKey: true });
    await state.allow('guarded-switcher', 'sts:AssumeRole', arn('role', 'guarded-admin'));
    await state.allow('reader', 'sts:AssumeRole', arn('role', 'lambda-admin'));
    // One that may assume a role whose session may assume an administrator role (role chaining): the last trusts the first role by name.
    await state.role('gateway', { AWS: `arn:aws:iam::${scenario.accountId}:root` }, { allow: { action: 'sts:AssumeRole', resource: arn('role', 'chain-admin') } });
    await state.adminRole('chain-admin', { AWS: arn('role', 'gateway') });
    await state.user('hopper', { console: true });
    await state.allow('hopper', 'sts:AssumeRole', arn('role', 'gateway'));
    // One that may assume the MFA-guarded administrator role, and rewrite its trust policy (and so drop the MFA condition): its key acts alone.
    await state.user('trust-editor', { console: true, mfa: true, accessKey: true });
    await state.allow('trust-editor', 'sts:AssumeRole', arn('role', 'guarded-admin'));
    await state.allow('trust-editor', 'iam:UpdateAssumeRolePolicy', arn('role', 'guarded-admin'));
    // Those who may pass an administrator role to a service that runs what they give it: Lambda (a function created and
    // invoked), EC2 (an instance launched with the profile that holds the role; its key acts alone, MFA or not).
    await state.user('fn-deployer', { console: true });
    await state.allow('fn-deployer', 'iam:PassRole', arn('role', 'lambda-admin'));
    await state.allow('fn-deployer', 'lambda:*', '*');
    await state.adminRole('web-admin', { Service: 'ec2.amazonaws.com' });
    await state.instanceProfile('web', 'web-admin');
    await state.user('launcher', { console: true, mfa: true, accessKey: true });
    await state.allow('launcher', 'iam:PassRole', arn('role', 'web-admin'));
    await state.allow('launcher', 'ec2:RunInstances', '*');
    // One that may assume a role whose session may make a key for the administrator whose keys act alone.
    await state.role('key-desk', { AWS: `arn:aws:iam::${scenario.accountId}:root` }, { allow: { action: 'iam:CreateAccessKey', resource: arn('user', 'keyed-admin') } });
    await state.user('desk-user', { console: true });
    await state.allow('desk-user', 'sts:AssumeRole', arn('role', 'key-desk'));
    // One that may change the code of a function that runs as the Lambda administrator role (no iam:PassRole needed).
    await state.lambdaFunction('report', 'lambda-admin');
    await state.user('code-changer', { console: true });
    await state.allow('code-changer', 'lambda:UpdateFunctionCode', '*');
    // One that may update a stack whose service role is an administrator (CDK's cfn-exec-role): no iam:PassRole needed.
    await state.adminRole('cfn-exec', { Service: 'cloudformation.amazonaws.com' });
    await state.stack('app', 'cfn-exec');
    await state.user('stack-updater', { console: true });
    await state.allow('stack-updater', 'cloudformation:UpdateStack', '*');
    // One that may open a Session Manager shell on an instance launched with the profile that holds the EC2 administrator role.
    const webInstance = await state.instance('web');
    await state.user('operator', { console: true });
    await state.allow('operator', 'ssm:StartSession', `arn:aws:ec2:us-east-1:${scenario.accountId}:instance/${webInstance}`);
    // One that may start a build (its buildspec overridden) of a project whose service role is an administrator.
    await state.adminRole('build-admin', { Service: 'codebuild.amazonaws.com' });
    await state.codebuildProject('deploy', 'build-admin');
    await state.user('builder', { console: true });
    await state.allow('builder', 'codebuild:StartBuild', '*');
    // One that may run a task (its command overridden) from a task definition whose task role is an administrator.
    await state.adminRole('task-admin', { Service: 'ecs-tasks.amazonaws.com' });
    await state.taskDefinition('migrate', 'task-admin');
    await state.user('task-runner', { console: true });
    await state.allow('task-runner', 'ecs:RunTask', '*');
    // One that may open a SageMaker notebook that runs as an administrator role.
    await state.adminRole('notebook-admin', { Service: 'sagemaker.amazonaws.com' });
    await state.notebook('research', 'notebook-admin');
    await state.user('data-scientist', { console: true });
    await state.allow('data-scientist', 'sagemaker:CreatePresignedNotebookInstanceUrl', '*');
    // One whose policy allowed everything once, and who may make that version the default again.
    await state.user('versioner', { console: true });
    await state.policyRewritten('versioner', { Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Allow', Action: 'iam:SetDefaultPolicyVersion', Resource: '*' });
  });
  afterAll(() => scenario.stop());

  it('finds inline, customer-managed and group administrators, an admin key that MFA does not protect, who may take their place, assume an administrator role (or one that may assume one, or take an administrator\'s place), pass one to Lambda or EC2, change a function\'s code, update a stack, run commands on an instance, start a build, run a task or open a notebook that runs as one, or bring back a policy version that allows everything', async () => {
    const run = await scenario.run(['audit', '--format', 'json', '--checks', 'iam.admin-mfa', '--regions', 'us-east-1']);
    const results = resultsOf(run.stdout);
    expect(results.map((result) => `${result.resource.split('/').pop()}:${result.status}:${result.messageKey}`).sort()).toEqual([
      'builder:FAIL:console-no-mfa',
      'code-changer:FAIL:console-no-mfa',
      'custom-admin:FAIL:console-no-mfa',
      'data-scientist:FAIL:console-no-mfa',
      'desk-user:FAIL:console-no-mfa',
      'fn-deployer:FAIL:console-no-mfa',
      'group-admin:PASS:has-mfa',
      'guarded-switcher:PASS:key-needs-mfa',
      'helpdesk:PASS:has-mfa',
      'hopper:FAIL:console-no-mfa',
      'inline-admin:FAIL:console-no-mfa',
      'joiner:FAIL:console-no-mfa',
      'key-maker:FAIL:console-no-mfa',
      'keyed-admin:FAIL:keys-without-mfa',
      'launcher:FAIL:keys-without-mfa',
      'operator:FAIL:console-no-mfa',
      'stack-updater:FAIL:console-no-mfa',
      'switcher:FAIL:console-no-mfa',
      'task-runner:FAIL:console-no-mfa',
      'trust-editor:FAIL:keys-without-mfa',
      'versioner:FAIL:console-no-mfa',
    ]);
    const messageOf = (user: string) => results.find((result) => result.resource.endsWith(`/${user}`))?.message;
    expect(messageOf('joiner')).toContain('Administrator joiner (inline:iam-AddUserToGroup, → iam:AddUserToGroup) has a console password and no MFA.');
    expect(messageOf('switcher')).toContain('Administrator switcher (inline:sts-AssumeRole, → sts:AssumeRole role/ops-admin) has a console password and no MFA.');
    expect(messageOf('guarded-switcher')).toContain('Administrator guarded-switcher (inline:sts-AssumeRole, → sts:AssumeRole role/guarded-admin) has MFA, and its active access key cannot act as administrator without MFA.');
    expect(messageOf('hopper')).toContain('Administrator hopper (inline:sts-AssumeRole, → sts:AssumeRole role/gateway → role/chain-admin) has a console password and no MFA.');
    expect(messageOf('code-changer')).toContain('Administrator code-changer (inline:lambda-UpdateFunctionCode, → lambda:UpdateFunctionCode function/report in us-east-1 as role/lambda-admin) has a console password and no MFA.');
    expect(scenario.aws.operations().filter((operation) => operation === 'lambda:ListFunctions')).toHaveLength(1);
    expect(messageOf('stack-updater')).toContain('Administrator stack-updater (inline:cloudformation-UpdateStack, → cloudformation:UpdateStack stack/app in us-east-1 as role/cfn-exec) has a console password and no MFA.');
    expect(scenario.aws.operations().filter((operation) => operation === 'cloudformation:DescribeStacks')).toHaveLength(1);
    expect(messageOf('operator')).toMatch(/^Administrator operator \(inline:ssm-StartSession, → ssm:StartSession instance\/i-[0-9a-f]+ in us-east-1 as role\/web-admin\) has a console password and no MFA\./);
    expect(scenario.aws.operations().filter((operation) => operation === 'ec2:DescribeInstances')).toHaveLength(1);
    expect(messageOf('builder')).toContain('Administrator builder (inline:codebuild-StartBuild, → codebuild:StartBuild project/deploy in us-east-1 as role/build-admin) has a console password and no MFA.');
    expect(scenario.aws.operations().filter((operation) => operation.startsWith('codebuild:'))).toEqual(['codebuild:ListProjects', 'codebuild:BatchGetProjects']);
    expect(messageOf('task-runner')).toContain('Administrator task-runner (inline:ecs-RunTask, → ecs:RunTask task-definition/migrate:1 in us-east-1 as role/task-admin) has a console password and no MFA.');
    expect(scenario.aws.operations().filter((operation) => operation.startsWith('ecs:'))).toEqual(['ecs:ListTaskDefinitionFamilies', 'ecs:DescribeTaskDefinition']);
    expect(messageOf('data-scientist')).toContain('Administrator data-scientist (inline:sagemaker-CreatePresignedNotebookInstanceUrl, → sagemaker:CreatePresignedNotebookInstanceUrl notebook-instance/research in us-east-1 as role/notebook-admin) has a console password and no MFA.');
    expect(messageOf('desk-user')).toContain('Administrator desk-user (inline:sts-AssumeRole, → sts:AssumeRole role/key-desk → iam:CreateAccessKey user/keyed-admin) has a console password and no MFA.');
    expect(messageOf('fn-deployer')).toContain('Administrator fn-deployer (inline:iam-PassRole, inline:lambda-*, → iam:PassRole role/lambda-admin to lambda.amazonaws.com) has a console password and no MFA.');
    expect(messageOf('launcher')).toContain('Administrator launcher (inline:ec2-RunInstances, inline:iam-PassRole, → iam:PassRole role/web-admin to ec2.amazonaws.com) has an active access key that acts as administrator without MFA');
    expect(messageOf('versioner')).toContain('Administrator versioner (policy:versioner-policy, → iam:SetDefaultPolicyVersion policy/versioner-policy) has a console password and no MFA.');
    expect(messageOf('key-maker')).toContain('Administrator key-maker (inline:iam-CreateAccessKey, → iam:CreateAccessKey user/keyed-admin) has a console password and no MFA.');
    // The first administrator with no MFA device it may sign in as, in the order the account lists its users.
    expect(messageOf('helpdesk')).toMatch(/^Administrator helpdesk \(inline:iam-UpdateLoginProfile, → iam:UpdateLoginProfile user\/(custom|inline)-admin\) has MFA\./);
    expect(scenario.aws.operations()).toContain('iam:GetAccountAuthorizationDetails');
  });

  it('a snapshot keeps the workloads the check read on demand, and its replay judges the same with no call', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aws-baseline-admins-')), 'account.json');
    const taken = await scenario.run(['snapshot', '-o', file, '--checks', 'iam.admin-mfa', '--regions', 'us-east-1']);
    expect(taken.code).toBe(0);
    const facts = Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { facts: Record<string, unknown> }).facts);
    expect(facts).toEqual(expect.arrayContaining(['lambda.functions@us-east-1', 'cloudformation.stacks@us-east-1', 'ec2.instances@us-east-1', 'codebuild.projects@us-east-1', 'ecs.taskDefinitions@us-east-1', 'sagemaker.notebooks@us-east-1', 'organizations.organization']));
    const live = await scenario.run(['audit', '--format', 'json', '--checks', 'iam.admin-mfa', '--regions', 'us-east-1']);
    scenario.aws.reset();
    const replayed = await scenario.run(['audit', '--snapshot', file, '--format', 'json', '--checks', 'iam.admin-mfa']);
    const verdicts = (stdout: string) => resultsOf(stdout).map((result) => `${result.resource}:${result.status}:${result.messageKey}:${result.message}`);
    expect(verdicts(replayed.stdout)).toEqual(verdicts(live.stdout));
    expect(scenario.aws.operations()).toEqual([]);
  });
});

describe("trails' buckets on the emulator: blocked as AWS makes them, left open, public by policy, public by ACL", () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
    const state = new AccountState(scenario);
    await state.trail('blocked');
    await state.trail('open', { bucket: 'open' });
    await state.trail('policy', { bucket: 'public' });
    await state.trail('acl', { bucket: 'public-acl' });
    await state.publicAccessBlock('BlockPublicAcls');
  });
  afterAll(() => scenario.stop());

  it("each bucket judged on the stricter of its own and the account's settings, what makes it public named", async () => {
    const run = await scenario.run(['audit', '--format', 'json', '--checks', 'cloudtrail.bucket-protected', '--regions', 'us-east-1']);
    expect(run.code, run.stderr).toBe(1);
    const id = scenario.accountId;
    expect(resultsOf(run.stdout).map((result) => `${result.resource} ${result.status} ${result.messageKey}`)).toEqual([
      `arn:aws:s3:::acl-${id}-logs FAIL public-acl`,
      `arn:aws:s3:::blocked-${id}-logs PASS protected`,
      `arn:aws:s3:::open-${id}-logs FAIL open`,
      `arn:aws:s3:::policy-${id}-logs FAIL public-policy`,
    ]);
    const messages = resultsOf(run.stdout).map((result) => result.message);
    expect(messages).toContain(`Bucket acl-${id}-logs (trails: acl) is public through its ACL (AllUsers READ): anyone can read the account's activity logs.`);
    expect(messages).toContain(`Bucket open-${id}-logs (trails: open) is not public, but leaves off: IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets; a policy or ACL could make it so.`);
    const operations = new Set(scenario.aws.operations());
    for (const operation of ['s3:ListBuckets', 's3:GetPublicAccessBlock', 's3:GetBucketPolicyStatus', 's3:GetBucketAcl']) expect(operations).toContain(operation);
  });
});

describe('a trail sending to CloudWatch Logs that never logged, on the emulator', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
    await new AccountState(scenario).trail('quiet', { cloudWatch: true, logging: false });
  });
  afterAll(() => scenario.stop());

  it('fails: a trail delivers only while it logs', async () => {
    const run = await scenario.run(['audit', '--format', 'json', '--checks', 'cloudtrail.cloudwatch-logs,cloudtrail.multi-region', '--regions', 'us-east-1']);
    const results = resultsOf(run.stdout).map((result) => `${result.checkId}:${result.status}:${result.messageKey}`);
    expect(results).toEqual(['cloudtrail.multi-region:FAIL:not-logging', 'cloudtrail.cloudwatch-logs:FAIL:not-logging']);
  });
});
