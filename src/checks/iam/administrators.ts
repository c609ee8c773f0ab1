/**
 * Who is an administrator, judged as IAM evaluates policies (./policy-evaluation.ts), from one read of
 * the account's authorization details (users, groups, the roles they might assume or pass, their policies and
 * boundaries).
 *
 * An administrator is a user that, in some way of signing its requests, is allowed
 * - **everything**: every request of a set of probes across services (IAM, STS, S3, EC2, KMS, Lambda,
 *   Secrets Manager, CloudTrail, Organizations, Account) on resources of the account; or
 * - **to grant itself everything**: `iam:AttachUserPolicy` or `iam:PutUserPolicy` on its own user,
 *   `iam:AttachGroupPolicy` or `iam:PutGroupPolicy` on one of its groups, `iam:CreatePolicyVersion` on a
 *   customer-managed policy it holds (or `iam:SetDefaultPolicyVersion`, where another version of it would
 *   do), `iam:AddUserToGroup` on a group that would allow it everything (or to grant itself everything)
 *   once it is in; or **to assume a role that is an administrator** (or that it may make one: a policy
 *   attached to the role or put on it; or whose session may assume such a role in turn, or take an
 *   administrator's place; or whose trust policy it may rewrite, `iam:UpdateAssumeRolePolicy`); or **to pass
 *   a role that is an administrator to a service that runs what it is given** (`iam:PassRole` to Lambda
 *   with `lambda:CreateFunction` and `lambda:InvokeFunction`, to CloudFormation with
 *   `cloudformation:CreateStack`, to EC2 with `ec2:RunInstances` where an instance profile holds the role,
 *   to CodeBuild, Glue, SageMaker or ECS tasks (runRequests): "Granting a user permissions to pass a role
 *   to an AWS service"); or **to change what a workload that runs as such a role runs** (a Lambda function's
 *   code, a CloudFormation stack's template, commands on an EC2 instance, a CodeBuild project's build: ./workloads.ts,
 *   read only where they may matter); or **to take another administrator's place**: `iam:CreateAccessKey` for an
 *   administrator whose access keys act as administrator alone, or a console password
 *   (`iam:UpdateLoginProfile`, `iam:CreateLoginProfile`) for one with no MFA device (known from the
 *   credential report, when the caller gives it). The key or the password is that administrator's,
 *   whatever caps the principal that made it; found until no more are, so a chain of such users (and
 *   of roles that take their places) is found whole.
 *
 * A permissions boundary it may lift (`iam:DeleteUserPermissionsBoundary`, `iam:PutUserPermissionsBoundary`,
 * allowed by its policies and the boundary) caps nothing: the user is then judged without it, and is an
 * administrator by lifting it alone where its policies allow everything. A boundary it may not lift caps
 * what it grants itself too: such a grant makes an administrator only within a boundary that allows
 * everything the probes ask.
 *
 * It is judged three times: in a session that used MFA, in a console session without MFA, and with a
 * long-term access key (a request that carries no MFA key at all). A grant that requires
 * `Bool aws:MultiFactorAuthPresent true` is not usable with a key; one with `BoolIfExists … true` is
 * (the key is absent, so IfExists holds); AWS's documented "deny unless MFA" policy (Deny with
 * `BoolIfExists aws:MultiFactorAuthPresent false`) denies key requests.
 */
import { byCodeUnit } from '../../core/order.js';
import { decide, type Json, type MfaContext, mayEverAllow, parsePolicyDocument, type Policy, type Request, trustAdmits } from './policy-evaluation.js';
import { arnAccount } from '../../core/arn.js';
import { ROLE_RUNNING_SERVICES } from '../../facts/services/iam.js';
import { WORKLOAD_KINDS, WORKLOADS, type WorkloadKind, type WorkloadsRead } from './workloads.js';

export interface AuthorizationDetails {
  users: { name: string; arn: string; groups: string[]; attached: string[]; inline: { name: string; document?: string }[]; boundary?: string }[];
  groups: { name: string; arn: string; attached: string[]; inline: { name: string; document?: string }[] }[];
  /**
   * Managed policies by ARN, with their default version's document: the customer's, and the AWS-managed ones in use.
   * `versions`: a customer policy's other versions' documents (IAM keeps up to five; any may be made the default).
   */
  policies: { arn: string; name: string; document?: string; versions?: string[] }[];
  /**
   * The roles a user might assume or pass to a service that runs code (others, service-linked roles among them, left out), each with its trust
   * policy; undefined where roles were not read (a snapshot taken before they were).
   */
  roles?: { name: string; arn: string; trust?: string; attached: string[]; inline: { name: string; document?: string }[]; boundary?: string; instanceProfiles?: string[] }[];
}

/**
 * The account judged: its partition and id, and, where it is its organization's management account (or may be: its organization
 * could not be read), `organizationRole` says so; absent, it is not.
 */
export interface AccountIdentity {
  partition: string;
  accountId: string;
  organizationRole?: 'management' | 'unknown';
}

/**
 * The roles AWS makes in an organization's member accounts for its management account, each with AdministratorAccess and a trust
 * policy that names the management account: Organizations' in an account it creates (OrganizationAccountAccessRole, "Accessing a member
 * account that has a management account access role"), Control Tower's in an account it enrolls (AWSControlTowerExecution). From the
 * management account, a principal whose own policies allow sts:AssumeRole on one (the trust names the account, not the principal)
 * administers those members, with its own session's MFA (the trust asks for none). A member account of the probe: a policy that names
 * some members only is not followed, nor whether a member still holds the role.
 */
const MEMBER_ADMIN_ROLES = ['OrganizationAccountAccessRole', 'AWSControlTowerExecution'];
const A_MEMBER_ACCOUNT = '000000000000';
/** What is unknown where the organization could not be read and a principal may assume a member's administrator role. */
const UNKNOWN_ORGANIZATION = "whether this is the organization's management account (organizations:DescribeOrganization)";

export interface Administrator {
  userName: string;
  arn: string;
  /** The policies that make it one: `policy:NAME`, `inline:NAME`, `AdministratorAccess`, each possibly `… via group:NAME`. */
  via: string[];
  /** How: allowed everything, or allowed to grant itself everything (the action that lets it, and the user it acts on when that is another's). */
  grant: { kind: 'everything' } | { kind: 'self-grant'; action: string; on?: string };
  /** Whether it is an administrator without MFA: with an access key alone, in a console session without MFA. */
  withoutMfa: { accessKey: boolean; console: boolean };
}

export interface AdministratorsVerdict {
  administrators: Administrator[];
  /** Users whose policies could not all be read (a document missing): who they are cannot be decided. */
  undecided: { userName: string; arn: string; missing: string[] }[];
  /**
   * The kinds of workload (WORKLOADS) judged without, where they may matter: a role such a workload could run as is (or may be made,
   * or might be) an administrator, and a principal that is not one in every way may change what one runs. Read them, judge again.
   */
  readWorkloads: WorkloadKind[];
}

/** AdministratorAccess's document never changes ({"Effect":"Allow","Action":"*","Resource":"*"}): known without a read. */
const ADMINISTRATOR_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

type RunningService = (typeof ROLE_RUNNING_SERVICES)[number];

/**
 * What a caller must be allowed, beside `iam:PassRole` with `iam:PassedToService`, to have each service run what it gives it with
 * the role it passed, in one of several ways (each a list of requests, all needed): a Lambda function created with the role, then
 * invoked or triggered by an event source; a CloudFormation stack created with it as its service role (the stack makes the
 * template's resources as the role); an EC2 instance launched with it (its user data runs as root, the role's credentials are the
 * instance's); a CodeBuild project built (its buildspec runs as the role); a Glue job run, or a development endpoint one connects
 * to; a SageMaker notebook opened, or a processing or training job run; an ECS task run from a task definition that names the role.
 */
function runRequests(partition: string, account: string): Record<RunningService, [action: string, resource: string][][]> {
  const arn = (service: string, rest: string) => `arn:${partition}:${service}:us-east-1:${account}:${rest}`;
  const fn = arn('lambda', 'function:aws-baseline-probe');
  const project = arn('codebuild', 'project/aws-baseline-probe');
  const job = arn('glue', 'job/aws-baseline-probe');
  const notebook = arn('sagemaker', 'notebook-instance/aws-baseline-probe');
  return {
    'lambda.amazonaws.com': [
      [
        ['lambda:CreateFunction', fn],
        ['lambda:InvokeFunction', fn],
      ],
      [
        ['lambda:CreateFunction', fn],
        ['lambda:CreateEventSourceMapping', '*'],
      ],
    ],
    'cloudformation.amazonaws.com': [[['cloudformation:CreateStack', arn('cloudformation', 'stack/aws-baseline-probe/00000000-0000-0000-0000-000000000000')]]],
    'ec2.amazonaws.com': [[['ec2:RunInstances', arn('ec2', 'instance/*')]]],
    'codebuild.amazonaws.com': [
      [
        ['codebuild:CreateProject', project],
        ['codebuild:StartBuild', project],
      ],
    ],
    'glue.amazonaws.com': [
      [
        ['glue:CreateJob', job],
        ['glue:StartJobRun', job],
      ],
      [['glue:CreateDevEndpoint', arn('glue', 'devEndpoint/aws-baseline-probe')]],
    ],
    'sagemaker.amazonaws.com': [
      [
        ['sagemaker:CreateNotebookInstance', notebook],
        ['sagemaker:CreatePresignedNotebookInstanceUrl', notebook],
      ],
      [['sagemaker:CreateProcessingJob', arn('sagemaker', 'processing-job/aws-baseline-probe')]],
      [['sagemaker:CreateTrainingJob', arn('sagemaker', 'training-job/aws-baseline-probe')]],
    ],
    'ecs-tasks.amazonaws.com': [
      [
        ['ecs:RegisterTaskDefinition', '*'],
        ['ecs:RunTask', arn('ecs', 'task-definition/aws-baseline-probe:1')],
      ],
    ],
  };
}

/** Requests across services on resources of the account: allowed all of them is allowed everything. */
function probes(partition: string, account: string): [action: string, resource: string][] {
  const arn = (service: string, region: string, rest: string) => `arn:${partition}:${service}:${region}:${account}:${rest}`;
  return [
    ['iam:CreateUser', arn('iam', '', 'user/aws-baseline-probe')],
    ['iam:CreateAccessKey', arn('iam', '', 'user/aws-baseline-probe')],
    ['iam:AttachRolePolicy', arn('iam', '', 'role/aws-baseline-probe')],
    ['sts:AssumeRole', arn('iam', '', 'role/aws-baseline-probe')],
    ['s3:GetObject', `arn:${partition}:s3:::aws-baseline-probe/object`],
    ['s3:PutBucketPolicy', `arn:${partition}:s3:::aws-baseline-probe`],
    ['ec2:RunInstances', arn('ec2', 'us-east-1', 'instance/i-0123456789abcdef0')],
    ['kms:Decrypt', arn('kms', 'us-east-1', 'key/aws-baseline-probe')],
    ['lambda:UpdateFunctionCode', arn('lambda', 'us-east-1', 'function:aws-baseline-probe')],
    ['secretsmanager:GetSecretValue', arn('secretsmanager', 'us-east-1', 'secret:aws-baseline-probe')],
    ['cloudtrail:StopLogging', arn('cloudtrail', 'us-east-1', 'trail/aws-baseline-probe')],
    ['organizations:LeaveOrganization', '*'],
    ['account:PutAlternateContact', arn('account', '', 'account')],
  ];
}

const CONTEXTS: MfaContext[] = ['mfa', 'no-mfa', 'access-key'];

/** AWS's AdministratorAccess, as a user (or a group, `suffix`) holds it. */
const administratorAccess = (suffix = ''): Policy => ({ label: `AdministratorAccess${suffix}`, document: ADMINISTRATOR_ACCESS });
/** What a user that grants itself everything then holds, beside what it held. */
const GRANTED_EVERYTHING = administratorAccess();

/** A policy as a principal holds it; a customer policy with other versions keeps them (as written), with its ARN and name. */
interface HeldPolicy extends Policy {
  otherVersions?: { arn: string; name: string; versions: string[] };
}

type User = AuthorizationDetails['users'][number];
type Group = AuthorizationDetails['groups'][number];
type Role = NonNullable<AuthorizationDetails['roles']>[number];
type Found = Pick<Administrator, 'grant' | 'via'>;
/**
 * Administrators' places that may be taken (placesTaken): users whose access keys act alone, for whom a key may be made; users with no MFA
 * device who are administrators in a console session, for whom a password may be set.
 */
type Places = readonly { targets: readonly User[]; actions: readonly string[] }[];
/** The ways a role's session may be signed: it always carries the MFA key, true where the role was assumed with MFA. */
type SessionContext = Exclude<MfaContext, 'access-key'>;
/** The session a role assumed in one way of signing: with MFA where the request used it. */
const sessionOf = (mfa: MfaContext): SessionContext => (mfa === 'mfa' ? 'mfa' : 'no-mfa');

/** What a principal holds, read: its policies, the boundary that caps them, the requests that would grant it everything. */
interface PrincipalRead {
  arn: string;
  /** `User` or `Role`: IAM's actions name which (iam:AttachUserPolicy, iam:DeleteRolePermissionsBoundary, …). */
  kind: 'User' | 'Role';
  policies: Policy[];
  boundary: Policy | undefined;
  variables: Request['variables'];
  selfGrants: [string, string][];
}

/** The account's policies read once: what each principal holds, each group's and role's policies, the probes of "everything". */
interface AccountRead {
  identity: AccountIdentity;
  probes: [action: string, resource: string][];
  /** A principal's policies: those attached (by ARN) and inline, each named with `suffix`; what could not be read is named in `missing`. */
  held(attached: string[], entries: { name: string; document?: string }[], suffix?: string): { policies: HeldPolicy[]; missing: string[] };
  /** A principal's permissions boundary, if it has one (its label is never shown: it grants nothing, it only caps), or what could not be read of it. */
  boundaryOf(arn: string | undefined): { boundary: Policy | undefined; missing: string[] };
  /** Each group, its policies read once for all its members (and those that may join it). */
  groups: Map<string, { group: Group; policies: HeldPolicy[]; missing: string[] }>;
  /** The requests that grant a principal everything: a policy on itself or on a group it is in, a new version of a customer policy it holds. */
  selfGrantsOf(kind: PrincipalRead['kind'], arn: string, attached: string[], memberOf: Group[]): [string, string][];
  /** What a caller must be allowed, beside passing a role, to have each service run as it. */
  runs: Record<RunningService, [string, string][][]>;
  /** The administrators' places a role may take, as far as they are known (none, until the users have been judged once). */
  places: Places;
  /** The workloads read, by the place among `roles` of the role they run as (a role not kept, or not one their service may assume, is left out). */
  workloadsByRole: Map<number, { kind: WorkloadKind; name: string; arn: string; region: string }[]>;
  /** Regions whose workloads of a kind could not be read (none where they were not asked for). */
  workloadsUnreadable: WorkloadsRead['unreadable'];
  /**
   * The roles users might assume or pass, all judged once, when first asked: an administrator in which sessions, or what could not
   * be read; `runners`, the services that may run as the role (for EC2, where an instance profile holds it).
   */
  roles: { role: Role; trust: Json | undefined; runners: RunningService[]; judged: () => RoleJudgement }[];
}

function readAccount(details: AuthorizationDetails, identity: AccountIdentity, places: Places, workloads: WorkloadsRead | undefined): AccountRead {
  const awsAdmin = `arn:${identity.partition}:iam::aws:policy/AdministratorAccess`;
  const managed = new Map(details.policies.map((policy) => [policy.arn, policy]));
  const held: AccountRead['held'] = (attached, entries, suffix = '') => {
    const policies: HeldPolicy[] = [];
    const missing: string[] = [];
    for (const arn of attached) {
      if (arn === awsAdmin) {
        policies.push(administratorAccess(suffix));
        continue;
      }
      const policy = managed.get(arn);
      const document = parsePolicyDocument(policy?.document);
      if (!policy || document === undefined) missing.push(arn);
      else policies.push({ label: `policy:${policy.name}${suffix}`, document, ...(policy.versions?.length ? { otherVersions: { arn, name: policy.name, versions: policy.versions } } : {}) });
    }
    for (const entry of entries) {
      const document = parsePolicyDocument(entry.document);
      if (document === undefined) missing.push(`inline:${entry.name}${suffix}`);
      else policies.push({ label: `inline:${entry.name}${suffix}`, document });
    }
    return { policies, missing };
  };
  const isCustomerPolicy = (arn: string) => managed.has(arn) && arnAccount(arn) !== 'aws';
  const account: AccountRead = {
    identity,
    probes: probes(identity.partition, identity.accountId),
    runs: runRequests(identity.partition, identity.accountId),
    places,
    workloadsByRole: new Map(),
    workloadsUnreadable: workloads?.unreadable ?? [],
    held,
    boundaryOf: (arn) => {
      const read = arn ? held([arn], []) : { policies: [], missing: [] };
      return { boundary: read.policies[0], missing: read.missing };
    },
    groups: new Map(details.groups.map((group) => [group.name, { group, ...held(group.attached, group.inline, ` via group:${group.name}`) }])),
    selfGrantsOf: (kind, arn, attached, memberOf) => [
      [`iam:Attach${kind}Policy`, arn],
      [`iam:Put${kind}Policy`, arn],
      ...memberOf.flatMap((group): [string, string][] => [
        ['iam:AttachGroupPolicy', group.arn],
        ['iam:PutGroupPolicy', group.arn],
      ]),
      ...[...attached, ...memberOf.flatMap((group) => group.attached)].filter(isCustomerPolicy).map((arn): [string, string] => ['iam:CreatePolicyVersion', arn]),
    ],
    roles: [],
  };
  let judgements: RoleJudgement[] | undefined;
  account.roles = (details.roles ?? []).map((role, index) => {
    const trust = parsePolicyDocument(role.trust);
    const runners = ROLE_RUNNING_SERVICES.filter(
      (service) => (service !== 'ec2.amazonaws.com' || (role.instanceProfiles ?? []).length > 0) && trustAdmits(trust, { service }, { action: 'sts:AssumeRole', resource: role.arn, mfa: SERVICE_SESSION, variables: {} }),
    );
    return { role, trust, runners, judged: () => (judgements ??= judgeRoles(account))[index] as RoleJudgement };
  });
  const roleIndex = new Map(account.roles.map(({ role }, index) => [role.arn, index]));
  for (const { kind, name, arn, region, role } of workloads?.list ?? []) {
    const index = roleIndex.get(role);
    if (index === undefined || !account.roles[index]?.runners.includes(WORKLOADS[kind].service)) continue;
    const runningAsIt = account.workloadsByRole.get(index) ?? [];
    runningAsIt.push({ kind, name, arn, region });
    account.workloadsByRole.set(index, runningAsIt);
  }
  return account;
}

/** What a principal may do on its own policies, in each way of signing. */
function powersOf(principal: PrincipalRead, account: AccountRead) {
  const ask = (mfa: MfaContext, policies: readonly Policy[], cap: Policy | undefined, action: string, resource: string) =>
    decide(policies, cap, { action, resource, mfa, variables: principal.variables } satisfies Request);
  const firstAllowed = (mfa: MfaContext, policies: readonly Policy[], cap: Policy | undefined, requests: [string, string][]): Found | undefined => {
    for (const [action, resource] of requests) {
      const decision = ask(mfa, policies, cap, action, resource);
      if (decision.allowed) return { grant: { kind: 'self-grant', action }, via: decision.grantedBy };
    }
    return undefined;
  };
  const { policies, boundary } = principal;
  // Where its policies never allow sts:AssumeRole, no role is assumed on its account's trust: asked once, not of every role.
  const mayAssumeOnAccountTrust = mayEverAllow(policies, 'sts:AssumeRole');
  // Where they never allow iam:PassRole, no role is passed to a service: the roles need not be asked one by one.
  const mayPassRoles = mayEverAllow(policies, 'iam:PassRole');
  const mayGrantRoles = ROLE_GRANTS.some((action) => mayEverAllow(policies, action));
  // The kinds of workload whose contents its policies may allow it to change at all (asked of each workload only where they do).
  const { partition, accountId } = account.identity;
  const mayChange: ReadonlySet<WorkloadKind> = new Set(
    WORKLOAD_KINDS.filter((kind) => WORKLOADS[kind].changes(WORKLOADS[kind].anyIn(partition, 'us-east-1', accountId)).some((way) => way.every(([action]) => mayEverAllow(policies, action)))),
  );
  // Whether it may have a service run what it gives it (one of runRequests' ways), whatever role it passes: asked once a service.
  const runs = new Map<string, string[] | undefined>();
  const runsIn = (mfa: MfaContext, service: RunningService): string[] | undefined => {
    const key = `${mfa} ${service}`;
    if (!runs.has(key)) {
      const cap = capIn(mfa);
      const way = account.runs[service].map((requests) => requests.map(([action, resource]) => ask(mfa, policies, cap, action, resource))).find((decisions) => decisions.every((decision) => decision.allowed));
      runs.set(key, way?.flatMap((decision) => decision.grantedBy));
    }
    return runs.get(key);
  };
  // A boundary it may lift caps nothing ("Permissions boundaries for IAM entities"): it is then judged without it (either action
  // lifts it: a boundary replaced by one of its choosing caps nothing). Decided once for each way of signing: what it may do
  // to other principals is asked of it many times.
  const removals: [string, string][] = [`iam:Delete${principal.kind}PermissionsBoundary`, `iam:Put${principal.kind}PermissionsBoundary`].map((action) => [action, principal.arn]);
  const liftedIn = new Map(CONTEXTS.map((mfa) => [mfa, boundary ? firstAllowed(mfa, policies, boundary, removals) : undefined]));
  const capIn = (mfa: MfaContext) => (liftedIn.get(mfa) ? undefined : boundary);
  const everything = (mfa: MfaContext, held: readonly Policy[], cap: Policy | undefined) => {
    const decisions = account.probes.map(([action, resource]) => ask(mfa, held, cap, action, resource));
    return decisions.every((decision) => decision.allowed) ? decisions : undefined;
  };
  /** What it grants itself stays within a boundary it may not lift: only a boundary that allows everything leaves it an administrator. */
  const grantsItselfWithin = (mfa: MfaContext): boolean => {
    const cap = capIn(mfa);
    return !cap || everything(mfa, [GRANTED_EVERYTHING], cap) !== undefined;
  };
  const powers = {
    ask,
    firstAllowed,
    capIn,
    everything,
    grantsItselfWithin,
    /** Allowed everything as it stands, or once it lifts its boundary. */
    allowedEverything: (mfa: MfaContext): Found | undefined => {
      const asItStands = everything(mfa, policies, boundary);
      if (asItStands) {
        // Named: the policies that allow every probe on their own, else every one that contributes.
        const whole = policies.map((policy) => policy.label).filter((label) => asItStands.every((decision) => decision.grantedBy.includes(label)));
        return { grant: { kind: 'everything' }, via: whole.length > 0 ? whole : asItStands.flatMap((decision) => decision.grantedBy) };
      }
      const lifted = liftedIn.get(mfa);
      return lifted && everything(mfa, policies, undefined) ? lifted : undefined;
    },
    /** Allowed to grant itself everything: a policy on itself or its groups, a new version of a policy it holds. */
    grantsItself: (mfa: MfaContext): Found | undefined => (grantsItselfWithin(mfa) ? firstAllowed(mfa, policies, capIn(mfa), principal.selfGrants) : undefined),
    /** Another administrator's place it may take (placesTaken): the first user and action it is allowed, whatever caps that user. */
    takesAPlace: (mfa: MfaContext, places: Places): Found | undefined => {
      for (const { targets, actions } of places) {
        // Where its policies name none of the actions, no user need be asked (thousands of administrators, hundreds of roles).
        if (!actions.some((action) => mayEverAllow(policies, action))) continue;
        for (const target of targets) {
          const taken = firstAllowed(mfa, policies, capIn(mfa), actions.map((action) => [action, target.arn]));
          if (taken?.grant.kind === 'self-grant') return { grant: { kind: 'self-grant', action: taken.grant.action, on: `user/${target.name}` }, via: taken.via };
        }
      }
      return undefined;
    },
    /** The action by which it may attach a policy to `role` or put one on it ("Adding and removing IAM identity permissions"), and what allows it. */
    grantsRole: (mfa: MfaContext, role: Role): { action: string; via: string[] } | undefined => {
      for (const action of ROLE_GRANTS) {
        const allowed = firstAllowed(mfa, policies, capIn(mfa), [[action, role.arn]]);
        if (allowed) return { action, via: allowed.via };
      }
      return undefined;
    },
    /**
     * Allowed to assume `role` ("Granting a user permissions to switch roles"; a role's session alike, in role chaining): its trust
     * policy must admit the principal, and where it names the account rather than the principal, the principal's own policies must
     * allow sts:AssumeRole on it; a Deny, or a boundary that does not allow the call, stops it either way.
     */
    assumes: (mfa: MfaContext, role: Role, trust: Json): Found | undefined => {
      const { identity } = account;
      const request: Request = { action: 'sts:AssumeRole', resource: role.arn, mfa, variables: principal.variables };
      const admission = trustAdmits(trust, { arn: principal.arn, accountId: identity.accountId, partition: identity.partition }, request);
      if (!admission || (admission === 'account' && !mayAssumeOnAccountTrust)) return undefined;
      const trusted = admission === 'principal' ? [...policies, trustedBy(role)] : policies;
      return firstAllowed(mfa, trusted, capIn(mfa), [['sts:AssumeRole', role.arn]]);
    },
    /**
     * Allowed to change what the workload `arn` of `kind` runs (./workloads.ts: a function's code, a stack's template …), in one of the
     * kind's ways: it then runs as its role what the principal gives it. Shown by the way's first action.
     */
    changes: (mfa: MfaContext, kind: WorkloadKind, arn: string): Found | undefined => {
      if (!mayChange.has(kind)) return undefined;
      const cap = capIn(mfa);
      for (const way of WORKLOADS[kind].changes(arn)) {
        const decisions = way.map(([action, resource]) => ask(mfa, policies, cap, action, resource));
        if (decisions.every((decision) => decision.allowed)) return { grant: { kind: 'self-grant', action: way[0]?.[0] ?? '' }, via: decisions.flatMap((decision) => decision.grantedBy) };
      }
      return undefined;
    },
    /** The kinds of workload its policies may allow it to change at all (they matter only where some principal's do). */
    mayChange,
    /**
     * From the organization's management account: allowed to assume a role AWS makes in member accounts for it (MEMBER_ADMIN_ROLES).
     * Where whether this is the management account is unknown, that it may is added to `unknown` instead.
     */
    administersMembers: (mfa: MfaContext, unknown: Set<string>): Found | undefined => {
      const place = account.identity.organizationRole;
      if (!place || !mayAssumeOnAccountTrust) return undefined;
      for (const name of MEMBER_ADMIN_ROLES) {
        const allowed = firstAllowed(mfa, policies, capIn(mfa), [['sts:AssumeRole', `arn:${partition}:iam::${A_MEMBER_ACCOUNT}:role/${name}`]]);
        if (!allowed) continue;
        if (place === 'unknown') {
          unknown.add(UNKNOWN_ORGANIZATION);
          return undefined;
        }
        return { grant: { kind: 'self-grant', action: 'sts:AssumeRole', on: `role/${name} in member accounts` }, via: allowed.via };
      }
      return undefined;
    },
    /** Whether its policies name iam:AttachRolePolicy or iam:PutRolePolicy at all. */
    mayGrantRoles,
    /**
     * Allowed to pass `role` to `service` (iam:PassRole on the role, with iam:PassedToService naming the service: "Granting a user
     * permissions to pass a role to an AWS service") and to have the service run as it; what allows each request.
     */
    passes: (mfa: MfaContext, role: Role, service: RunningService): Found | undefined => {
      const run = mayPassRoles ? runsIn(mfa, service) : undefined;
      if (!run) return undefined;
      const passed = decide(policies, capIn(mfa), { action: 'iam:PassRole', resource: role.arn, mfa, variables: principal.variables, context: { 'iam:PassedToService': service } });
      return passed.allowed ? { grant: { kind: 'self-grant', action: 'iam:PassRole' }, via: [...passed.grantedBy, ...run] } : undefined;
    },
  };
  return {
    ...powers,
    reacher: (mfa: MfaContext): RoleReacher => ({
      assumes: (role, trust) => powers.assumes(mfa, role, trust),
      grantsRole: (role) => powers.grantsRole(mfa, role),
      passes: (role, service) => powers.passes(mfa, role, service),
      changes: (kind, arn) => powers.changes(mfa, kind, arn),
      mayGrantRoles,
    }),
  };
}

/** A role, judged in each way its session may be signed: an administrator as it stands, and whether a policy granted to it would make it one. */
interface RoleJudged {
  /** An administrator on its own policies, by taking an administrator's place, or through a role its session may assume or pass (reachedThroughRoles). */
  admin: Record<SessionContext, Found | undefined>;
  /** Everything granted to it would be its: no boundary, one it may lift, or one that allows everything. */
  grantable: Record<SessionContext, boolean>;
  /** What its session may do to other roles (on their trust policies, its own policies and boundary): assume, grant, pass them. */
  reacher: (session: SessionContext) => RoleReacher;
  /** Another administrator's place its session may take (a key, a password), on its own policies and boundary. */
  takesAPlace: (session: SessionContext, places: Places) => Found | undefined;
  /** The kinds of workload its policies may allow it to change, and whether they name iam:AttachRolePolicy or iam:PutRolePolicy. */
  mayChange: ReadonlySet<WorkloadKind>;
  mayGrantRoles: boolean;
  /** Where it is no administrator: the roles it may assume or pass whose policies or trust could not be read (through them it might be one). */
  unknown: Record<SessionContext, Set<string>>;
}
type RoleJudgement = RoleJudged | { missing: string[] };

const SESSIONS: SessionContext[] = ['mfa', 'no-mfa'];
/** A service's session of a role it was passed: temporary credentials issued without MFA (aws:MultiFactorAuthPresent present, false). */
const SERVICE_SESSION: SessionContext = 'no-mfa';

/**
 * `role/NAME` (`role/NAME to SERVICE` where it is passed to a service), and where it is an administrator through another role or
 * user, which and how: `role/NAME → role/OTHER` (it assumes an administrator role), `role/NAME → iam:AttachRolePolicy role/OTHER`
 * (it makes one of a role it may assume), `role/NAME → iam:CreateAccessKey user/OTHER` (it takes an administrator's place).
 */
const roleReached = (role: Role, found: Found, passedTo?: RunningService): string => {
  const name = `role/${role.name}${passedTo ? ` to ${passedTo}` : ''}`;
  if (found.grant.kind !== 'self-grant' || !found.grant.on) return name;
  return `${name} → ${found.grant.action === 'sts:AssumeRole' ? '' : `${found.grant.action} `}${found.grant.on}`;
};

/**
 * Every role users might assume or pass: on its own policies (judgeRole), then through the roles its session may assume or pass (role chaining, "IAM
 * roles terms and concepts"), found until no more are, so a chain is found whole. A chained session keeps the MFA of the request that
 * began the chain (credentials issued from a session that used MFA carry it: "Configure MFA-protected API access").
 */
function judgeRoles(account: AccountRead): RoleJudgement[] {
  const judged = account.roles.map(({ role }) => judgeRole(role, account));
  // Found until nothing more is: an administrator found, or a role that could not be read newly within reach.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [index, from] of judged.entries()) {
      if ('missing' in from) continue;
      for (const session of SESSIONS) {
        if (from.admin[session]) continue;
        const unknownBefore = from.unknown[session].size;
        const found = reachedThroughRoles(account, (toIndex) => judged[toIndex], index, from.reacher(session), session, from.unknown[session]);
        if (found) from.admin[session] = found;
        if (found || from.unknown[session].size > unknownBefore) grew = true;
      }
    }
  }
  return judged;
}

/** What a principal may do to the account's roles, in one way of signing (powersOf, with that way fixed). */
interface RoleReacher {
  assumes: (role: Role, trust: Json) => Found | undefined;
  grantsRole: (role: Role) => { action: string; via: string[] } | undefined;
  passes: (role: Role, service: RunningService) => Found | undefined;
  changes: (kind: WorkloadKind, arn: string) => Found | undefined;
  /** Whether its policies name iam:AttachRolePolicy or iam:PutRolePolicy at all: where not, a role is not asked whether it may grant it. */
  mayGrantRoles: boolean;
}

/**
 * The first administrator a principal reaches through the account's roles, in one way of signing (a role it assumes has `session`):
 * a role it may assume that is one ("Granting a user permissions to switch roles"; in role chaining, a role's session alike), or that
 * it may make one (a policy attached to it or put on it, where nothing caps the role); then a role it may pass to a service that runs
 * as it. `judgementOf` gives each role's judgement (so far, while roles are judged); `self`, the principal's own place among the roles.
 * What it would reach that could not be read is added to `unknown`: through it, it might be an administrator.
 */
function reachedThroughRoles(account: AccountRead, judgementOf: (index: number) => RoleJudgement | undefined, self: number | undefined, reacher: RoleReacher, session: SessionContext, unknown: Set<string>): Found | undefined {
  const grantsTheRole = (role: Role, asRole: RoleJudged, as: SessionContext) => (asRole.grantable[as] ? reacher.grantsRole(role) : undefined);
  // Most roles are no administrator, nor to be made one by this principal, nor unreadable: not asked (thousands of users, hundreds of functions).
  const mayMatter = (asRole: RoleJudgement | undefined, as: SessionContext): asRole is RoleJudgement => asRole !== undefined && roleMayMatter(asRole, as, reacher.mayGrantRoles);
  /**
   * What reaching `role` (its session signed `as`) gives, allowed by `allowed`: the role's own way of being an administrator (shown as
   * `action` and `on` it), or a policy the principal may attach to it first (shown `afterGrant`); else what could not be read is noted.
   */
  const through = (role: Role, asRole: RoleJudgement, as: SessionContext, allowed: Found, shown: { action: string; on: (reached: Found) => string; afterGrant: string }): Found | undefined => {
    if ('missing' in asRole) {
      for (const item of asRole.missing) unknown.add(item);
      return undefined;
    }
    const reached = asRole.admin[as];
    if (reached) return { grant: { kind: 'self-grant', action: shown.action, on: shown.on(reached) }, via: allowed.via };
    const granted = grantsTheRole(role, asRole, as);
    if (granted) return { grant: { kind: 'self-grant', action: granted.action, on: shown.afterGrant }, via: [...allowed.via, ...granted.via] };
    for (const item of asRole.unknown[as]) unknown.add(item);
    return undefined;
  };
  for (const [index, { role, trust }] of account.roles.entries()) {
    const asRole = judgementOf(index);
    if (index === self || !mayMatter(asRole, session)) continue;
    if (trust === undefined) {
      if (role.trust === undefined) continue; // none: nobody may assume it
      // A trust policy that cannot be read: who may assume the role is unknown, which matters where the role is (or may be made, or might be) an administrator.
      if ('missing' in asRole || asRole.admin[session] || asRole.unknown[session].size > 0 || grantsTheRole(role, asRole, session)) unknown.add(`trust of role/${role.name}`);
      continue;
    }
    const assumed = reacher.assumes(role, trust);
    const found = assumed && through(role, asRole, session, assumed, { action: 'sts:AssumeRole', on: (reached) => roleReached(role, reached), afterGrant: `role/${role.name}` });
    if (found) return found;
  }
  // Passing a role to a service that runs as it (a function, a stack, an instance): the service's session is the role's, without MFA,
  // whatever caps the principal; the principal's own requests (iam:PassRole, and the service's) are those judged in its way of signing.
  for (const [index, { role, runners }] of account.roles.entries()) {
    const asRole = runners.length > 0 ? judgementOf(index) : undefined;
    if (!mayMatter(asRole, SERVICE_SESSION)) continue;
    for (const service of runners) {
      const passed = reacher.passes(role, service);
      const shown = { action: 'iam:PassRole', on: (reached: Found) => roleReached(role, reached, service), afterGrant: `role/${role.name} → iam:PassRole to ${service}` };
      const found = passed && through(role, asRole, SERVICE_SESSION, passed, shown);
      if (found) return found;
    }
  }
  // Changing what a workload that runs as a role runs (a function's code, a stack's template …: ./workloads.ts): it then runs the principal's
  // code or resources in the role's session, as its service's; no iam:PassRole is asked (the role was passed when it was made).
  for (const [roleIndex, workloads] of account.workloadsByRole) {
    const asRole = judgementOf(roleIndex);
    const role = account.roles[roleIndex]?.role;
    if (!role || !mayMatter(asRole, SERVICE_SESSION)) continue;
    for (const { kind, name, arn, region } of workloads) {
      const changed = reacher.changes(kind, arn);
      if (!changed || changed.grant.kind !== 'self-grant') continue;
      const { action } = changed.grant;
      const workload = `${WORKLOADS[kind].named}/${name} in ${region}`;
      const found = through(role, asRole, SERVICE_SESSION, changed, { action, on: (reached) => `${workload} as ${roleReached(role, reached)}`, afterGrant: `role/${role.name} → ${action} ${workload}` });
      if (found) return found;
    }
  }
  // A region whose workloads of a kind could not be read: one there may run as such a role.
  const { partition, accountId } = account.identity;
  for (const { kind, region } of account.workloadsUnreadable) {
    const { service, listed, anyIn } = WORKLOADS[kind];
    if (!account.roles.some(({ runners }, index) => runners.includes(service) && mayMatter(judgementOf(index), SERVICE_SESSION))) continue;
    if (reacher.changes(kind, anyIn(partition, region, accountId))) unknown.add(`${listed.en} of ${region}`);
  }
  return undefined;
}

/**
 * Whether reaching a role may make a principal an administrator, in one way its session is signed: it is one, or could not be read,
 * or reaches one that could not be, or (where the principal's policies name the actions) a policy granted to it would make it one.
 */
function roleMayMatter(asRole: RoleJudgement, as: SessionContext, mayGrantRoles: boolean): boolean {
  return 'missing' in asRole || asRole.admin[as] !== undefined || (mayGrantRoles && asRole.grantable[as]) || asRole.unknown[as].size > 0;
}

/** A role on its own policies, in each way its session may be signed: allowed everything, or to grant itself everything; or what could not be read of them. */
function judgeRole(role: Role, account: AccountRead): RoleJudgement {
  const suffix = ` of role/${role.name}`;
  const own = account.held(role.attached, role.inline, suffix);
  const { boundary, missing: boundaryMissing } = account.boundaryOf(role.boundary);
  const missing = [...own.missing, ...boundaryMissing];
  if (missing.length > 0) return { missing };
  const powers = powersOf(
    {
      arn: role.arn,
      kind: 'Role',
      policies: own.policies,
      boundary,
      // A role's session has no aws:username: a policy written with it matches unknown, and counts as allowing.
      variables: { 'aws:PrincipalAccount': account.identity.accountId },
      selfGrants: account.selfGrantsOf('Role', role.arn, role.attached, []),
    },
    account,
  );
  const unknown: RoleJudged['unknown'] = { mfa: new Set(), 'no-mfa': new Set() };
  const judge = (mfa: SessionContext) => powers.allowedEverything(mfa) ?? powers.grantsItself(mfa) ?? powers.takesAPlace(mfa, account.places) ?? powers.administersMembers(mfa, unknown[mfa]);
  return {
    admin: { mfa: judge('mfa'), 'no-mfa': judge('no-mfa') },
    grantable: { mfa: powers.grantsItselfWithin('mfa'), 'no-mfa': powers.grantsItselfWithin('no-mfa') },
    reacher: powers.reacher,
    takesAPlace: powers.takesAPlace,
    mayChange: powers.mayChange,
    mayGrantRoles: powers.mayGrantRoles,
    unknown,
  };
}

/** A user judged on its own policies, in each way of signing; and what it may do to another user. */
interface Judged {
  user: User;
  own: Record<MfaContext, Found | undefined>;
  /** Another administrator's place it may take, in one way of signing (placesTaken). */
  takesAPlace: (mfa: MfaContext, places: Places) => Found | undefined;
  /** The kinds of workload its policies may allow it to change, and whether they name iam:AttachRolePolicy or iam:PutRolePolicy. */
  mayChange: ReadonlySet<WorkloadKind>;
  mayGrantRoles: boolean;
  /** Groups it may join, or roles it may assume, whose policies could not all be read: whether that makes it an administrator is unknown. */
  unreadableJoins: Set<string>;
}

/** A user on its own policies: allowed everything, or to grant itself everything; or what could not be read of them. */
function judgeOnItsOwn(user: User, account: AccountRead): Judged | { missing: string[] } {
  const viaGroups = user.groups.flatMap((name) => account.groups.get(name) ?? []);
  const memberOf = viaGroups.map(({ group }) => group);
  const own = account.held(user.attached, user.inline);
  const { boundary, missing: boundaryMissing } = account.boundaryOf(user.boundary);
  const missing = [...own.missing, ...viaGroups.flatMap((group) => group.missing), ...boundaryMissing];
  if (missing.length > 0) return { missing };
  const identityPolicies = [...own.policies, ...viaGroups.flatMap((group) => group.policies)];
  const { identity } = account;
  const selfGrants = account.selfGrantsOf('User', user.arn, user.attached, memberOf);
  const variables = { 'aws:username': user.name, 'aws:PrincipalAccount': identity.accountId };
  const powers = powersOf({ arn: user.arn, kind: 'User', policies: identityPolicies, boundary, variables, selfGrants }, account);
  const { ask, firstAllowed, capIn, everything } = powers;
  const unreadableJoins = new Set<string>();

  // Joining a group that allows it everything, or to grant itself everything ("Adding and removing users in an IAM user group": iam:AddUserToGroup on the group).
  // (A group it is in already adds nothing: joining it again is judged as it stands.)
  const joinsAGroup = (mfa: MfaContext, cap: Policy | undefined): Found | undefined => {
    for (const joined of account.groups.values()) {
      const join = ask(mfa, identityPolicies, cap, 'iam:AddUserToGroup', joined.group.arn);
      if (!join.allowed) continue;
      if (joined.missing.length > 0) {
        for (const item of joined.missing) unreadableJoins.add(item);
        continue;
      }
      const after = [...identityPolicies, ...joined.policies];
      if (everything(mfa, after, cap) || firstAllowed(mfa, after, cap, account.selfGrantsOf('User', user.arn, user.attached, [...memberOf, joined.group]))) {
        return { grant: { kind: 'self-grant', action: 'iam:AddUserToGroup' }, via: join.grantedBy };
      }
    }
    return undefined;
  };

  // Through a role: one it may assume that is an administrator, or that it may make one; or one it may pass to a service that runs as
  // it (reachedThroughRoles). The session is the role's, whatever caps the user; it used MFA where the user's request did.
  const throughRoles = (mfa: MfaContext): Found | undefined => reachedThroughRoles(account, (index) => account.roles[index]?.judged(), undefined, powers.reacher(mfa), sessionOf(mfa), unreadableJoins);

  // Rewriting the trust policy of a role that is an administrator ("Modifying a role trust policy": iam:UpdateAssumeRolePolicy on
  // the role) so that it names the user: the role is then assumed as one that names it, which no identity policy need allow but
  // a Deny or the user's boundary still stops. A role it could not assume as its trust stood (another user's, one that requires
  // MFA) is thus its own. Only the roles read are asked: those some principal of the account may assume or pass.
  const mayRewriteTrusts = mayEverAllow(identityPolicies, 'iam:UpdateAssumeRolePolicy');
  const rewritesATrust = (mfa: MfaContext): Found | undefined => {
    if (!mayRewriteTrusts) return undefined;
    const session = sessionOf(mfa);
    for (const { role, judged } of account.roles) {
      const asRole = judged();
      if (!('missing' in asRole) && !asRole.admin[session]) continue;
      const rewrite = firstAllowed(mfa, identityPolicies, capIn(mfa), [['iam:UpdateAssumeRolePolicy', role.arn]]);
      if (!rewrite || !firstAllowed(mfa, [...identityPolicies, trustedBy(role)], capIn(mfa), [['sts:AssumeRole', role.arn]])) continue;
      if ('missing' in asRole) {
        for (const item of asRole.missing) unreadableJoins.add(item);
        continue;
      }
      const reached = asRole.admin[session];
      if (reached) return { grant: { kind: 'self-grant', action: 'iam:UpdateAssumeRolePolicy', on: roleReached(role, reached) }, via: rewrite.via };
    }
    return undefined;
  };

  // Making another version of a customer policy it holds the default ("Versioning IAM policies": iam:SetDefaultPolicyVersion on
  // the policy): it then holds that version instead, which may allow it everything, or to grant itself everything.
  const setsAnotherVersion = (mfa: MfaContext, cap: Policy | undefined): Found | undefined => {
    for (const policy of identityPolicies) {
      if (!policy.otherVersions) continue;
      const { arn, name, versions } = policy.otherVersions;
      const set = ask(mfa, identityPolicies, cap, 'iam:SetDefaultPolicyVersion', arn);
      if (!set.allowed) continue;
      for (const written of versions) {
        const version = parsePolicyDocument(written);
        if (version === undefined) {
          unreadableJoins.add(`${arn} (a version)`);
          continue;
        }
        const after = identityPolicies.map((held) => (held === policy ? { ...held, document: version } : held));
        if (everything(mfa, after, cap) || firstAllowed(mfa, after, cap, selfGrants)) {
          return { grant: { kind: 'self-grant', action: 'iam:SetDefaultPolicyVersion', on: `policy/${name}` }, via: set.grantedBy };
        }
      }
    }
    return undefined;
  };

  const judge = (mfa: MfaContext): Found | undefined => {
    const cap = capIn(mfa);
    const granted = powers.allowedEverything(mfa) ?? powers.grantsItself(mfa) ?? (powers.grantsItselfWithin(mfa) ? (joinsAGroup(mfa, cap) ?? setsAnotherVersion(mfa, cap)) : undefined);
    return granted ?? throughRoles(mfa) ?? rewritesATrust(mfa) ?? powers.administersMembers(mfa, unreadableJoins);
  };
  return { user, own: { mfa: judge('mfa'), 'no-mfa': judge('no-mfa'), 'access-key': judge('access-key') }, takesAPlace: powers.takesAPlace, mayChange: powers.mayChange, mayGrantRoles: powers.mayGrantRoles, unreadableJoins };
}

/** Either gives a role everything: a policy attached to it, or one put on it. */
const ROLE_GRANTS = ['iam:AttachRolePolicy', 'iam:PutRolePolicy'];

/** A trust policy that names the user itself stands in for an identity policy's Allow of sts:AssumeRole on that role. */
const trustedBy = (role: Role): Policy => ({
  label: `trust of role/${role.name}`,
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role.arn }] },
});

/**
 * Another administrator's place, whatever caps the principal that takes it: an access key made for an administrator
 * whose keys act alone acts as it ("Managing access keys for IAM users": iam:CreateAccessKey on the user); a
 * console password set for an administrator with no MFA device signs in as it, in a session without MFA
 * (iam:UpdateLoginProfile, or iam:CreateLoginProfile where it has none). A user that may take one is an
 * administrator too, and its own place may be taken in turn: followed until no more are found. Returns whose
 * place a user may take, in one way of signing, and the places found.
 */
function placesTaken(judged: readonly Judged[], withoutMfaDevice: ReadonlySet<string>): { takeOver: (entry: Judged, mfa: MfaContext) => Found | undefined; places: Places } {
  const KEY: MfaContext = 'access-key';
  const CONSOLE: MfaContext = 'no-mfa';
  const keyActsAlone: User[] = [];
  const consoleWithoutDevice: User[] = [];
  // By ARN, each user listed at most once in each.
  const keyListed = new Set<string>();
  const consoleListed = new Set<string>();
  const places: Places = [
    { targets: keyActsAlone, actions: ['iam:CreateAccessKey'] },
    { targets: consoleWithoutDevice, actions: ['iam:UpdateLoginProfile', 'iam:CreateLoginProfile'] },
  ];
  const takeOver = ({ takesAPlace }: Judged, mfa: MfaContext): Found | undefined => takesAPlace(mfa, places);
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of judged) {
      const { user, own } = entry;
      if (!keyListed.has(user.arn) && (own[KEY] ?? takeOver(entry, KEY))) {
        keyListed.add(user.arn);
        keyActsAlone.push(user);
        grew = true;
      }
      if (withoutMfaDevice.has(user.name) && !consoleListed.has(user.arn) && (own[CONSOLE] ?? takeOver(entry, CONSOLE))) {
        consoleListed.add(user.arn);
        consoleWithoutDevice.push(user);
        grew = true;
      }
    }
  }
  return { takeOver, places };
}

/** Every user judged on its own (and through the roles), and those whose policies could not all be read. */
function judgeUsers(details: AuthorizationDetails, account: AccountRead): { judged: Judged[]; undecided: AdministratorsVerdict['undecided'] } {
  const judged: Judged[] = [];
  const undecided: AdministratorsVerdict['undecided'] = [];
  for (const user of details.users) {
    const judgement = judgeOnItsOwn(user, account);
    if ('missing' in judgement) undecided.push({ userName: user.name, arn: user.arn, missing: judgement.missing });
    else judged.push(judgement);
  }
  return { judged, undecided };
}

/** Whether a role that is no administrator yet may take one of `places`: then it is one, and so is whoever may reach it. */
function aRoleTakesAPlace(account: AccountRead, places: Places): boolean {
  return account.roles.some(({ judged }) => {
    const asRole = judged();
    return !('missing' in asRole) && SESSIONS.some((session) => !asRole.admin[session] && asRole.takesAPlace(session, places) !== undefined);
  });
}

/** Every administrator of the account, and the users that could not be judged. */
export function administrators(
  details: AuthorizationDetails,
  identity: AccountIdentity,
  /** The users with no MFA device (the credential report's), where known: a console password set for one of them signs in as it. */
  withoutMfaDevice: ReadonlySet<string> = new Set(),
  /** The account's workloads of the kinds read (readWorkloads says which may matter). */
  workloads?: WorkloadsRead,
): AdministratorsVerdict {
  // A role may take an administrator's place too (a key made, a password set by its session), known only once the users are judged:
  // judged again with the places found, until no role takes one it had not (rare: most accounts are judged once).
  // Each round makes at least one role an administrator in one more way of signing (judgeRole takes the places aRoleTakesAPlace
  // found), so there are at most that many rounds; the bound only guards against a change that would break that step.
  let places: Places = [];
  for (let round = 0; ; round += 1) {
    const account = readAccount(details, identity, places, workloads);
    const { judged, undecided } = judgeUsers(details, account);
    const taken = placesTaken(judged, withoutMfaDevice);
    if (round > account.roles.length * SESSIONS.length || !aRoleTakesAPlace(account, taken.places)) {
      const found = verdict(judged, undecided, taken.takeOver);
      return { ...found, readWorkloads: WORKLOAD_KINDS.filter((kind) => !workloads?.kinds.includes(kind) && workloadsMayMatter(kind, account, judged, found.administrators)) };
    }
    places = taken.places;
  }
}

/**
 * Whether the account's workloads of `kind` may make an administrator: a principal that is not one in every way of signing has policies
 * that may allow it to change one, and a role the kind's service may run as is (or might be) one, or may be made one by such a principal.
 */
function workloadsMayMatter(kind: WorkloadKind, account: AccountRead, judged: readonly Judged[], found: readonly Administrator[]): boolean {
  const always = new Set(found.filter((admin) => admin.withoutMfa.accessKey && admin.withoutMfa.console).map((admin) => admin.arn));
  const changers: { mayGrantRoles: boolean }[] = [
    ...judged.filter((entry) => entry.mayChange.has(kind) && !always.has(entry.user.arn)),
    ...account.roles.flatMap(({ judged: asRole }) => {
      const role = asRole();
      return !('missing' in role) && role.mayChange.has(kind) && SESSIONS.some((session) => !role.admin[session]) ? [role] : [];
    }),
  ];
  if (changers.length === 0) return false;
  const mayGrantRoles = changers.some((changer) => changer.mayGrantRoles);
  return account.roles.some(({ runners, judged: asRole }) => runners.includes(WORKLOADS[kind].service) && roleMayMatter(asRole(), SERVICE_SESSION, mayGrantRoles));
}

/** The administrators among the users judged, named with how; the users whose way to one could not be read join the undecided. */
function verdict(judged: readonly Judged[], undecided: AdministratorsVerdict['undecided'], takeOver: (entry: Judged, mfa: MfaContext) => Found | undefined): Omit<AdministratorsVerdict, 'readWorkloads'> {
  const found: Administrator[] = [];
  for (const entry of judged) {
    const { user, own, unreadableJoins } = entry;
    const [withMfa, consoleWithoutMfa, accessKey] = CONTEXTS.map((mfa) => own[mfa] ?? takeOver(entry, mfa));
    const admin = withMfa ?? consoleWithoutMfa ?? accessKey;
    if (!admin) {
      if (unreadableJoins.size > 0) undecided.push({ userName: user.name, arn: user.arn, missing: [...unreadableJoins] });
      continue;
    }
    found.push({
      userName: user.name,
      arn: user.arn,
      via: [...new Set(admin.via)].sort(byCodeUnit),
      grant: admin.grant,
      withoutMfa: { accessKey: accessKey !== undefined, console: consoleWithoutMfa !== undefined },
    });
  }
  return { administrators: found.sort((a, b) => byCodeUnit(a.userName, b.userName)), undecided };
}
