import { describe } from 'vitest';
import adminMfa from '../../src/checks/iam/admin-mfa.js';
import mfaRecovery from '../../src/checks/iam/mfa-recovery.js';
import rootRecentUse from '../../src/checks/iam/root-recent-use.js';
import userConsoleMfa from '../../src/checks/iam/user-console-mfa.js';
import { checkCases, credentialReport, credentialRow, daysAgo, denied, failure } from '../helpers.js';

const row = credentialRow;
const report = credentialReport;

describe('iam.root-recent-use', () => {
  checkCases(rootRecentUse, [
    { name: 'never used', facts: report(row('<root_account>')), expect: ['PASS'], keys: ['never-used'] },
    { name: 'password used 200 days ago', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(200) })), expect: ['PASS'], keys: ['unused'] },
    { name: 'password used 3 days ago', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(3) })), expect: ['FAIL'], messages: ['3 day(s) ago'] },
    {
      name: 'the most recent of password and both keys counts',
      facts: report(row('<root_account>', { passwordLastUsed: daysAgo(300), accessKey1LastUsed: daysAgo(200), accessKey2LastUsed: daysAgo(10) })),
      expect: ['FAIL'],
      messages: ['access key 2'],
    },
    { name: 'threshold from settings', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(20) })), settings: { rootUnusedDays: 14 }, expect: ['PASS'] },
    { name: 'exactly at the threshold is unused', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(90) })), expect: ['PASS'] },
    { name: 'report without the root row', facts: report(row('alice')), expect: ['ERROR'] },
    { name: 'report denied', facts: { 'iam.credentialReport': denied('GetCredentialReport') }, expect: ['ERROR'] },
  ]);
});

describe('iam.user-console-mfa', () => {
  checkCases(userConsoleMfa, [
    {
      name: 'one with MFA, one without, one without console',
      facts: report(row('<root_account>'), row('alice', { passwordEnabled: true, mfaActive: true }), row('bob', { passwordEnabled: true }), row('ci', { passwordEnabled: false, accessKey1Active: true })),
      expect: ['PASS', 'FAIL'],
      messages: ['alice', 'bob'],
    },
    { name: 'the root row is never a user', facts: report(row('<root_account>', { passwordEnabled: undefined })), expect: ['PASS'], keys: ['no-console-users'] },
    { name: 'the root row is never a user, even marked with a password', facts: report(row('<root_account>', { passwordEnabled: true })), expect: ['PASS'], keys: ['no-console-users'] },
    { name: 'no console users', facts: report(row('<root_account>'), row('ci', { passwordEnabled: false })), expect: ['PASS'], keys: ['no-console-users'] },
    { name: 'report denied', facts: { 'iam.credentialReport': denied('GenerateCredentialReport') }, expect: ['ERROR'] },
  ]);
});

describe('results built on the credential report say when it was made', () => {
  checkCases(userConsoleMfa, [
    {
      name: 'a report 4 hours old',
      facts: { 'iam.credentialReport': { generatedAt: '2026-11-20T08:00:00.000Z', users: [row('bob', { passwordEnabled: true })] } },
      expect: ['FAIL'],
      messages: ['IAM user bob has a console password but no MFA. (credential report of 2026-11-20 08:00 UTC)'],
    },
  ]);
});

describe('iam.admin-mfa', () => {
  const ADMIN_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';
  const doc = (...statements: object[]) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
  type User = { name: string; attached?: string[]; inline?: string[]; groups?: string[]; boundary?: string };
  const user = ({ name, attached = [], inline = [], groups = [], boundary }: User) => ({
    name,
    arn: `arn:aws:iam::123456789012:user/${name}`,
    groups,
    attached,
    inline: inline.map((document, index) => ({ name: `inline${index}`, document })),
    ...(boundary ? { boundary } : {}),
  });
  type Extra = { groups?: { name: string; attached: string[] }[]; policies?: { arn: string; name: string; document?: string }[]; roles?: { name: string; trust: string; attached: string[]; instanceProfiles?: string[] }[] };
  const details = (users: User[], extra: Extra = {}) => ({
    'iam.authorizationDetails': {
      users: users.map(user),
      groups: (extra.groups ?? []).map((group) => ({ ...group, arn: `arn:aws:iam::123456789012:group/${group.name}`, inline: [] })),
      roles: (extra.roles ?? []).map((role) => ({ ...role, arn: `arn:aws:iam::123456789012:role/${role.name}`, inline: [] })),
      policies: extra.policies ?? [],
    },
  });
  const admin = (name: string, more: Partial<User> = {}) => details([{ name, attached: [ADMIN_ACCESS], ...more }]);
  // An account in no organization (DescribeOrganization: AWSOrganizationsNotInUseException): no member account for a developer to reach.
  const noOrganization = { 'organizations.organization': failure('DescribeOrganization', 'not-enabled', 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.') };
  const developerAndFunctionRole = {
    ...noOrganization,
    ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })] }], {
    roles: [{ name: 'fn-admin', trust: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS] }],
  }),
  };
  const reportFunction = { name: 'report', arn: 'arn:aws:lambda:eu-west-1:123456789012:function:report', role: 'arn:aws:iam::123456789012:role/fn-admin' };
  // CDK's bootstrap makes such a role (cfn-exec-role, AdministratorAccess) and deploys every stack with it as the stack's service role.
  const developerAndStackRole = {
    ...noOrganization,
    ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })] }], {
    roles: [{ name: 'cfn-exec', trust: doc({ Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS] }],
  }),
  };
  const developerAndInstanceRole = {
    ...noOrganization,
    ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })] }], {
    roles: [{ name: 'web-admin', trust: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS], instanceProfiles: ['web'] }],
  }),
  };
  const appStack = (status: string) => ({ name: 'app', arn: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/app/6b1c2d40-0000-11ef-8000-0a1b2c3d4e5f', role: 'arn:aws:iam::123456789012:role/cfn-exec', status });
  const denyUnlessMfa = doc({ Effect: 'Deny', NotAction: ['iam:EnableMFADevice', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } });
  checkCases(adminMfa, [
    { name: 'admin with MFA', facts: { ...admin('alice'), ...report(row('alice', { passwordEnabled: true, mfaActive: true })) }, expect: ['PASS'], keys: ['has-mfa'] },
    {
      name: 'admin through a group, console, no MFA',
      facts: { ...details([{ name: 'bob', groups: ['Admins'] }], { groups: [{ name: 'Admins', attached: [ADMIN_ACCESS] }] }), ...report(row('bob', { passwordEnabled: true })) },
      expect: ['FAIL'],
      keys: ['console-no-mfa'],
      messages: ['AdministratorAccess via group:Admins'],
    },
    {
      name: 'every way a user is an administrator is named',
      facts: { ...details([{ name: 'bob', attached: [ADMIN_ACCESS], groups: ['Admins'] }], { groups: [{ name: 'Admins', attached: [ADMIN_ACCESS] }] }), ...report(row('bob', { passwordEnabled: true })) },
      expect: ['FAIL'],
      messages: ['(AdministratorAccess, AdministratorAccess via group:Admins)'],
    },
    {
      name: 'a user who can grant itself everything is named as such',
      facts: { ...details([{ name: 'iam-admin', inline: [doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' })] }]), ...report(row('iam-admin', { passwordEnabled: true })) },
      expect: ['FAIL'],
      messages: ['(inline:inline0, → iam:AttachUserPolicy)'],
    },
    { name: 'admin with only access keys', facts: { ...admin('ci'), ...report(row('ci', { accessKey2Active: true })) }, expect: ['FAIL'], keys: ['keys-only'] },
    { name: 'admin with no credentials and no MFA', facts: { ...admin('idle'), ...report(row('idle')) }, expect: ['FAIL'], keys: ['no-mfa'] },
    {
      name: "a user with a path keeps the report's ARN",
      facts: { ...admin('dev'), 'iam.credentialReport': { users: [{ ...row('dev', { mfaActive: true }), arn: 'arn:aws:iam::123456789012:user/team/dev' }] } },
      expect: ['PASS'],
      messages: ['dev'],
    },
    { name: 'no admins', facts: details([{ name: 'reader', inline: [doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' })] }]), expect: ['PASS'], keys: ['no-admins'] },
    {
      name: 'no admins in a snapshot that holds no roles (taken before they were read): MANUAL, never a PASS it cannot back',
      facts: { 'iam.authorizationDetails': { users: [], groups: [], policies: [] } },
      expect: ['MANUAL'],
      keys: ['no-admins-roles-not-read'],
    },
    // "Granting a user permissions to switch roles": a role that is an administrator, whose trust policy names the user.
    {
      name: 'a user who may assume an administrator role, console without MFA',
      facts: {
        ...details([{ name: 'bob' }], { roles: [{ name: 'ops-admin', trust: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/bob' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS] }] }),
        ...report(row('bob', { passwordEnabled: true })),
      },
      expect: ['FAIL'],
      keys: ['console-no-mfa'],
      messages: ['(trust of role/ops-admin, → sts:AssumeRole role/ops-admin)'],
    },
    {
      name: 'a role only a session with MFA may assume: the user with MFA and a key is an administrator with MFA only',
      facts: {
        ...details([{ name: 'ops', inline: [doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' })] }], {
          roles: [{ name: 'admin', trust: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), attached: [ADMIN_ACCESS] }],
        }),
        ...report(row('ops', { passwordEnabled: true, mfaActive: true, accessKey1Active: true })),
      },
      expect: ['PASS'],
      keys: ['key-needs-mfa'],
    },
    {
      name: 'admin with MFA and an active access key: MFA does not protect the key',
      facts: { ...details([{ name: 'ops', inline: [doc(allowAll)] }]), ...report(row('ops', { passwordEnabled: true, mfaActive: true, accessKey1Active: true })) },
      expect: ['FAIL'],
      keys: ['keys-without-mfa'],
      messages: ['MFA does not apply to access keys'],
    },
    {
      name: 'console without MFA and a key: both reasons at once',
      facts: { ...admin('ops'), ...report(row('ops', { passwordEnabled: true, accessKey1Active: true })) },
      expect: ['FAIL'],
      keys: ['console-no-mfa-and-key'],
    },
    {
      name: 'grant with Bool aws:MultiFactorAuthPresent true: its key cannot act as admin alone',
      facts: { ...details([{ name: 'ops', inline: [doc({ ...allowAll, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })] }]), ...report(row('ops', { mfaActive: true, accessKey1Active: true })) },
      expect: ['PASS'],
      keys: ['key-needs-mfa'],
    },
    {
      name: 'grant with BoolIfExists aws:MultiFactorAuthPresent true, MFA device, active key: the key acts alone',
      facts: { ...details([{ name: 'ops', inline: [doc({ ...allowAll, Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } } })] }]), ...report(row('ops', { mfaActive: true, accessKey1Active: true })) },
      expect: ['FAIL'],
      keys: ['keys-without-mfa'],
    },
    {
      name: "AWS's deny-unless-MFA policy beside AdministratorAccess, MFA device, active key",
      facts: { ...admin('ops', { inline: [denyUnlessMfa] }), ...report(row('ops', { mfaActive: true, accessKey1Active: true })) },
      expect: ['PASS'],
      keys: ['key-needs-mfa'],
    },
    {
      name: 'a boundary whose document was not read: ERROR for that user, never a silent pass',
      facts: admin('capped', { boundary: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }),
      expect: ['ERROR'],
      messages: ['AmazonS3ReadOnlyAccess'],
    },
    {
      name: 'with the boundary read, the capped user is not an administrator',
      facts: {
        ...details([{ name: 'capped', attached: [ADMIN_ACCESS], boundary: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }], {
          policies: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', name: 'AmazonS3ReadOnlyAccess', document: doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }) }],
        }),
      },
      expect: ['PASS'],
      keys: ['no-admins'],
    },
    { name: 'admin with MFA and only inactive keys', facts: { ...admin('ops'), ...report(row('ops', { passwordEnabled: true, mfaActive: true })) }, expect: ['PASS'] },
    { name: 'admin missing from the report: ERROR for that user alone', facts: { ...details([{ name: 'new', attached: [ADMIN_ACCESS] }, { name: 'old', attached: [ADMIN_ACCESS] }]), ...report(row('old', { mfaActive: true })) }, expect: ['ERROR', 'PASS'] },
    { name: 'authorization details denied', facts: { 'iam.authorizationDetails': denied('GetAccountAuthorizationDetails') }, expect: ['ERROR'] },
    // "Managing passwords for IAM users": a console password set for an administrator with no MFA device signs in as it.
    {
      name: 'a helpdesk that may set the console password of an administrator with no MFA device is one too',
      facts: {
        ...details([{ name: 'bob', attached: [ADMIN_ACCESS] }, { name: 'helpdesk', inline: [doc({ Effect: 'Allow', Action: ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'], Resource: '*' })] }]),
        ...report(row('bob', { passwordEnabled: true }), row('helpdesk', { passwordEnabled: true, accessKey1Active: true })),
      },
      expect: ['FAIL', 'FAIL'],
      keys: ['console-no-mfa', 'console-no-mfa-and-key'],
      messages: ['AdministratorAccess', '(inline:inline0, → iam:UpdateLoginProfile user/bob)'],
    },
    // A developer allowed everything but IAM (PowerUserAccess) may change the code of a function that runs as an administrator role.
    {
      name: "a developer who may change an administrator function's code: its functions read in every region, the developer named",
      facts: { ...developerAndFunctionRole, 'lambda.functions@us-east-1': [], 'lambda.functions@eu-west-1': [reportFunction], ...report(row('dev', { passwordEnabled: true })) },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['FAIL'],
      keys: ['console-no-mfa'],
      messages: ['(inline:inline0, → lambda:UpdateFunctionCode function/report in eu-west-1 as role/fn-admin)'],
    },
    {
      name: "a region whose functions could not be read: the developer is undecided (ERROR), never 'no administrator'",
      facts: { ...developerAndFunctionRole, 'lambda.functions@us-east-1': [], 'lambda.functions@eu-west-1': denied('ListFunctions'), ...report(row('dev', { passwordEnabled: true })) },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['ERROR'],
      messages: ['Lambda functions of eu-west-1'],
    },
    {
      name: 'no region audited (the region list could not be read) where the functions matter: ERROR, never a guess',
      facts: { ...developerAndFunctionRole, ...report(row('dev', { passwordEnabled: true })) },
      regions: [],
      expect: ['ERROR'],
      messages: ['no Lambda functions were read'],
    },
    {
      name: "a region the organization's service control policy denies holds no function anyone may change: no administrator",
      facts: {
        ...developerAndFunctionRole,
        'lambda.functions@us-east-1': [],
        'lambda.functions@eu-west-1': failure('ListFunctions', 'organization-denied', 'AccessDeniedException', 'with an explicit deny in a service control policy'),
        ...report(row('dev', { passwordEnabled: true })),
      },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['PASS'],
      keys: ['no-admins'],
    },
    // The same developer may update a stack whose service role is an administrator: CloudFormation uses the stack's role for whoever may operate on it.
    {
      name: "a developer who may update a stack whose service role is an administrator: its stacks read in every region, the developer named",
      facts: { ...developerAndStackRole, 'cloudformation.stacks@us-east-1': [], 'cloudformation.stacks@eu-west-1': [appStack('UPDATE_COMPLETE')], ...report(row('dev', { accessKey1Active: true })) },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['FAIL'],
      keys: ['keys-only'],
      messages: ['(inline:inline0, → cloudformation:UpdateStack stack/app in eu-west-1 as role/cfn-exec)'],
    },
    {
      name: 'a stack whose creation failed and rolled back may only be deleted: no administrator through it',
      facts: { ...developerAndStackRole, 'cloudformation.stacks@us-east-1': [], 'cloudformation.stacks@eu-west-1': [appStack('ROLLBACK_COMPLETE')], ...report(row('dev', { accessKey1Active: true })) },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['PASS'],
      keys: ['no-admins'],
    },
    {
      name: "a region whose stacks could not be read: the developer is undecided (ERROR), never 'no administrator'",
      facts: { ...developerAndStackRole, 'cloudformation.stacks@us-east-1': [appStack('DELETE_COMPLETE')], 'cloudformation.stacks@eu-west-1': denied('DescribeStacks'), ...report(row('dev', { accessKey1Active: true })) },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['ERROR'],
      messages: ['CloudFormation stacks of eu-west-1'],
    },
    // And may run commands on an instance whose profile holds an administrator role (Systems Manager runs them as root there).
    {
      name: 'a developer who may run commands on an instance whose profile holds an administrator role: its instances read, the developer named with the instance',
      facts: {
        ...developerAndInstanceRole,
        'ec2.instances@us-east-1': [{ id: 'i-0bare', profile: 'arn:aws:iam::123456789012:instance-profile/other' }],
        'ec2.instances@eu-west-1': [{ id: 'i-0web', profile: 'arn:aws:iam::123456789012:instance-profile/web' }],
        ...report(row('dev', { passwordEnabled: true, mfaActive: true })),
      },
      regions: ['us-east-1', 'eu-west-1'],
      expect: ['PASS'],
      keys: ['has-mfa'],
      messages: ['(inline:inline0, → ssm:SendCommand instance/i-0web in eu-west-1 as role/web-admin)'],
    },
    {
      name: "an instance whose profile holds another role: no administrator through it",
      facts: { ...developerAndInstanceRole, 'ec2.instances@us-east-1': [{ id: 'i-0bare', profile: 'arn:aws:iam::123456789012:instance-profile/other' }], ...report(row('dev', { passwordEnabled: true })) },
      regions: ['us-east-1'],
      expect: ['PASS'],
      keys: ['no-admins'],
    },
    {
      name: 'a developer who may start a build of a project whose service role is an administrator: its projects read, the developer named with the project',
      facts: {
        ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', Action: 'codebuild:*', Resource: '*' })] }], {
          roles: [{ name: 'build-admin', trust: doc({ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS] }],
        }),
        'codebuild.projects@us-east-1': [{ name: 'deploy', arn: 'arn:aws:codebuild:us-east-1:123456789012:project/deploy', role: 'arn:aws:iam::123456789012:role/build-admin' }],
        ...report(row('dev', { passwordEnabled: true })),
      },
      regions: ['us-east-1'],
      expect: ['FAIL'],
      keys: ['console-no-mfa'],
      messages: ['(inline:inline0, → codebuild:StartBuild project/deploy in us-east-1 as role/build-admin)'],
    },
    // In the organization's management account, PowerUserAccess may assume the role Organizations makes in every member account.
    {
      name: "a developer in the organization's management account, who may assume the members' OrganizationAccountAccessRole",
      facts: {
        ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })] }]),
        'organizations.organization': { id: 'o-a1b2c3d4e5', managementAccountId: '123456789012', featureSet: 'ALL' },
        ...report(row('dev', { passwordEnabled: true, accessKey1Active: true })),
      },
      expect: ['FAIL'],
      keys: ['console-no-mfa-and-key'],
      messages: ['(inline:inline0, → sts:AssumeRole role/OrganizationAccountAccessRole in member accounts)'],
    },
    {
      name: 'the same developer in a member account: no administrator',
      facts: {
        ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })] }]),
        'organizations.organization': { id: 'o-a1b2c3d4e5', managementAccountId: '210987654321', featureSet: 'ALL' },
        ...report(row('dev', { passwordEnabled: true })),
      },
      expect: ['PASS'],
      keys: ['no-admins'],
    },
    {
      name: 'where the organization could not be read: the developer is undecided, never judged safe',
      facts: { ...details([{ name: 'dev', inline: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })] }]), 'organizations.organization': denied('DescribeOrganization'), ...report(row('dev', { passwordEnabled: true })) },
      expect: ['ERROR'],
      messages: ["whether this is the organization's management account"],
    },
    {
      name: 'not where that administrator has an MFA device: the sign-in asks for it',
      facts: {
        ...details([{ name: 'bob', attached: [ADMIN_ACCESS] }, { name: 'helpdesk', inline: [doc({ Effect: 'Allow', Action: 'iam:UpdateLoginProfile', Resource: '*' })] }]),
        ...report(row('bob', { passwordEnabled: true, mfaActive: true }), row('helpdesk', { passwordEnabled: true })),
      },
      expect: ['PASS'],
      keys: ['has-mfa'],
      messages: ['bob'],
    },
  ]);
});

describe('iam.mfa-recovery', () => {
  checkCases(mfaRecovery, [{ name: 'always needs a person', facts: {}, expect: ['MANUAL'] }]);
});
