/**
 * Who is an administrator, judged as IAM evaluates policies (./policy-evaluation.ts), from one read of
 * the account's authorization details (users, groups, their policies and boundaries).
 *
 * An administrator is a user that, in some way of signing its requests, is allowed
 * - **everything**: every request of a set of probes across services (IAM, STS, S3, EC2, KMS, Lambda,
 *   Secrets Manager, CloudTrail, Organizations, Account) on resources of the account; or
 * - **to grant itself everything**: `iam:AttachUserPolicy` or `iam:PutUserPolicy` on its own user,
 *   `iam:AttachGroupPolicy` or `iam:PutGroupPolicy` on one of its groups, or `iam:CreatePolicyVersion`
 *   on a customer-managed policy it holds; when a permissions boundary caps it, only if it may also
 *   remove or replace that boundary (`iam:DeleteUserPermissionsBoundary`, `iam:PutUserPermissionsBoundary`).
 *
 * It is judged three times: in a session that used MFA, in a console session without MFA, and with a
 * long-term access key (a request that carries no MFA key at all). A grant that requires
 * `Bool aws:MultiFactorAuthPresent true` is not usable with a key; one with `BoolIfExists … true` is
 * (the key is absent, so IfExists holds); AWS's documented "deny unless MFA" policy (Deny with
 * `BoolIfExists aws:MultiFactorAuthPresent false`) denies key requests.
 */
import { byCodeUnit } from '../../core/order.js';
import { decide, type MfaContext, parsePolicyDocument, type Policy, type Request } from './policy-evaluation.js';

export interface AuthorizationDetails {
  users: { name: string; arn: string; groups: string[]; attached: string[]; inline: { name: string; document?: string }[]; boundary?: string }[];
  groups: { name: string; arn: string; attached: string[]; inline: { name: string; document?: string }[] }[];
  /** Managed policies by ARN, with their default version's document: the customer's, and the AWS-managed ones in use. */
  policies: { arn: string; name: string; document?: string }[];
}

export interface Administrator {
  userName: string;
  arn: string;
  /** The policies that make it one: `policy:NAME`, `inline:NAME`, `AdministratorAccess`, each possibly `… via group:NAME`. */
  via: string[];
  /** How: allowed everything, or allowed to grant itself everything (the action that lets it). */
  grant: { kind: 'everything' } | { kind: 'self-grant'; action: string };
  /** Whether it is an administrator without MFA: with an access key alone, in a console session without MFA. */
  withoutMfa: { accessKey: boolean; console: boolean };
}

export interface AdministratorsVerdict {
  administrators: Administrator[];
  /** Users whose policies could not all be read (a document missing): who they are cannot be decided. */
  undecided: { userName: string; arn: string; missing: string[] }[];
}

/** AdministratorAccess's document never changes ({"Effect":"Allow","Action":"*","Resource":"*"}): known without a read. */
const ADMINISTRATOR_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

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

/** Every administrator of the account, and the users that could not be judged. */
export function administrators(details: AuthorizationDetails, identity: { partition: string; accountId: string }): AdministratorsVerdict {
  const awsAdmin = `arn:${identity.partition}:iam::aws:policy/AdministratorAccess`;
  const managed = new Map(details.policies.map((policy) => [policy.arn, policy]));
  const groups = new Map(details.groups.map((group) => [group.name, group]));
  const found: Administrator[] = [];
  const undecided: AdministratorsVerdict['undecided'] = [];

  for (const user of details.users) {
    const missing: string[] = [];
    const managedPolicy = (arn: string, suffix: string): Policy | undefined => {
      if (arn === awsAdmin) return { label: `AdministratorAccess${suffix}`, document: ADMINISTRATOR_ACCESS };
      const policy = managed.get(arn);
      const document = parsePolicyDocument(policy?.document);
      if (!policy || document === undefined) {
        missing.push(arn);
        return undefined;
      }
      return { label: `policy:${policy.name}${suffix}`, document };
    };
    const inline = (entries: { name: string; document?: string }[], suffix: string): Policy[] =>
      entries.flatMap((entry) => {
        const document = parsePolicyDocument(entry.document);
        if (document === undefined) {
          missing.push(`inline:${entry.name}${suffix}`);
          return [];
        }
        return [{ label: `inline:${entry.name}${suffix}`, document }];
      });
    const held = (attached: string[], entries: { name: string; document?: string }[], suffix: string): Policy[] => [
      ...attached.flatMap((arn) => managedPolicy(arn, suffix) ?? []),
      ...inline(entries, suffix),
    ];
    const memberOf = user.groups.flatMap((name) => groups.get(name) ?? []);
    const identityPolicies = [...held(user.attached, user.inline, ''), ...memberOf.flatMap((group) => held(group.attached, group.inline, ` via group:${group.name}`))];
    const boundary = user.boundary ? managedPolicy(user.boundary, ' (permissions boundary)') : undefined;
    if (missing.length > 0) {
      undecided.push({ userName: user.name, arn: user.arn, missing });
      continue;
    }
    const customerPolicies = [...user.attached, ...memberOf.flatMap((group) => group.attached)].filter((arn) => managed.has(arn) && arn.split(':')[4] !== 'aws');
    const selfGrants: [string, string][] = [
      ['iam:AttachUserPolicy', user.arn],
      ['iam:PutUserPolicy', user.arn],
      ...memberOf.flatMap((group): [string, string][] => [
        ['iam:AttachGroupPolicy', group.arn],
        ['iam:PutGroupPolicy', group.arn],
      ]),
      ...customerPolicies.map((arn): [string, string] => ['iam:CreatePolicyVersion', arn]),
    ];
    const judge = (mfa: MfaContext) => {
      const ask = (action: string, resource: string) => decide(identityPolicies, boundary, { action, resource, mfa, variables: { 'aws:username': user.name, 'aws:PrincipalAccount': identity.accountId } } satisfies Request);
      const everything = probes(identity.partition, identity.accountId).map(([action, resource]) => ask(action, resource));
      if (everything.every((decision) => decision.allowed)) {
        // Named: the policies that allow every probe on their own, else every one that contributes.
        const whole = identityPolicies.map((policy) => policy.label).filter((label) => everything.every((decision) => decision.grantedBy.includes(label)));
        return { grant: { kind: 'everything' as const }, via: whole.length > 0 ? whole : everything.flatMap((decision) => decision.grantedBy) };
      }
      const boundaryRemovable = !boundary || ask('iam:DeleteUserPermissionsBoundary', user.arn).allowed || ask('iam:PutUserPermissionsBoundary', user.arn).allowed;
      if (!boundaryRemovable) return undefined;
      for (const [action, resource] of selfGrants) {
        const decision = ask(action, resource);
        if (decision.allowed) return { grant: { kind: 'self-grant' as const, action }, via: decision.grantedBy };
      }
      return undefined;
    };
    const [withMfa, consoleWithoutMfa, accessKey] = CONTEXTS.map(judge);
    const admin = withMfa ?? consoleWithoutMfa ?? accessKey;
    if (!admin) continue;
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
