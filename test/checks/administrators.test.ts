import { describe, expect, it } from 'vitest';
import { type AuthorizationDetails, administrators } from '../../src/checks/iam/administrators.js';
import type { WorkloadsRead } from '../../src/checks/iam/workloads.js';
import { actionMatches, type MfaContext, parsePolicyDocument, resourceMatches, trustAdmits } from '../../src/checks/iam/policy-evaluation.js';

/**
 * Who is an administrator, each case from the IAM User Guide (the page it follows is named) or from
 * a set-up a security team met. `key`: an administrator with a long-term access key alone (no MFA key
 * in the request); `console`: in a console session without MFA; `mfa`: in a session with MFA.
 */
const ACCOUNT = '123456789012';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const GROUP = `arn:aws:iam::${ACCOUNT}:group/Admins`;
const ADMIN_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';
const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const CUSTOMER = `arn:aws:iam::${ACCOUNT}:policy/Ops`;
/** A group of the account the user is not in. */
const OTHER_GROUP = `arn:aws:iam::${ACCOUNT}:group/Platform`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Admin`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
/** A role trust policy's statement: principals of the account (`AWS`) may assume it. */
const trusting = (aws: string | string[], extra: Statement = {}): Statement => ({ Effect: 'Allow', Principal: { AWS: aws }, Action: 'sts:AssumeRole', ...extra });
const mayAssume: Statement = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE };
const rewriteTrust: Statement = { Effect: 'Allow', Action: 'iam:UpdateAssumeRolePolicy', Resource: ROLE };
/** Another user of the account, whom a role's trust may name instead of alice. */
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;

type Statement = Record<string, unknown>;
const doc = (...statements: Statement[]) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const allowAll: Statement = { Effect: 'Allow', Action: '*', Resource: '*' };
const mfa = (operator: string, value: string | boolean) => ({ [operator]: { 'aws:MultiFactorAuthPresent': value } });
/** IAM User Guide, "IAM: Allows MFA-authenticated IAM users to manage their own credentials": the DenyAllExceptListedIfNoMFA statement. */
const denyUnlessMfa: Statement = {
  Sid: 'DenyAllExceptListedIfNoMFA',
  Effect: 'Deny',
  NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken'],
  Resource: '*',
  Condition: mfa('BoolIfExists', 'false'),
};
const s3ReadOnly = { arn: S3_READ_ONLY, name: 'AmazonS3ReadOnlyAccess', document: doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 's3-object-lambda:Get*', 's3-object-lambda:List*'], Resource: '*' }) };

interface Setup {
  inline?: Statement[][];
  attached?: string[];
  boundary?: string;
  groupInline?: Statement[][];
  policies?: AuthorizationDetails['policies'];
  version?: string;
  /** The group Platform, which the user is not in. */
  otherGroup?: { attached?: string[]; inline?: Statement[][] };
  /** The role Admin, with this trust policy (its policies default to AdministratorAccess). */
  role?: { trust: Statement[]; attached?: string[]; inline?: Statement[][]; boundary?: string };
}

function details(setup: Setup): AuthorizationDetails {
  const inline = (documents: Statement[][] | undefined) =>
    (documents ?? []).map((statements, index) => ({ name: `p${index}`, document: setup.version ? encodeURIComponent(JSON.stringify({ Version: setup.version, Statement: statements })) : doc(...statements) }));
  return {
    users: [{ name: 'alice', arn: USER, groups: setup.groupInline ? ['Admins'] : [], attached: setup.attached ?? [], inline: inline(setup.inline), ...(setup.boundary ? { boundary: setup.boundary } : {}) }],
    groups: [
      ...(setup.groupInline ? [{ name: 'Admins', arn: GROUP, attached: [], inline: inline(setup.groupInline) }] : []),
      ...(setup.otherGroup ? [{ name: 'Platform', arn: OTHER_GROUP, attached: setup.otherGroup.attached ?? [], inline: inline(setup.otherGroup.inline) }] : []),
    ],
    policies: setup.policies ?? [],
    roles: setup.role ? [{ name: 'Admin', arn: ROLE, trust: doc(...setup.role.trust), attached: setup.role.attached ?? (setup.role.inline ? [] : [ADMIN_ACCESS]), inline: inline(setup.role.inline), ...(setup.role.boundary ? { boundary: setup.role.boundary } : {}) }] : [],
  };
}

type Expected = 'not' | { key: boolean; console: boolean; grant?: string; on?: string };
const cases: [name: string, setup: Setup, expected: Expected][] = [
  // "AWS managed policies for job functions": AdministratorAccess, known by its ARN.
  ['AdministratorAccess attached', { attached: [ADMIN_ACCESS] }, { key: true, console: true }],
  // "IAM JSON policy elements: Action": * and service:* wildcards.
  ['inline Allow * on *', { inline: [[allowAll]] }, { key: true, console: true }],
  ['Allow *:* on [*]', { inline: [[{ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }]] }, { key: true, console: true }],
  ['Allow * on one bucket only', { inline: [[{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::one-bucket' }]] }, 'not'],
  ['Allow s3:* on *', { inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]] }, 'not'],
  ['Allow * through a group', { groupInline: [[allowAll]] }, { key: true, console: true }],
  // "Policy evaluation logic": an explicit deny in any policy overrides any allow.
  ['Allow * and Deny * on *', { inline: [[allowAll, { Effect: 'Deny', Action: '*', Resource: '*' }]] }, 'not'],
  ['Deny * in another policy than the Allow', { inline: [[allowAll], [{ Effect: 'Deny', Action: '*', Resource: '*' }]] }, 'not'],
  // "IAM JSON policy elements: NotAction": Allow with NotAction, as PowerUserAccess does.
  ['PowerUserAccess-like: Allow NotAction iam:*, organizations:*, account:*', { inline: [[{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }]] }, 'not'],
  // "IAM JSON policy elements: NotResource": everything but S3 still includes iam on itself.
  ['Allow * on NotResource arn:aws:s3:::* (can grant itself the rest)', { inline: [[{ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::*' }]] }, { key: true, console: true, grant: 'iam:AttachUserPolicy' }],
  ['Deny with NotResource that leaves everything else denied', { inline: [[allowAll, { Effect: 'Deny', Action: '*', NotResource: `arn:aws:s3:::one-bucket` }]] }, 'not'],
  // "AWS global condition context keys: aws:MultiFactorAuthPresent": long-term access keys carry no such key.
  ['Allow * with Bool aws:MultiFactorAuthPresent true', { inline: [[{ ...allowAll, Condition: mfa('Bool', 'true') }]] }, { key: false, console: false }],
  ['Allow * with Bool aws:MultiFactorAuthPresent true (a JSON boolean)', { inline: [[{ ...allowAll, Condition: mfa('Bool', true) }]] }, { key: false, console: false }],
  ['Allow * with BoolIfExists aws:MultiFactorAuthPresent true: a key request has no MFA key, so IfExists lets it through', { inline: [[{ ...allowAll, Condition: mfa('BoolIfExists', 'true') }]] }, { key: true, console: false }],
  ['Allow * with Bool aws:MultiFactorAuthPresent false is no requirement', { inline: [[{ ...allowAll, Condition: mfa('Bool', 'false') }]] }, { key: false, console: true }],
  ['AdministratorAccess and the documented deny-unless-MFA policy', { attached: [ADMIN_ACCESS], inline: [[denyUnlessMfa]] }, { key: false, console: false }],
  ['Deny with Bool aws:MultiFactorAuthPresent false does not stop access keys (the key is absent)', { inline: [[allowAll, { Effect: 'Deny', Action: '*', Resource: '*', Condition: mfa('Bool', 'false') }]] }, { key: true, console: false }],
  ['Deny with Null aws:MultiFactorAuthPresent true stops access keys only', { inline: [[allowAll, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Null: { 'aws:MultiFactorAuthPresent': 'true' } } }]] }, { key: false, console: true }],
  ['Allow * with NumericLessThan aws:MultiFactorAuthAge (present only after MFA)', { inline: [[{ ...allowAll, Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } }]] }, { key: false, console: false }],
  // A condition on a key the audit cannot know may hold: the Allow counts, the Deny is not certain.
  ['Allow * from one IP range', { inline: [[{ ...allowAll, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }]] }, { key: true, console: true }],
  ['Deny * outside one IP range does not make it safe', { inline: [[allowAll, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }]] }, { key: true, console: true }],
  ['Deny unless MFA and from one IP range: not certain for keys', { inline: [[allowAll, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { ...mfa('BoolIfExists', 'false'), NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }]] }, { key: true, console: true }],
  // "Permissions boundaries for IAM entities": the effective permissions are the intersection.
  ['AdministratorAccess capped by the boundary AmazonS3ReadOnlyAccess', { attached: [ADMIN_ACCESS], boundary: S3_READ_ONLY, policies: [s3ReadOnly] }, 'not'],
  ['AdministratorAccess within a boundary of AdministratorAccess', { attached: [ADMIN_ACCESS], boundary: ADMIN_ACCESS }, { key: true, console: true }],
  ['a boundary with an explicit deny of everything', { inline: [[allowAll]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc(allowAll, { Effect: 'Deny', Action: '*', Resource: '*' }) }] }, 'not'],
  ['iam:* within a boundary that allows iam:* but not removing itself', { inline: [[{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, { Effect: 'Deny', Action: ['iam:DeleteUserPermissionsBoundary', 'iam:PutUserPermissionsBoundary'], Resource: '*' }) }] }, 'not'],
  ['iam:* within a boundary it may remove', { inline: [[{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) }] }, { key: true, console: true, grant: 'iam:AttachUserPolicy' }],
  // Granting itself everything.
  ['iam:* on *', { inline: [[{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]] }, { key: true, console: true, grant: 'iam:AttachUserPolicy' }],
  // "IAM policy elements: Variables and tags": ${aws:username} is the requesting user's name.
  ['iam:PutUserPolicy on user/${aws:username}', { inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: `arn:aws:iam::*:user/\${aws:username}` }]] }, { key: true, console: true, grant: 'iam:PutUserPolicy' }],
  ['policy variables are literal text in a 2008-10-17 document', { version: '2008-10-17', inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: `arn:aws:iam::*:user/\${aws:username}` }]] }, 'not'],
  ['iam:PutUserPolicy on another user only', { inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: `arn:aws:iam::${ACCOUNT}:user/bob` }]] }, 'not'],
  ['iam:Put* on itself (wildcard in the action)', { inline: [[{ Effect: 'Allow', Action: 'iam:Put*', Resource: USER }]] }, { key: true, console: true, grant: 'iam:PutUserPolicy' }],
  ['actions match case-insensitively', { inline: [[{ Effect: 'Allow', Action: 'IAM:attachuserpolicy', Resource: USER }]] }, { key: true, console: true, grant: 'iam:AttachUserPolicy' }],
  ['resources match case-sensitively', { inline: [[{ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: `arn:aws:iam::${ACCOUNT}:user/ALICE` }]] }, 'not'],
  ['iam:PutGroupPolicy on its own group', { groupInline: [[{ Effect: 'Allow', Action: 'iam:PutGroupPolicy', Resource: GROUP }]] }, { key: true, console: true, grant: 'iam:PutGroupPolicy' }],
  ['iam:CreatePolicyVersion on a customer policy it holds', { attached: [CUSTOMER], policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: CUSTOMER }) }] }, { key: true, console: true, grant: 'iam:CreatePolicyVersion' }],
  ['iam:CreatePolicyVersion on a policy it does not hold', { inline: [[{ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: CUSTOMER }]] }, 'not'],
  ['self-grant that needs MFA', { inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: USER, Condition: mfa('Bool', 'true') }]] }, { key: false, console: false, grant: 'iam:PutUserPolicy' }],
  ['a statement with neither Action nor NotAction grants nothing', { inline: [[{ Effect: 'Allow', Resource: '*' }]] }, 'not'],
  ['iam:AttachGroupPolicy on its own group', { groupInline: [[{ Effect: 'Allow', Action: 'iam:AttachGroupPolicy', Resource: GROUP }]] }, { key: true, console: true, grant: 'iam:AttachGroupPolicy' }],
  ['iam:CreatePolicyVersion on * while holding only AWS managed policies (AWS alone writes their versions)', { attached: [S3_READ_ONLY], policies: [s3ReadOnly], inline: [[{ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: '*' }]] }, 'not'],
  // ${aws:username} known: a pattern that would match some user's name as a wildcard does not match this user's.
  ['iam:PutUserPolicy on user/a${aws:username}: the user alice is not user aalice', { inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: `arn:aws:iam::*:user/a\${aws:username}` }]] }, 'not'],
  // ${aws:PrincipalAccount} known: the Deny is certain.
  ['iam:PutUserPolicy denied in the principal\'s own account (${aws:PrincipalAccount})', { inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: '*' }, { Effect: 'Deny', Action: 'iam:PutUserPolicy', Resource: 'arn:aws:iam::${aws:PrincipalAccount}:user/*' }]] }, 'not'],
  // A boundary it may lift caps nothing: what it allows is judged without it ("Permissions boundaries for IAM entities").
  ['AdministratorAccess within a boundary that allows only lifting itself', { attached: [ADMIN_ACCESS], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:DeleteUserPermissionsBoundary', Resource: '*' }) }] }, { key: true, console: true, grant: 'iam:DeleteUserPermissionsBoundary' }],
  ['iam:AttachUserPolicy on itself, within a boundary that denies it but may be lifted', { inline: [[{ Effect: 'Allow', Action: ['iam:AttachUserPolicy', 'iam:PutUserPermissionsBoundary'], Resource: USER }]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:PutUserPermissionsBoundary', Resource: '*' }) }] }, { key: true, console: true, grant: 'iam:AttachUserPolicy' }],
  // A boundary it may not lift caps what it grants itself: a boundary of everything but lifting itself caps nothing the probes ask.
  ['iam:* within a boundary of everything but lifting itself', { inline: [[{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc(allowAll, { Effect: 'Deny', Action: ['iam:DeleteUserPermissionsBoundary', 'iam:PutUserPermissionsBoundary'], Resource: '*' }) }] }, { key: true, console: true, grant: 'iam:AttachUserPolicy' }],
  // "Adding and removing users in an IAM user group": iam:AddUserToGroup, on the group, lets it take that group's permissions.
  ['iam:AddUserToGroup on a group that holds AdministratorAccess', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: OTHER_GROUP }]], otherGroup: { attached: [ADMIN_ACCESS] } }, { key: true, console: true, grant: 'iam:AddUserToGroup' }],
  ['iam:AddUserToGroup on a group whose members may grant themselves everything', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: '*' }]], otherGroup: { inline: [[{ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: `arn:aws:iam::${ACCOUNT}:user/\${aws:username}` }]] } }, { key: true, console: true, grant: 'iam:AddUserToGroup' }],
  ['iam:AddUserToGroup on a group whose members may put a policy on it', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: OTHER_GROUP }]], otherGroup: { inline: [[{ Effect: 'Allow', Action: 'iam:PutGroupPolicy', Resource: OTHER_GROUP }]] } }, { key: true, console: true, grant: 'iam:AddUserToGroup' }],
  ['iam:AddUserToGroup with MFA only', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: OTHER_GROUP, Condition: mfa('Bool', 'true') }]], otherGroup: { attached: [ADMIN_ACCESS] } }, { key: false, console: false, grant: 'iam:AddUserToGroup' }],
  ['iam:AddUserToGroup on a group that allows reading S3', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: OTHER_GROUP }]], otherGroup: { attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }, 'not'],
  ['iam:AddUserToGroup on another group than the one that holds AdministratorAccess', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: GROUP }]], otherGroup: { attached: [ADMIN_ACCESS] } }, 'not'],
  ['iam:AddUserToGroup on a group that holds AdministratorAccess, within a boundary of AmazonS3ReadOnlyAccess', { inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: '*' }]], otherGroup: { attached: [ADMIN_ACCESS] }, boundary: S3_READ_ONLY, policies: [s3ReadOnly] }, 'not'],
  // "Granting a user permissions to switch roles": a role that is an administrator, which the user may assume. The role's
  // trust policy must admit the user; where it names the account (not the user), the user's own policies must allow the call.
  ['sts:AssumeRole on a role with AdministratorAccess that trusts the account', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role that trusts the account by its bare id', { inline: [[{ Effect: 'Allow', Action: 'sts:*', Resource: '*' }]], role: { trust: [trusting(ACCOUNT)] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role that trusts the account, but the user may not call sts:AssumeRole', { inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]], role: { trust: [trusting(ROOT)] } }, 'not'],
  ['a role that trusts the user by its ARN: no identity policy needed', { role: { trust: [trusting([`arn:aws:iam::${ACCOUNT}:user/bob`, USER])] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role that trusts every AWS principal (*)', { role: { trust: [trusting('*')] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role that trusts another user only', { inline: [[mayAssume]], role: { trust: [trusting(`arn:aws:iam::${ACCOUNT}:user/bob`)] } }, 'not'],
  ['a role that trusts another account only', { inline: [[mayAssume]], role: { trust: [trusting('arn:aws:iam::210987654321:root')] } }, 'not'],
  ['a role only a service may assume', { inline: [[{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]], role: { trust: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } }, 'not'],
  ['a trust policy that allows another action only (sts:TagSession)', { inline: [[mayAssume]], role: { trust: [{ ...trusting(ROOT), Action: 'sts:TagSession' }] } }, 'not'],
  ['a trust policy that denies the user', { inline: [[mayAssume]], role: { trust: [trusting(ROOT), { Effect: 'Deny', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }] } }, 'not'],
  ['a role that trusts the user, but the user\'s policies deny sts:AssumeRole', { inline: [[{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }]], role: { trust: [trusting(USER)] } }, 'not'],
  // "Update a role trust policy": a user named in the trust policy still needs a boundary that allows sts:AssumeRole.
  ['a role that trusts the user, who is within a boundary of AmazonS3ReadOnlyAccess', { boundary: S3_READ_ONLY, policies: [s3ReadOnly], role: { trust: [trusting(USER)] } }, 'not'],
  ['a role that trusts the account, with a user whose boundary allows sts:AssumeRole', { inline: [[mayAssume]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }) }], role: { trust: [trusting(ROOT)] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  // The usual guard: the trust policy requires MFA. An access key's AssumeRole carries no MFA key; one made with MFA does.
  ['a role that requires MFA to be assumed (Bool aws:MultiFactorAuthPresent true)', { inline: [[mayAssume]], role: { trust: [trusting(ROOT, { Condition: mfa('Bool', 'true') })] } }, { key: false, console: false, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role whose own policy requires MFA: a session assumed without MFA carries aws:MultiFactorAuthPresent false', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], inline: [[{ ...allowAll, Condition: mfa('BoolIfExists', 'true') }]] } }, { key: false, console: false, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role that may only read S3', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }, 'not'],
  ['a role with AdministratorAccess capped by a boundary of AmazonS3ReadOnlyAccess', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], boundary: S3_READ_ONLY }, policies: [s3ReadOnly] }, 'not'],
  ['a role that may put a policy on itself', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], inline: [[{ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: ROLE }]] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role that may put a policy on itself only with ${aws:username} (a role\'s session has none: uncertain, so it counts)', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], inline: [[{ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: 'arn:aws:iam::*:role/${aws:username}' }]] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  // A role it may assume that is no administrator, made one by the user: a policy attached to it or put on it.
  ['a role that may only read S3, which the user may also attach a policy to', { inline: [[mayAssume, { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: ROLE }]], role: { trust: [trusting(ROOT)], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }, { key: true, console: true, grant: 'iam:AttachRolePolicy', on: 'role/Admin' }],
  ['a role that may only read S3, which the user may put a policy on only with MFA', { inline: [[mayAssume, { Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: ROLE, Condition: mfa('Bool', 'true') }]], role: { trust: [trusting(ROOT)], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }, { key: false, console: false, grant: 'iam:PutRolePolicy', on: 'role/Admin' }],
  ['a role capped by a boundary of AmazonS3ReadOnlyAccess, which the user may attach a policy to', { inline: [[mayAssume, { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: ROLE }]], role: { trust: [trusting(ROOT)], attached: [S3_READ_ONLY], boundary: S3_READ_ONLY }, policies: [s3ReadOnly] }, 'not'],
  ['a role the user may attach a policy to, but not assume', { inline: [[{ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: ROLE }]], role: { trust: [trusting(ROOT)], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }, 'not'],
  ['a role with AdministratorAccess within a boundary it may lift (iam:DeleteRolePermissionsBoundary)', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], boundary: CUSTOMER }, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:DeleteRolePermissionsBoundary', Resource: ROLE }) }] }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['a role with AdministratorAccess within a boundary a user could lift, but not the role (iam:DeleteUserPermissionsBoundary)', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], boundary: CUSTOMER }, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:DeleteUserPermissionsBoundary', Resource: '*' }) }] }, 'not'],
  // ${aws:PrincipalAccount} is known in the role's session too: the Deny is certain.
  ['a role allowed everything but denied IAM on its own account\'s roles (${aws:PrincipalAccount})', { inline: [[mayAssume]], role: { trust: [trusting(ROOT)], inline: [[allowAll, { Effect: 'Deny', Action: 'iam:*', Resource: 'arn:aws:iam::${aws:PrincipalAccount}:role/*' }]] } }, 'not'],
  ['a role whose boundary allows everything only with MFA, which the user may attach a policy to', { inline: [[mayAssume, { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: ROLE }]], role: { trust: [trusting(ROOT)], attached: [S3_READ_ONLY], boundary: CUSTOMER }, policies: [s3ReadOnly, { arn: CUSTOMER, name: 'Ops', document: doc({ ...allowAll, Condition: mfa('Bool', 'true') }) }] }, { key: false, console: false, grant: 'iam:AttachRolePolicy', on: 'role/Admin' }],
  // The user's own boundary caps what it grants itself, not what the role it assumes may do.
  ['a user within a boundary that allows only sts:AssumeRole, and a role with AdministratorAccess', { inline: [[mayAssume]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc(mayAssume) }], role: { trust: [trusting(ROOT)] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  // "Modifying a role trust policy": iam:UpdateAssumeRolePolicy lets a user write itself into an administrator role's trust.
  ['iam:UpdateAssumeRolePolicy on an administrator role that trusts only another user', { inline: [[rewriteTrust]], role: { trust: [trusting(BOB)] } }, { key: true, console: true, grant: 'iam:UpdateAssumeRolePolicy', on: 'role/Admin' }],
  ['an MFA-guarded administrator role whose trust the user may rewrite: its key acts alone', { inline: [[mayAssume, rewriteTrust]], role: { trust: [trusting(ROOT, { Condition: mfa('Bool', 'true') })] } }, { key: true, console: true, grant: 'sts:AssumeRole', on: 'role/Admin' }],
  ['iam:UpdateAssumeRolePolicy within a boundary that does not allow sts:AssumeRole', { inline: [[rewriteTrust]], boundary: CUSTOMER, policies: [{ arn: CUSTOMER, name: 'Ops', document: doc(rewriteTrust) }], role: { trust: [trusting(BOB)] } }, 'not'],
  ['iam:UpdateAssumeRolePolicy, and a Deny of sts:AssumeRole', { inline: [[rewriteTrust, { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }]], role: { trust: [trusting(BOB)] } }, 'not'],
  ['iam:UpdateAssumeRolePolicy on another role only', { inline: [[{ ...rewriteTrust, Resource: `arn:aws:iam::${ACCOUNT}:role/Other` }]], role: { trust: [trusting(BOB)] } }, 'not'],
  ['iam:UpdateAssumeRolePolicy on a role that is no administrator', { inline: [[rewriteTrust]], role: { trust: [trusting(BOB)], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }, 'not'],
  // "Versioning IAM policies": iam:SetDefaultPolicyVersion makes another version of a policy the one in force.
  ['iam:SetDefaultPolicyVersion on a customer policy it holds, whose older version allows everything', { attached: [CUSTOMER], policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:SetDefaultPolicyVersion', Resource: CUSTOMER }), versions: [doc(allowAll)] }] }, { key: true, console: true, grant: 'iam:SetDefaultPolicyVersion', on: 'policy/Ops' }],
  ['iam:SetDefaultPolicyVersion through a group, an older version that lets it grant itself everything', { groupInline: [[{ Effect: 'Allow', Action: 'iam:SetDefaultPolicyVersion', Resource: '*' }]], attached: [CUSTOMER], policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }), versions: [doc({ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: USER })] }] }, { key: true, console: true, grant: 'iam:SetDefaultPolicyVersion', on: 'policy/Ops' }],
  ['iam:SetDefaultPolicyVersion, but no version allows more', { attached: [CUSTOMER], policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:SetDefaultPolicyVersion', Resource: CUSTOMER }), versions: [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })] }] }, 'not'],
  ['an older version that allows everything, without iam:SetDefaultPolicyVersion', { attached: [CUSTOMER], policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:GetPolicy', Resource: CUSTOMER }), versions: [doc(allowAll)] }] }, 'not'],
  ['iam:SetDefaultPolicyVersion within a boundary of AmazonS3ReadOnlyAccess', { attached: [CUSTOMER], boundary: S3_READ_ONLY, policies: [s3ReadOnly, { arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: ['iam:SetDefaultPolicyVersion', 's3:Get*'], Resource: '*' }), versions: [doc(allowAll)] }] }, 'not'],
  // A boundary removed by either action is no boundary.
  ...(['iam:DeleteUserPermissionsBoundary', 'iam:PutUserPermissionsBoundary'] as const).map((kept): [string, Setup, Expected] => [
    `iam:* within a boundary that denies removing itself except by ${kept}`,
    {
      inline: [[{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]],
      boundary: CUSTOMER,
      policies: [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, { Effect: 'Deny', Action: ['iam:DeleteUserPermissionsBoundary', 'iam:PutUserPermissionsBoundary'].filter((action) => action !== kept), Resource: '*' }) }],
    },
    { key: true, console: true, grant: 'iam:AttachUserPolicy' },
  ]),
];

describe('who is an administrator, as IAM evaluates policies', () => {
  for (const [name, setup, expected] of cases) {
    it(name, () => {
      const { administrators: found, undecided } = administrators(details(setup), { partition: 'aws', accountId: ACCOUNT });
      expect(undecided).toEqual([]);
      if (expected === 'not') {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      const [admin] = found;
      expect(admin?.withoutMfa).toEqual({ accessKey: expected.key, console: expected.console });
      expect(admin?.grant).toEqual(expected.grant ? { kind: 'self-grant', action: expected.grant, ...(expected.on ? { on: expected.on } : {}) } : { kind: 'everything' });
    });
  }

  // The requests that stand for "everything": denied any one of them, a user is no longer allowed everything
  // (here it can still grant itself the rest: iam:AttachUserPolicy on itself stays allowed).
  it.each([
    ['iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/aws-baseline-probe`],
    ['iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/aws-baseline-probe`],
    ['iam:AttachRolePolicy', `arn:aws:iam::${ACCOUNT}:role/aws-baseline-probe`],
    ['sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/aws-baseline-probe`],
    ['s3:GetObject', 'arn:aws:s3:::aws-baseline-probe/object'],
    ['s3:PutBucketPolicy', 'arn:aws:s3:::aws-baseline-probe'],
    ['ec2:RunInstances', `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`],
    ['kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/aws-baseline-probe`],
    ['lambda:UpdateFunctionCode', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:aws-baseline-probe`],
    ['secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:aws-baseline-probe`],
    ['cloudtrail:StopLogging', `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/aws-baseline-probe`],
    ['organizations:LeaveOrganization', '*'],
    ['account:PutAlternateContact', `arn:aws:account::${ACCOUNT}:account`],
  ])('"everything" includes %s on %s', (action, resource) => {
    const judged = (deny: Statement) => administrators(details({ inline: [[allowAll, deny]] }), { partition: 'aws', accountId: ACCOUNT }).administrators[0]?.grant;
    expect(judged({ Effect: 'Deny', Action: action, Resource: '*' })).toEqual({ kind: 'self-grant', action: 'iam:AttachUserPolicy' });
    expect(judged({ Effect: 'Deny', Action: '*', Resource: resource })).toEqual(resource === '*' ? undefined : { kind: 'self-grant', action: 'iam:AttachUserPolicy' });
  });

  it('allowed everything only by several policies together: each named once; a group it is not in (no longer listed) is left out', () => {
    const found = administrators(
      {
        users: [
          { name: 'zoe', arn: `arn:aws:iam::${ACCOUNT}:user/zoe`, groups: ['Gone'], attached: [], inline: [] },
          {
            name: 'alice',
            arn: USER,
            groups: ['Admins', 'Gone'],
            attached: [],
            inline: [{ name: 'iam', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) }],
          },
        ],
        groups: [{ name: 'Admins', arn: GROUP, attached: [], inline: [{ name: 'rest', document: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) }] }],
        policies: [],
      },
      { partition: 'aws', accountId: ACCOUNT },
    ).administrators;
    expect(found.map((admin) => [admin.userName, admin.grant.kind, admin.via])).toEqual([['alice', 'everything', ['inline:iam', 'inline:rest via group:Admins']]]);
  });

  it('iam:CreatePolicyVersion on a customer policy attached to its group; administrators sorted by name', () => {
    const ops = { arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: CUSTOMER }) };
    const user = (name: string) => ({ name, arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, groups: ['Admins'], attached: [], inline: [] });
    const found = administrators({ users: [user('zoe'), user('alice')], groups: [{ name: 'Admins', arn: GROUP, attached: [CUSTOMER], inline: [] }], policies: [ops] }, { partition: 'aws', accountId: ACCOUNT }).administrators;
    expect(found.map((admin) => [admin.userName, admin.grant, admin.via])).toEqual([
      ['alice', { kind: 'self-grant', action: 'iam:CreatePolicyVersion' }, ['policy:Ops via group:Admins']],
      ['zoe', { kind: 'self-grant', action: 'iam:CreatePolicyVersion' }, ['policy:Ops via group:Admins']],
    ]);
  });

  // "Managing access keys for IAM users", "Managing passwords for IAM users": a key or a console password made for
  // another user acts as that user.
  describe("another administrator's place taken: a key for one whose keys act alone, a password for one with no MFA device", () => {
    const user = (name: string, ...statements: Statement[]) => ({ name, arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, groups: [], attached: [], inline: statements.length > 0 ? [{ name: 'own', document: doc(...statements) }] : [] });
    const bob = (...statements: Statement[]) => ({ ...user('bob', ...statements), attached: [ADMIN_ACCESS] });
    const judge = (...users: AuthorizationDetails['users']) => administrators({ users, groups: [], policies: [] }, { partition: 'aws', accountId: ACCOUNT });
    const makeKey = (resource: string, condition?: Record<string, unknown>): Statement => ({ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: resource, ...(condition ? { Condition: condition } : {}) });

    it('makes an administrator of the user allowed to make it, named with the user it acts on', () => {
      const { administrators: found, undecided } = judge(user('alice', makeKey(BOB)), bob());
      expect(undecided).toEqual([]);
      expect(found.map((admin) => [admin.userName, admin.grant, admin.via, admin.withoutMfa])).toEqual([
        ['alice', { kind: 'self-grant', action: 'iam:CreateAccessKey', on: 'user/bob' }, ['inline:own'], { accessKey: true, console: true }],
        ['bob', { kind: 'everything' }, ['AdministratorAccess'], { accessKey: true, console: true }],
      ]);
    });

    it("not where the administrator's keys need MFA, nor a key for itself ('manage your own credentials')", () => {
      expect(judge(user('alice', makeKey(BOB)), bob(denyUnlessMfa)).administrators.map((admin) => admin.userName)).toEqual(['bob']);
      expect(judge(user('alice', makeKey(`arn:aws:iam::${ACCOUNT}:user/\${aws:username}`)), bob()).administrators.map((admin) => admin.userName)).toEqual(['bob']);
    });

    it('through a chain: a key for a user that may make one for the administrator', () => {
      const found = judge(user('carol', makeKey(`arn:aws:iam::${ACCOUNT}:user/alice`)), user('alice', makeKey(BOB)), bob()).administrators;
      expect(found.map((admin) => [admin.userName, admin.grant.kind === 'self-grant' ? admin.grant.on : 'everything'])).toEqual([
        ['alice', 'user/bob'],
        ['bob', 'everything'],
        ['carol', 'user/alice'],
      ]);
    });

    it("gives an administrator whose own rights need MFA a way without it, in the ways of signing it is allowed to make the key", () => {
      const alice = user('alice', { ...allowAll, Condition: mfa('Bool', 'true') }, makeKey(BOB));
      expect(judge(alice, bob()).administrators[0]).toMatchObject({ userName: 'alice', grant: { kind: 'everything' }, withoutMfa: { accessKey: true, console: true } });
      const onlyWithMfa = user('alice', { ...allowAll, Condition: mfa('Bool', 'true') });
      expect(judge(onlyWithMfa, bob()).administrators[0]).toMatchObject({ userName: 'alice', withoutMfa: { accessKey: false, console: false } });
      const keyWithoutMfaOnly = user('alice', { ...allowAll, Condition: mfa('Bool', 'true') }, makeKey(BOB, { Null: { 'aws:MultiFactorAuthPresent': 'true' } }));
      expect(judge(keyWithoutMfaOnly, bob()).administrators[0]).toMatchObject({ userName: 'alice', withoutMfa: { accessKey: true, console: false } });
    });

    it('itself: keys that act alone, made in a console session without MFA', () => {
      const keysAlone = { ...allowAll, Condition: mfa('BoolIfExists', 'true') };
      expect(judge(user('bob', keysAlone)).administrators[0]?.withoutMfa).toEqual({ accessKey: true, console: false });
      expect(judge(user('bob', keysAlone, makeKey(`arn:aws:iam::${ACCOUNT}:user/\${aws:username}`))).administrators[0]?.withoutMfa).toEqual({ accessKey: true, console: true });
    });

    it('a console password set for an administrator with no MFA device (where the credential report says so) signs in as it', () => {
      const helpdesk = user('alice', { Effect: 'Allow', Action: 'iam:UpdateLoginProfile', Resource: '*' });
      const withoutDevice = (...names: string[]) => administrators({ users: [helpdesk, bob()], groups: [], policies: [] }, { partition: 'aws', accountId: ACCOUNT }, new Set(names)).administrators;
      expect(withoutDevice('bob').map((admin) => [admin.userName, admin.grant, admin.withoutMfa])).toEqual([
        ['alice', { kind: 'self-grant', action: 'iam:UpdateLoginProfile', on: 'user/bob' }, { accessKey: true, console: true }],
        ['bob', { kind: 'everything' }, { accessKey: true, console: true }],
      ]);
      expect(withoutDevice().map((admin) => admin.userName)).toEqual(['bob']);
      // An administrator only with MFA cannot be signed in as without it.
      const bobWithMfaOnly = { ...user('bob', { ...allowAll, Condition: mfa('Bool', 'true') }) };
      expect(administrators({ users: [helpdesk, bobWithMfaOnly], groups: [], policies: [] }, { partition: 'aws', accountId: ACCOUNT }, new Set(['bob'])).administrators.map((admin) => admin.userName)).toEqual(['bob']);
    });

    it('a password for an administrator that may take no one\'s place itself, and one made where it has none (iam:CreateLoginProfile)', () => {
      const consoleOnly = { ...allowAll, Condition: { Null: { 'aws:MultiFactorAuthPresent': 'false' } } };
      const noTakeOver = { Effect: 'Deny', Action: ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'], Resource: '*' };
      const creator = user('alice', { Effect: 'Allow', Action: 'iam:CreateLoginProfile', Resource: BOB });
      const found = administrators({ users: [creator, user('bob', consoleOnly, noTakeOver)], groups: [], policies: [] }, { partition: 'aws', accountId: ACCOUNT }, new Set(['bob'])).administrators;
      expect(found.map((admin) => [admin.userName, admin.grant, admin.withoutMfa])).toEqual([
        ['alice', { kind: 'self-grant', action: 'iam:CreateLoginProfile', on: 'user/bob' }, { accessKey: true, console: true }],
        ['bob', { kind: 'self-grant', action: 'iam:AttachUserPolicy' }, { accessKey: false, console: true }],
      ]);
    });

    it('chains followed to their end, whatever order the account lists its users in', () => {
      const consoleOnly = { ...allowAll, Condition: { Null: { 'aws:MultiFactorAuthPresent': 'false' } } };
      const password = (target: string) => ({ Effect: 'Allow', Action: 'iam:UpdateLoginProfile', Resource: `arn:aws:iam::${ACCOUNT}:user/${target}` });
      const byPasswords = administrators({ users: [user('carol', password('alice')), user('alice', password('bob')), user('bob', consoleOnly)], groups: [], policies: [] }, { partition: 'aws', accountId: ACCOUNT }, new Set(['alice', 'bob', 'carol'])).administrators;
      expect(byPasswords.map((admin) => [admin.userName, admin.grant.kind === 'self-grant' ? admin.grant.on : 'everything'])).toEqual([
        ['alice', 'user/bob'],
        ['bob', 'everything'],
        ['carol', 'user/alice'],
      ]);
      // A key alice may make only with a key of her own (no MFA key in the request) still makes her keys act alone.
      const keyOnly = makeKey(BOB, { Null: { 'aws:MultiFactorAuthPresent': 'true' } });
      const byKeys = judge(user('carol', makeKey(`arn:aws:iam::${ACCOUNT}:user/alice`)), user('alice', keyOnly), bob()).administrators;
      expect(byKeys.map((admin) => admin.userName)).toEqual(['alice', 'bob', 'carol']);
    });

    describe('by a role: a key made, or a password set, by the session of a role the user may reach', () => {
      const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
      const role = (name: string, trust: Statement, ...statements: Statement[]) => ({ name, arn: roleArn(name), trust: doc(trust), attached: [], inline: [{ name: 'own', document: doc(...statements) }] });
      const switchTo = (name: string): Statement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn(name) });
      const judgeWith = (users: AuthorizationDetails['users'], roles: NonNullable<AuthorizationDetails['roles']>, withoutDevice: string[] = []) =>
        administrators({ users, groups: [], policies: [], roles }, { partition: 'aws', accountId: ACCOUNT }, new Set(withoutDevice)).administrators.map((admin) => [admin.userName, admin.grant.kind === 'self-grant' ? `${admin.grant.action} ${admin.grant.on ?? ''}`.trim() : 'everything']);

      it('a key for an administrator whose keys act alone: the role is one, and so is the user that may assume it', () => {
        expect(judgeWith([user('alice', switchTo('Helpdesk')), bob()], [role('Helpdesk', trusting(ROOT), makeKey(BOB))])).toEqual([
          ['alice', 'sts:AssumeRole role/Helpdesk → iam:CreateAccessKey user/bob'],
          ['bob', 'everything'],
        ]);
        // Not where the administrator's keys need MFA.
        expect(judgeWith([user('alice', switchTo('Helpdesk')), bob(denyUnlessMfa)], [role('Helpdesk', trusting(ROOT), makeKey(BOB))])).toEqual([['bob', 'everything']]);
      });

      it('a password for an administrator with no MFA device, set by a function the user may deploy with the role', () => {
        const fn = role('Reset', { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Action: 'iam:UpdateLoginProfile', Resource: '*' });
        const deployer = user('alice', { Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' });
        expect(judgeWith([deployer, bob()], [fn], ['bob'])).toEqual([
          ['alice', 'iam:PassRole role/Reset to lambda.amazonaws.com → iam:UpdateLoginProfile user/bob'],
          ['bob', 'everything'],
        ]);
        expect(judgeWith([deployer, bob()], [fn])).toEqual([['bob', 'everything']]);
      });

      it('followed to the end: a user made an administrator by one role is the place another role takes', () => {
        const users = [user('dave', switchTo('Second')), user('carol', switchTo('First')), bob()];
        const roles = [role('Second', trusting(ROOT), makeKey(`arn:aws:iam::${ACCOUNT}:user/carol`)), role('First', trusting(ROOT), makeKey(BOB))];
        expect(judgeWith(users, roles)).toEqual([
          ['bob', 'everything'],
          ['carol', 'sts:AssumeRole role/First → iam:CreateAccessKey user/bob'],
          ['dave', 'sts:AssumeRole role/Second → iam:CreateAccessKey user/carol'],
        ]);
      });
    });

    it("whatever boundary caps the user that makes the key: the key is the administrator's", () => {
      const capped = { ...user('alice', makeKey(BOB)), boundary: CUSTOMER };
      const boundary = (...statements: Statement[]) => [{ arn: CUSTOMER, name: 'Ops', document: doc(...statements) }];
      const judgeCapped = (policies: AuthorizationDetails['policies']) => administrators({ users: [capped, bob()], groups: [], policies }, { partition: 'aws', accountId: ACCOUNT }).administrators.map((admin) => admin.userName);
      expect(judgeCapped(boundary(makeKey('*')))).toEqual(['alice', 'bob']);
      expect(judgeCapped(boundary({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))).toEqual(['bob']);
    });
  });

  it('a group it may join whose policy cannot be read leaves the user undecided; one it may not join does not', () => {
    const broken = { arn: CUSTOMER, name: 'Ops', document: '{not json' };
    const judged = (resource: string) =>
      administrators(details({ inline: [[{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: resource }]], otherGroup: { attached: [CUSTOMER] }, policies: [broken] }), { partition: 'aws', accountId: ACCOUNT });
    expect(judged(OTHER_GROUP)).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: [CUSTOMER] }], readWorkloads: [] });
    expect(judged(GROUP)).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it('a role it may assume whose policy cannot be read leaves the user undecided; one it may not assume does not', () => {
    const broken = { arn: CUSTOMER, name: 'Ops', document: '{not json' };
    const judged = (trust: Statement) => administrators(details({ inline: [[mayAssume]], role: { trust: [trust], attached: [CUSTOMER] }, policies: [broken] }), { partition: 'aws', accountId: ACCOUNT });
    expect(judged(trusting(ROOT))).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: [CUSTOMER] }], readWorkloads: [] });
    expect(judged(trusting('arn:aws:iam::210987654321:root'))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it('names what lets it assume the role: its own policy where the trust names the account, the trust policy where it names the user', () => {
    const via = (setup: Setup) => administrators(details(setup), { partition: 'aws', accountId: ACCOUNT }).administrators.map((admin) => admin.via);
    expect(via({ inline: [[mayAssume]], role: { trust: [trusting(ROOT)] } })).toEqual([['inline:p0']]);
    expect(via({ role: { trust: [trusting(USER)] } })).toEqual([['trust of role/Admin']]);
  });

  it('roles not read (a snapshot taken before they were) add no administrator; neither does a role without a trust policy', () => {
    const setup: Setup = { inline: [[mayAssume]], role: { trust: [trusting(ROOT)] } };
    const { roles, ...withoutRoles } = details(setup);
    expect(roles).toHaveLength(1);
    expect(administrators(withoutRoles, { partition: 'aws', accountId: ACCOUNT }).administrators).toEqual([]);
    const untrusted = details(setup);
    untrusted.roles = untrusted.roles?.map((role) => ({ name: role.name, arn: role.arn, attached: role.attached, inline: role.inline }));
    expect(administrators(untrusted, { partition: 'aws', accountId: ACCOUNT })).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it('a trust policy that cannot be read leaves undecided the users it might admit to an administrator role; to a role that is none, nobody but who may make it one', () => {
    const unreadable = (setup: Setup) => {
      const read = details(setup);
      read.roles = read.roles?.map((role) => ({ ...role, trust: '{not json' }));
      return administrators(read, { partition: 'aws', accountId: ACCOUNT });
    };
    expect(unreadable({ inline: [[mayAssume]], role: { trust: [] } })).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: ['trust of role/Admin'] }], readWorkloads: [] });
    expect(unreadable({ inline: [[mayAssume]], role: { trust: [], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] })).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
    // … unless the user may make it one.
    expect(unreadable({ inline: [[mayAssume, { Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: ROLE }]], role: { trust: [], attached: [S3_READ_ONLY] }, policies: [s3ReadOnly] }).undecided).toEqual([
      { userName: 'alice', arn: USER, missing: ['trust of role/Admin'] },
    ]);
  });

  it('an older version it may make the default that cannot be read leaves the user undecided', () => {
    const policies = [{ arn: CUSTOMER, name: 'Ops', document: doc({ Effect: 'Allow', Action: 'iam:SetDefaultPolicyVersion', Resource: CUSTOMER }), versions: ['{not json'] }];
    expect(administrators(details({ attached: [CUSTOMER], policies }), { partition: 'aws', accountId: ACCOUNT })).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: [`${CUSTOMER} (a version)`] }], readWorkloads: [] });
  });

  it('a customer managed policy whose document cannot be read leaves the user undecided', () => {
    const broken = { arn: CUSTOMER, name: 'Ops', document: '{not json' };
    expect(administrators(details({ attached: [CUSTOMER], policies: [broken] }), { partition: 'aws', accountId: ACCOUNT }).undecided).toEqual([{ userName: 'alice', arn: USER, missing: [CUSTOMER] }]);
  });

  it('an inline policy that cannot be read is named, through a group too', () => {
    const unreadable = { ...details({ groupInline: [[allowAll]] }) };
    unreadable.users = unreadable.users.map((user) => ({ ...user, inline: [{ name: 'own' }] }));
    unreadable.groups = unreadable.groups.map((group) => ({ ...group, inline: [{ name: 'shared', document: '%E0%A4%A' }] }));
    expect(administrators(unreadable, { partition: 'aws', accountId: ACCOUNT }).undecided).toEqual([{ userName: 'alice', arn: USER, missing: ['inline:own', 'inline:shared via group:Admins'] }]);
  });

  it('names the policies that make the user an administrator, through groups too', () => {
    const found = administrators(
      {
        users: [{ name: 'alice', arn: USER, groups: ['Admins'], attached: [ADMIN_ACCESS], inline: [{ name: 'read', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) }] }],
        groups: [{ name: 'Admins', arn: GROUP, attached: [ADMIN_ACCESS], inline: [] }],
        policies: [],
      },
      { partition: 'aws', accountId: ACCOUNT },
    ).administrators;
    expect(found[0]?.via).toEqual(['AdministratorAccess', 'AdministratorAccess via group:Admins']);
  });

  it("knows AdministratorAccess by its ARN in the account's partition only", () => {
    const of = (arn: string) => administrators({ users: [{ name: 'a', arn: 'arn:aws-cn:iam::1:user/a', groups: [], attached: [arn], inline: [] }], groups: [], policies: [] }, { partition: 'aws-cn', accountId: '1' });
    expect(of('arn:aws-cn:iam::aws:policy/AdministratorAccess').administrators.map((admin) => admin.via)).toEqual([['AdministratorAccess']]);
    expect(of('arn:aws:iam::aws:policy/AdministratorAccess').undecided).toEqual([{ userName: 'a', arn: 'arn:aws-cn:iam::1:user/a', missing: ['arn:aws:iam::aws:policy/AdministratorAccess'] }]);
  });

  it('a role whose trust the user may rewrite, its policies unreadable: the user is undecided', () => {
    const { administrators: found, undecided } = administrators(details({ inline: [[rewriteTrust]], role: { trust: [trusting(BOB)], attached: [CUSTOMER] } }), { partition: 'aws', accountId: ACCOUNT });
    expect(found).toEqual([]);
    expect(undecided).toEqual([{ userName: 'alice', arn: USER, missing: [CUSTOMER] }]);
  });

  it('a user whose policy or boundary document is missing is undecided, never judged safe', () => {
    const { administrators: found, undecided } = administrators(details({ attached: [ADMIN_ACCESS], boundary: S3_READ_ONLY }), { partition: 'aws', accountId: ACCOUNT });
    expect(found).toEqual([]);
    expect(undecided).toEqual([{ userName: 'alice', arn: USER, missing: [S3_READ_ONLY] }]);
    expect(administrators({ ...details({}), users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'broken', document: '{not json' }] }] }, { partition: 'aws', accountId: ACCOUNT }).undecided).toHaveLength(1);
  });
});

// Role chaining ("IAM roles terms and concepts"): a role's session that may assume an administrator role is one; a user that may
// assume the first role is an administrator through the chain. The chained session keeps the MFA of the request that began it.
describe('administrators through a chain of roles', () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  type ChainRole = { trust: Statement[] | string; inline?: Statement[][]; attached?: string[]; boundary?: string };
  const account = (roles: Record<string, ChainRole>, policies: AuthorizationDetails['policies'] = []): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'hop', document: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn('Gateway') }) }] }],
    groups: [],
    policies,
    roles: Object.entries(roles).map(([name, role]) => ({
      name,
      arn: roleArn(name),
      trust: typeof role.trust === 'string' ? role.trust : doc(...role.trust),
      attached: role.attached ?? [],
      inline: (role.inline ?? []).map((statements, index) => ({ name: `p${index}`, document: doc(...statements) })),
      ...(role.boundary ? { boundary: role.boundary } : {}),
    })),
  });
  const judge = (details: AuthorizationDetails) => administrators(details, { partition: 'aws', accountId: ACCOUNT });
  const hopTo = (name: string): Statement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn(name) });
  /** Gateway: trusts the account, may assume what `inline` allows; no more. */
  const gateway = (extra: Partial<ChainRole> = {}): ChainRole => ({ trust: [trusting(ROOT)], inline: [[hopTo('Admin')]], ...extra });
  const chained = (on: string, key = true, console = key) => ({ withoutMfa: { accessKey: key, console }, grant: { kind: 'self-grant', action: 'sts:AssumeRole', on } });

  it('a role the first role may assume (its trust names the account; the first role allows sts:AssumeRole on it)', () => {
    const { administrators: found, undecided } = judge(account({ Gateway: gateway(), Admin: { trust: [trusting(ROOT)], attached: [ADMIN_ACCESS] } }));
    expect(undecided).toEqual([]);
    expect(found).toMatchObject([{ userName: 'alice', ...chained('role/Gateway → role/Admin') }]);
  });

  it("a role whose trust names the first role itself: no identity policy needed, as for a user", () => {
    const found = judge(account({ Gateway: gateway({ inline: [] }), Admin: { trust: [trusting(roleArn('Gateway'))], attached: [ADMIN_ACCESS] } })).administrators;
    expect(found).toMatchObject([chained('role/Gateway → role/Admin')]);
  });

  it('three hops, each role listed before the one it reaches (found on a second pass): found whole, named in order', () => {
    const found = judge(
      account({
        Gateway: gateway({ inline: [[hopTo('Middle')]] }),
        Middle: { trust: [trusting(ROOT)], inline: [[hopTo('Admin')]] },
        Admin: { trust: [trusting(roleArn('Middle'))], attached: [ADMIN_ACCESS] },
      }),
    ).administrators;
    expect(found).toMatchObject([chained('role/Gateway → role/Middle → role/Admin')]);
  });

  it('a role the first role may assume and attach a policy to (nothing caps it): named with how', () => {
    const grants: Statement = { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: roleArn('Target') };
    const found = judge(account({ Gateway: gateway({ inline: [[hopTo('Target'), grants]] }), Target: { trust: [trusting(ROOT)], inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]] } })).administrators;
    expect(found).toMatchObject([chained('role/Gateway → iam:AttachRolePolicy role/Target')]);
    // Capped by a boundary it may not lift: what is attached to it stays within the boundary.
    const capped = judge(account({ Gateway: gateway({ inline: [[hopTo('Target'), grants]] }), Target: { trust: [trusting(ROOT)], inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]], boundary: S3_READ_ONLY } }, [s3ReadOnly]));
    expect(capped).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it.each<[string, Record<string, ChainRole>, AuthorizationDetails['policies']?]>([
    ['the next role trusts the account, but the first role may not call sts:AssumeRole', { Gateway: gateway({ inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]] }), Admin: { trust: [trusting(ROOT)], attached: [ADMIN_ACCESS] } }],
    ['the next role trusts another role only', { Gateway: gateway(), Admin: { trust: [trusting(roleArn('Deployer'))], attached: [ADMIN_ACCESS] } }],
    ["the first role's boundary does not allow sts:AssumeRole (the next trusts it by name)", { Gateway: gateway({ inline: [], boundary: S3_READ_ONLY }), Admin: { trust: [trusting(roleArn('Gateway'))], attached: [ADMIN_ACCESS] } }, [s3ReadOnly]],
    ['the first role denies itself sts:AssumeRole', { Gateway: gateway({ inline: [[hopTo('Admin'), { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }]] }), Admin: { trust: [trusting(ROOT)], attached: [ADMIN_ACCESS] } }],
    ['two roles that may assume each other, neither an administrator: the search ends', { Gateway: gateway({ inline: [[hopTo('Other')]] }), Other: { trust: [trusting(ROOT)], inline: [[hopTo('Gateway'), { Effect: 'Allow', Action: 's3:*', Resource: '*' }]] } }],
    ['a role that may assume itself only', { Gateway: gateway({ inline: [[hopTo('Gateway')]] }) }],
  ])('no administrator where %s', (_name, roles, policies) => {
    expect(judge(account(roles, policies))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it('the last role requires MFA to be assumed: an administrator with MFA only, the chain keeping the first request\'s MFA', () => {
    const found = judge(account({ Gateway: gateway(), Admin: { trust: [trusting(ROOT, { Condition: mfa('Bool', 'true') })], attached: [ADMIN_ACCESS] } })).administrators;
    expect(found).toMatchObject([chained('role/Gateway → role/Admin', false)]);
  });

  it("a role at the end of the chain whose policies, or whose trust, cannot be read: the user is undecided, never judged safe", () => {
    const unreadablePolicy = judge(account({ Gateway: gateway(), Admin: { trust: [trusting(ROOT)], attached: [CUSTOMER] } }));
    expect(unreadablePolicy).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: [CUSTOMER] }], readWorkloads: [] });
    const unreadableTrust = judge(account({ Gateway: gateway(), Admin: { trust: '{not json', attached: [ADMIN_ACCESS] } }));
    expect(unreadableTrust).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: ['trust of role/Admin'] }], readWorkloads: [] });
    // A role the first role may attach a policy to (nothing caps it), whose trust cannot be read: whether the first role may assume it is unknown.
    const attachable = judge(account({ Gateway: gateway({ inline: [[hopTo('Target'), { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: roleArn('Target') }]] }), Target: { trust: '{not json', inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]] } }));
    expect(attachable).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: ['trust of role/Target'] }], readWorkloads: [] });
  });

  it('a role two hops on whose policies cannot be read: the user is undecided, whatever order the roles are listed in', () => {
    const roles: [string, ChainRole][] = [
      ['Gateway', gateway({ inline: [[hopTo('Middle')]] })],
      ['Middle', { trust: [trusting(roleArn('Gateway'))], inline: [[hopTo('End')]] }],
      ['End', { trust: [trusting(roleArn('Middle'))], attached: [CUSTOMER] }],
    ];
    for (const order of [roles, [...roles].reverse()]) {
      expect(judge(account(Object.fromEntries(order)))).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: [CUSTOMER] }], readWorkloads: [] });
    }
  });
});

describe('administrators by passing a role to a service that runs as it (IAM User Guide, "Granting a user permissions to pass a role to an AWS service")', () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:*`;
  type ServiceRole = { trust: Statement[]; attached?: string[]; inline?: Statement[][]; boundary?: string; instanceProfiles?: string[] };
  const runBy = (service: string | string[]): Statement => ({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
  /** Alice's policy `dev` allows `alice`; `run`, where given, is a second policy of hers. */
  const account = (alice: Statement[], roles: Record<string, ServiceRole>, policies: AuthorizationDetails['policies'] = [], run?: Statement[]): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'dev', document: doc(...alice) }, ...(run ? [{ name: 'run', document: doc(...run) }] : [])] }],
    groups: [],
    policies,
    roles: Object.entries(roles).map(([name, role]) => ({
      name,
      arn: roleArn(name),
      trust: doc(...role.trust),
      attached: role.attached ?? [],
      inline: (role.inline ?? []).map((statements, index) => ({ name: `p${index}`, document: doc(...statements) })),
      ...(role.boundary ? { boundary: role.boundary } : {}),
      ...(role.instanceProfiles ? { instanceProfiles: role.instanceProfiles } : {}),
    })),
  });
  const judge = (details: AuthorizationDetails) => administrators(details, { partition: 'aws', accountId: ACCOUNT });
  const passRole = (extra: Statement = {}): Statement => ({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', ...extra });
  const passedTo = (operator: string, service: string) => ({ Condition: { [operator]: { 'iam:PassedToService': service } } });
  const lambdaRun: Statement = { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: FN };
  const fnAdmin: ServiceRole = { trust: [runBy('lambda.amazonaws.com')], attached: [ADMIN_ACCESS] };
  const passed = (on: string, action = 'iam:PassRole', key = true, console = key) => ({ withoutMfa: { accessKey: key, console }, grant: { kind: 'self-grant', action, on } });

  it('a Lambda function created with an administrator role and invoked: the user is an administrator, named with the role and the service', () => {
    const { administrators: found, undecided } = judge(account([passRole(), lambdaRun], { FnAdmin: fnAdmin }));
    expect(undecided).toEqual([]);
    expect(found).toMatchObject([{ userName: 'alice', via: ['inline:dev'], ...passed('role/FnAdmin to lambda.amazonaws.com') }]);
    // Passing the role and running the function allowed by two policies: both named.
    expect(judge(account([passRole()], { FnAdmin: fnAdmin }, [], [lambdaRun])).administrators).toMatchObject([{ via: ['inline:dev', 'inline:run'] }]);
  });

  it.each<[string, Statement[], Record<string, ServiceRole>]>([
    ['it may create the function but not invoke it', [passRole(), { ...lambdaRun, Action: 'lambda:CreateFunction' }], { FnAdmin: fnAdmin }],
    ['it may not pass the role (no iam:PassRole)', [lambdaRun], { FnAdmin: fnAdmin }],
    ['it may pass roles to EC2 only (iam:PassedToService)', [passRole(passedTo('StringEquals', 'ec2.amazonaws.com')), lambdaRun], { FnAdmin: fnAdmin }],
    ['it may pass other roles only', [passRole({ Resource: roleArn('FnReader') }), lambdaRun], { FnAdmin: fnAdmin }],
    ['a Deny of iam:PassRole on the role', [passRole(), lambdaRun, { Effect: 'Deny', Action: 'iam:PassRole', Resource: roleArn('FnAdmin') }], { FnAdmin: fnAdmin }],
    ['the role is no administrator', [passRole(), lambdaRun], { FnAdmin: { trust: [runBy('lambda.amazonaws.com')], inline: [[{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]] } }],
    ['the administrator role is run by a service that runs no code it is given (Firehose)', [passRole(), lambdaRun, { Effect: 'Allow', Action: 'firehose:*', Resource: '*' }], { StreamAdmin: { trust: [runBy('firehose.amazonaws.com')], attached: [ADMIN_ACCESS] } }],
    ['it may create a CodeBuild project but not start a build', [passRole(), { Effect: 'Allow', Action: 'codebuild:CreateProject', Resource: '*' }], { BuildAdmin: { trust: [runBy('codebuild.amazonaws.com')], attached: [ADMIN_ACCESS] } }],
    ['the role allows everything only with MFA: the service\'s session has none', [passRole(), lambdaRun], { FnAdmin: { trust: [runBy('lambda.amazonaws.com')], inline: [[{ ...allowAll, Condition: mfa('Bool', 'true') }]] } }],
    ['EC2 may run as the role, but no instance profile holds it', [passRole(), { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' }], { WebAdmin: { trust: [runBy('ec2.amazonaws.com')], attached: [ADMIN_ACCESS] } }],
  ])('no administrator where %s', (_name, alice, roles) => {
    const { administrators: found, undecided } = judge(account(alice, roles));
    expect({ found, undecided }).toEqual({ found: [], undecided: [] });
  });

  it.each<[string, Statement[], Record<string, ServiceRole>, string]>([
    ['iam:PassedToService names Lambda', [passRole(passedTo('StringEquals', 'lambda.amazonaws.com')), lambdaRun], { FnAdmin: fnAdmin }, 'role/FnAdmin to lambda.amazonaws.com'],
    ['iam:PassedToService matched by a pattern (StringLike)', [passRole(passedTo('StringLike', 'lambda.*')), lambdaRun], { FnAdmin: fnAdmin }, 'role/FnAdmin to lambda.amazonaws.com'],
    ['a CloudFormation stack created with the role as its service role', [passRole(), { Effect: 'Allow', Action: 'cloudformation:CreateStack', Resource: '*' }], { Deployer: { trust: [runBy('cloudformation.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/Deployer to cloudformation.amazonaws.com'],
    ['an EC2 instance launched with a profile that holds the role (its user data runs as the role)', [passRole(), { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' }], { WebAdmin: { trust: [runBy(['ec2.amazonaws.com'])], attached: [ADMIN_ACCESS], instanceProfiles: ['web'] } }, 'role/WebAdmin to ec2.amazonaws.com'],
    ['a Lambda function triggered by an event source instead of invoked', [passRole(), { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping'], Resource: '*' }], { FnAdmin: fnAdmin }, 'role/FnAdmin to lambda.amazonaws.com'],
    ['a CodeBuild project created and built (its buildspec runs as the role)', [passRole(), { Effect: 'Allow', Action: ['codebuild:CreateProject', 'codebuild:StartBuild'], Resource: '*' }], { BuildAdmin: { trust: [runBy('codebuild.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/BuildAdmin to codebuild.amazonaws.com'],
    ['a Glue job created and run', [passRole(), { Effect: 'Allow', Action: ['glue:CreateJob', 'glue:StartJobRun'], Resource: '*' }], { GlueAdmin: { trust: [runBy('glue.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/GlueAdmin to glue.amazonaws.com'],
    ['a Glue development endpoint', [passRole(), { Effect: 'Allow', Action: 'glue:CreateDevEndpoint', Resource: '*' }], { GlueAdmin: { trust: [runBy('glue.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/GlueAdmin to glue.amazonaws.com'],
    ['a SageMaker notebook created and opened', [passRole(), { Effect: 'Allow', Action: ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'], Resource: '*' }], { NotebookAdmin: { trust: [runBy('sagemaker.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/NotebookAdmin to sagemaker.amazonaws.com'],
    ['a SageMaker processing job', [passRole(), { Effect: 'Allow', Action: 'sagemaker:CreateProcessingJob', Resource: '*' }], { NotebookAdmin: { trust: [runBy('sagemaker.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/NotebookAdmin to sagemaker.amazonaws.com'],
    ['a SageMaker training job', [passRole(), { Effect: 'Allow', Action: 'sagemaker:CreateTrainingJob', Resource: `arn:aws:sagemaker:*:${ACCOUNT}:training-job/*` }], { NotebookAdmin: { trust: [runBy('sagemaker.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/NotebookAdmin to sagemaker.amazonaws.com'],
    ['an ECS task run from a task definition that names the role', [passRole(), { Effect: 'Allow', Action: ['ecs:RegisterTaskDefinition', 'ecs:RunTask'], Resource: '*' }], { TaskAdmin: { trust: [runBy('ecs-tasks.amazonaws.com')], attached: [ADMIN_ACCESS] } }, 'role/TaskAdmin to ecs-tasks.amazonaws.com'],
    ['a role whose session may assume an administrator role in turn', [passRole(), lambdaRun], { Fn: { trust: [runBy('lambda.amazonaws.com')], inline: [[{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn('Admin') }]] }, Admin: { trust: [trusting(ROOT)], attached: [ADMIN_ACCESS] } }, 'role/Fn to lambda.amazonaws.com → role/Admin'],
  ])('an administrator where %s', (_name, alice, roles, on) => {
    expect(judge(account(alice, roles)).administrators).toMatchObject([passed(on)]);
  });

  it('a role it may attach a policy to first (nothing caps the role), then pass: named with both steps; not where a boundary caps the role', () => {
    const attach: Statement = { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: roleArn('Fn') };
    const fn = (boundary?: string): ServiceRole => ({ trust: [runBy('lambda.amazonaws.com')], inline: [[{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }]], ...(boundary ? { boundary } : {}) });
    expect(judge(account([passRole(), lambdaRun, attach], { Fn: fn() })).administrators).toMatchObject([passed('role/Fn → iam:PassRole to lambda.amazonaws.com', 'iam:AttachRolePolicy')]);
    expect(judge(account([passRole(), lambdaRun, attach], { Fn: fn(S3_READ_ONLY) }, [s3ReadOnly]))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it("the user's requests need MFA: an administrator with MFA only (the function's session is the role's, whatever the user signed with)", () => {
    const found = judge(account([passRole({ Condition: mfa('Bool', 'true') }), lambdaRun], { FnAdmin: fnAdmin })).administrators;
    expect(found).toMatchObject([passed('role/FnAdmin to lambda.amazonaws.com', 'iam:PassRole', false)]);
  });

  it('a role of a chain passes an administrator role on: the user that assumes the first role is one', () => {
    const gateway: ServiceRole = { trust: [trusting(ROOT)], inline: [[passRole(), lambdaRun]] };
    const found = judge(account([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn('Gateway') }], { Gateway: gateway, FnAdmin: fnAdmin })).administrators;
    expect(found).toMatchObject([{ withoutMfa: { accessKey: true, console: true }, grant: { kind: 'self-grant', action: 'sts:AssumeRole', on: 'role/Gateway → iam:PassRole role/FnAdmin to lambda.amazonaws.com' } }]);
  });

  it('a role it may pass whose policies cannot be read, or whose session may assume such a role: the user is undecided, never judged safe', () => {
    const undecided = { administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: [CUSTOMER] }], readWorkloads: [] };
    expect(judge(account([passRole(), lambdaRun], { FnAdmin: { trust: [runBy('lambda.amazonaws.com')], attached: [CUSTOMER] } }))).toEqual(undecided);
    const fn: ServiceRole = { trust: [runBy('lambda.amazonaws.com')], inline: [[{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn('Next') }]] };
    expect(judge(account([passRole(), lambdaRun], { Fn: fn, Next: { trust: [trusting(roleArn('Fn'))], attached: [CUSTOMER] } }))).toEqual(undecided);
  });
});

describe('administrators by changing the code of a Lambda function that runs as an administrator role (lambda:UpdateFunctionCode)', () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const fnArn = (name: string, region = 'us-east-1') => `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}`;
  /** AWS's PowerUserAccess, as far as it matters here: everything but IAM, Organizations and Account. */
  const powerUser: Statement = { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' };
  const runByLambda = { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' };
  const lambdaRole = (name: string, extra: Partial<NonNullable<AuthorizationDetails['roles']>[number]> = {}) => ({ name, arn: roleArn(name), trust: doc(runByLambda), attached: [ADMIN_ACCESS], inline: [], ...extra });
  const account = (alice: Statement[], roles: NonNullable<AuthorizationDetails['roles']>, policies: AuthorizationDetails['policies'] = []): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'dev', document: doc(...alice) }] }],
    groups: [],
    policies,
    roles,
  });
  const report = (role: string, region = 'us-east-1') => ({ kind: 'function' as const, name: 'report', arn: fnArn('report', region), role: roleArn(role), region });
  /** The functions read: those listed, and the regions whose list could not be. */
  const functions = (list: WorkloadsRead['list'], unreadable: string[] = []): WorkloadsRead => ({ kinds: ['function'], list, unreadable: unreadable.map((region) => ({ kind: 'function', region })) });
  const judge = (details: AuthorizationDetails, read?: WorkloadsRead) => administrators(details, { partition: 'aws', accountId: ACCOUNT }, new Set(), read);

  it('asks for the functions only where they may matter: someone not an administrator may change code, and a role Lambda runs as is one', () => {
    expect(judge(account([powerUser], [lambdaRole('FnAdmin')])).readWorkloads).toEqual(['function']);
    expect(judge(account([powerUser], [lambdaRole('FnReader', { attached: [S3_READ_ONLY] })], [s3ReadOnly])).readWorkloads).toEqual([]);
    expect(judge(account([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }], [lambdaRole('FnAdmin')])).readWorkloads).toEqual([]);
    expect(judge(account([allowAll], [lambdaRole('FnAdmin')])).readWorkloads).toEqual([]);
    expect(judge(account([powerUser], [lambdaRole('FnAdmin')]), functions([])).readWorkloads).toEqual([]);
  });

  it('a user allowed to change the code of a function that runs as an administrator role is one, named with the function and the role', () => {
    const { administrators: found, undecided } = judge(account([powerUser], [lambdaRole('FnAdmin')]), functions([report('FnAdmin')]));
    expect(undecided).toEqual([]);
    expect(found).toMatchObject([{ userName: 'alice', via: ['inline:dev'], withoutMfa: { accessKey: true, console: true }, grant: { kind: 'self-grant', action: 'lambda:UpdateFunctionCode', on: 'function/report in us-east-1 as role/FnAdmin' } }]);
    // Allowed on that function alone, by its ARN.
    const only = judge(account([{ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: fnArn('report') }], [lambdaRole('FnAdmin')]), functions([report('FnAdmin')]));
    expect(only.administrators.map((admin) => admin.userName)).toEqual(['alice']);
  });

  it.each<[string, Statement[], NonNullable<AuthorizationDetails['roles']>]>([
    ['the function runs as a role that is no administrator', [powerUser], [lambdaRole('FnAdmin'), lambdaRole('FnReader', { attached: [], inline: [{ name: 'logs', document: doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }) }] })]],
    ['it may change the code of another function only', [{ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: fnArn('other') }], [lambdaRole('FnAdmin')]],
    ["the function's role is not one Lambda may run as (not kept)", [powerUser], []],
    ["the function's role is kept for another service (Glue may run as it), but Lambda may not", [powerUser], [lambdaRole('FnAdmin', { trust: doc({ Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' }) })]],
  ])('no administrator where %s', (_name, alice, roles) => {
    const { administrators: found, undecided } = judge(account(alice, roles), functions([report(roles.length > 1 ? 'FnReader' : 'FnAdmin')]));
    expect({ found, undecided }).toEqual({ found: [], undecided: [] });
  });

  it('a role it may attach a policy to first: named with both steps', () => {
    const attach: Statement = { Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: roleArn('Fn') };
    const fn = lambdaRole('Fn', { attached: [], inline: [{ name: 'logs', document: doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }) }] });
    const details = account([powerUser, attach], [fn]);
    expect(judge(details).readWorkloads).toEqual(['function']);
    expect(judge(details, functions([report('Fn')])).administrators).toMatchObject([{ grant: { action: 'iam:AttachRolePolicy', on: 'role/Fn → lambda:UpdateFunctionCode function/report in us-east-1' } }]);
  });

  it("a region whose functions could not be read, or a function whose role's policies could not be: the user is undecided, never judged safe", () => {
    const undecided = (missing: string[]) => ({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing }], readWorkloads: [] });
    expect(judge(account([powerUser], [lambdaRole('FnAdmin')]), functions([], ['eu-west-1']))).toEqual(undecided(['Lambda functions of eu-west-1']));
    expect(judge(account([powerUser], [lambdaRole('FnAdmin', { attached: [CUSTOMER] })]), functions([report('FnAdmin')]))).toEqual(undecided([CUSTOMER]));
    // Where no role Lambda runs as could make an administrator, a region not read changes nothing.
    expect(judge(account([powerUser], []), functions([], ['eu-west-1']))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it('a role whose session may change the code: the user that assumes it is one', () => {
    const deployer = { name: 'Deployer', arn: roleArn('Deployer'), trust: doc(trusting(ROOT)), attached: [], inline: [{ name: 'deploy', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' }) }] };
    const details = account([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn('Deployer') }], [deployer, lambdaRole('FnAdmin')]);
    expect(judge(details).readWorkloads).toEqual(['function']);
    expect(judge(details, functions([report('FnAdmin')])).administrators).toMatchObject([{ grant: { action: 'sts:AssumeRole', on: 'role/Deployer → lambda:UpdateFunctionCode function/report in us-east-1 as role/FnAdmin' } }]);
  });
});

describe("administrators by updating a CloudFormation stack whose service role is an administrator (UpdateStack, or a change set: the stack's role is used \"even if the users don't have permission to pass it\")", () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const stackArn = (name: string, region = 'us-east-1') => `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/6b1c2d40-0000-11ef-8000-0a1b2c3d4e5f`;
  const runByCloudFormation = { Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' };
  const execRole = { name: 'cfn-exec', arn: roleArn('cfn-exec'), trust: doc(runByCloudFormation), attached: [ADMIN_ACCESS], inline: [] };
  const account = (alice: Statement[]): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'dev', document: doc(...alice) }] }],
    groups: [],
    policies: [],
    roles: [execRole],
  });
  const app = { kind: 'stack' as const, name: 'app', arn: stackArn('app', 'eu-west-1'), role: roleArn('cfn-exec'), region: 'eu-west-1' };
  const stacks = (list: WorkloadsRead['list'], unreadable: string[] = []): WorkloadsRead => ({ kinds: ['stack'], list, unreadable: unreadable.map((region) => ({ kind: 'stack', region })) });
  const judge = (details: AuthorizationDetails, read?: WorkloadsRead) => administrators(details, { partition: 'aws', accountId: ACCOUNT }, new Set(), read);
  const cloudformation = (actions: string[], resource = '*'): Statement => ({ Effect: 'Allow', Action: actions, Resource: resource });

  it('asks for the stacks only where someone not an administrator may update one, and a role CloudFormation runs as is one', () => {
    expect(judge(account([cloudformation(['cloudformation:*'])])).readWorkloads).toEqual(['stack']);
    expect(judge(account([cloudformation(['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'])])).readWorkloads).toEqual(['stack']);
    // A change set created and never executed changes nothing.
    expect(judge(account([cloudformation(['cloudformation:CreateChangeSet'])])).readWorkloads).toEqual([]);
    expect(judge(account([cloudformation(['cloudformation:Describe*'])])).readWorkloads).toEqual([]);
    expect(judge(account([cloudformation(['cloudformation:*'])]), stacks([])).readWorkloads).toEqual([]);
  });

  it.each<[string, Statement[], string]>([
    ['UpdateStack on every stack', [cloudformation(['cloudformation:UpdateStack'])], 'cloudformation:UpdateStack'],
    ['UpdateStack on that stack alone, by its ARN', [cloudformation(['cloudformation:UpdateStack'], stackArn('app', 'eu-west-1'))], 'cloudformation:UpdateStack'],
    ['a change set created and executed', [cloudformation(['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'])], 'cloudformation:CreateChangeSet'],
    [
      'UpdateStack denied, a change set allowed',
      [cloudformation(['cloudformation:*']), { Effect: 'Deny', Action: 'cloudformation:UpdateStack', Resource: '*' }],
      'cloudformation:CreateChangeSet',
    ],
  ])('%s: an administrator, named with the stack and its role (no iam:PassRole needed)', (_name, alice, action) => {
    const { administrators: found, undecided } = judge(account(alice), stacks([app]));
    expect(undecided).toEqual([]);
    expect(found).toMatchObject([{ userName: 'alice', via: ['inline:dev'], withoutMfa: { accessKey: true, console: true }, grant: { kind: 'self-grant', action, on: 'stack/app in eu-west-1 as role/cfn-exec' } }]);
  });

  it.each<[string, Statement[]]>([
    ['every way denied', [cloudformation(['cloudformation:*']), { Effect: 'Deny', Action: ['cloudformation:UpdateStack', 'cloudformation:ExecuteChangeSet'], Resource: '*' }]],
    ['another stack only', [cloudformation(['cloudformation:UpdateStack'], stackArn('other', 'eu-west-1'))]],
    ["the stack's region only in another region's ARN", [cloudformation(['cloudformation:UpdateStack'], stackArn('app', 'us-east-1'))]],
  ])('no administrator where %s', (_name, alice) => {
    expect(judge(account(alice), stacks([app]))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it("a region whose stacks could not be read: the user is undecided, never judged safe", () => {
    expect(judge(account([cloudformation(['cloudformation:*'])]), stacks([], ['eu-west-1']))).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: ['CloudFormation stacks of eu-west-1'] }], readWorkloads: [] });
  });

  it('both kinds: a function role and a stack role, each read where it may matter', () => {
    const fnRole = { name: 'fn-admin', arn: roleArn('fn-admin'), trust: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS], inline: [] };
    const details = { ...account([{ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }]), roles: [fnRole, execRole] };
    expect(judge(details).readWorkloads).toEqual(['function', 'stack']);
    const read: WorkloadsRead = { kinds: ['function', 'stack'], list: [app], unreadable: [] };
    expect(judge(details, read)).toMatchObject({ administrators: [{ grant: { action: 'cloudformation:UpdateStack', on: 'stack/app in eu-west-1 as role/cfn-exec' } }], readWorkloads: [] });
  });
});

describe('administrators by running commands on an EC2 instance whose profile holds an administrator role (ssm:SendCommand, ssm:StartSession)', () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const instanceArn = (id: string, region = 'eu-west-1') => `arn:aws:ec2:${region}:${ACCOUNT}:instance/${id}`;
  const runByEc2 = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
  const webAdmin = { name: 'web-admin', arn: roleArn('web-admin'), trust: doc(runByEc2), attached: [ADMIN_ACCESS], inline: [], instanceProfiles: ['web'] };
  const account = (alice: Statement[], roles: NonNullable<AuthorizationDetails['roles']> = [webAdmin]): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'ops', document: doc(...alice) }] }],
    groups: [],
    policies: [],
    roles,
  });
  const web = { kind: 'instance' as const, name: 'i-0abc', arn: instanceArn('i-0abc'), role: roleArn('web-admin'), region: 'eu-west-1' };
  const instances = (list: WorkloadsRead['list']): WorkloadsRead => ({ kinds: ['instance'], list, unreadable: [] });
  const judge = (details: AuthorizationDetails, read?: WorkloadsRead) => administrators(details, { partition: 'aws', accountId: ACCOUNT }, new Set(), read);
  const document = (name: string, region = 'eu-west-1') => `arn:aws:ssm:${region}::document/${name}`;

  it('asks for the instances only where someone not an administrator may run commands, and a role held by an instance profile is one', () => {
    expect(judge(account([{ Effect: 'Allow', Action: 'ssm:*', Resource: '*' }])).readWorkloads).toEqual(['instance']);
    expect(judge(account([{ Effect: 'Allow', Action: 'ssm:StartSession', Resource: '*' }])).readWorkloads).toEqual(['instance']);
    expect(judge(account([{ Effect: 'Allow', Action: 'ssm:Describe*', Resource: '*' }])).readWorkloads).toEqual([]);
    // A role EC2 may assume that no instance profile holds: no instance runs as it.
    expect(judge(account([{ Effect: 'Allow', Action: 'ssm:*', Resource: '*' }], [{ ...webAdmin, instanceProfiles: [] }])).readWorkloads).toEqual([]);
  });

  it.each<[string, Statement[], string]>([
    ['SendCommand on every instance and document', [{ Effect: 'Allow', Action: 'ssm:SendCommand', Resource: '*' }], 'ssm:SendCommand'],
    ['SendCommand on that instance and the shell document', [{ Effect: 'Allow', Action: 'ssm:SendCommand', Resource: [instanceArn('i-0abc'), document('AWS-RunShellScript')] }], 'ssm:SendCommand'],
    ['a session on that instance', [{ Effect: 'Allow', Action: 'ssm:StartSession', Resource: instanceArn('i-0abc') }], 'ssm:StartSession'],
    ['an SSH key pushed through EC2 Instance Connect', [{ Effect: 'Allow', Action: 'ec2-instance-connect:SendSSHPublicKey', Resource: '*' }], 'ec2-instance-connect:SendSSHPublicKey'],
    ['its user data rewritten, then stopped and started', [{ Effect: 'Allow', Action: ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'], Resource: '*' }], 'ec2:ModifyInstanceAttribute'],
  ])('%s: an administrator, named with the instance and its role', (_name, alice, action) => {
    const { administrators: found, undecided } = judge(account(alice), instances([web]));
    expect(undecided).toEqual([]);
    expect(found).toMatchObject([{ userName: 'alice', via: ['inline:ops'], grant: { kind: 'self-grant', action, on: 'instance/i-0abc in eu-west-1 as role/web-admin' } }]);
  });

  it.each<[string, Statement[]]>([
    ['SendCommand with a patching document only', [{ Effect: 'Allow', Action: 'ssm:SendCommand', Resource: [instanceArn('i-0abc'), document('AWS-RunPatchBaseline')] }]],
    ['a session on another instance only', [{ Effect: 'Allow', Action: 'ssm:StartSession', Resource: instanceArn('i-0other') }]],
    ['commands denied on that instance', [{ Effect: 'Allow', Action: 'ssm:*', Resource: '*' }, { Effect: 'Deny', Action: ['ssm:SendCommand', 'ssm:StartSession'], Resource: instanceArn('i-0abc') }]],
    ['its user data rewritten, but never started again', [{ Effect: 'Allow', Action: ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances'], Resource: '*' }]],
  ])('no administrator where %s', (_name, alice) => {
    expect(judge(account(alice), instances([web]))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });
});

describe("administrators by starting a build of a CodeBuild project whose service role is an administrator (codebuild:StartBuild: the build's buildspec may be overridden)", () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const projectArn = (name: string) => `arn:aws:codebuild:eu-west-1:${ACCOUNT}:project/${name}`;
  const buildAdmin = { name: 'build-admin', arn: roleArn('build-admin'), trust: doc({ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS], inline: [] };
  const account = (alice: Statement[]): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'ci', document: doc(...alice) }] }],
    groups: [],
    policies: [],
    roles: [buildAdmin],
  });
  const deploy = { kind: 'project' as const, name: 'deploy', arn: projectArn('deploy'), role: roleArn('build-admin'), region: 'eu-west-1' };
  const projects = (list: WorkloadsRead['list'], unreadable: string[] = []): WorkloadsRead => ({ kinds: ['project'], list, unreadable: unreadable.map((region) => ({ kind: 'project', region })) });
  const judge = (details: AuthorizationDetails, read?: WorkloadsRead) => administrators(details, { partition: 'aws', accountId: ACCOUNT }, new Set(), read);

  it('asks for the projects only where someone not an administrator may start a build, and a role CodeBuild runs as is one', () => {
    expect(judge(account([{ Effect: 'Allow', Action: 'codebuild:StartBuild', Resource: '*' }])).readWorkloads).toEqual(['project']);
    expect(judge(account([{ Effect: 'Allow', Action: 'codebuild:BatchGet*', Resource: '*' }])).readWorkloads).toEqual([]);
  });

  it('a user allowed to start a build of that project is one, named with the project and its role; of another project only, none', () => {
    const found = judge(account([{ Effect: 'Allow', Action: 'codebuild:StartBuild', Resource: projectArn('deploy') }]), projects([deploy]));
    expect(found.administrators).toMatchObject([{ userName: 'alice', via: ['inline:ci'], grant: { kind: 'self-grant', action: 'codebuild:StartBuild', on: 'project/deploy in eu-west-1 as role/build-admin' } }]);
    expect(judge(account([{ Effect: 'Allow', Action: 'codebuild:StartBuild', Resource: projectArn('test') }]), projects([deploy]))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });

  it('a region whose projects could not be read: the user is undecided, never judged safe', () => {
    expect(judge(account([{ Effect: 'Allow', Action: 'codebuild:*', Resource: '*' }]), projects([], ['eu-west-1']))).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: ['CodeBuild projects of eu-west-1'] }], readWorkloads: [] });
  });
});

describe('administrators by running a task from an ECS task definition whose task role is an administrator (ecs:RunTask: its command may be overridden)', () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const definitionArn = (family: string, revision = 3) => `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/${family}:${revision}`;
  const taskAdmin = { name: 'task-admin', arn: roleArn('task-admin'), trust: doc({ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }), attached: [ADMIN_ACCESS], inline: [] };
  const account = (alice: Statement[]): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'ops', document: doc(...alice) }] }],
    groups: [],
    policies: [],
    roles: [taskAdmin],
  });
  const migrate = { kind: 'task-definition' as const, name: 'migrate:3', arn: definitionArn('migrate'), role: roleArn('task-admin'), region: 'eu-west-1' };
  const judge = (details: AuthorizationDetails, read?: WorkloadsRead) => administrators(details, { partition: 'aws', accountId: ACCOUNT }, new Set(), read);
  const definitions = (list: WorkloadsRead['list']): WorkloadsRead => ({ kinds: ['task-definition'], list, unreadable: [] });

  it.each<[string, Statement[], string]>([
    ['RunTask on that family', [{ Effect: 'Allow', Action: 'ecs:RunTask', Resource: 'arn:aws:ecs:eu-west-1:*:task-definition/migrate:*' }], 'ecs:RunTask'],
    ['StartTask only', [{ Effect: 'Allow', Action: 'ecs:StartTask', Resource: '*' }], 'ecs:StartTask'],
  ])('%s: an administrator, named with the task definition and its role', (_name, alice, action) => {
    expect(judge(account(alice)).readWorkloads).toEqual(['task-definition']);
    expect(judge(account(alice), definitions([migrate])).administrators).toMatchObject([{ userName: 'alice', grant: { kind: 'self-grant', action, on: 'task-definition/migrate:3 in eu-west-1 as role/task-admin' } }]);
  });

  it('a SageMaker notebook instance that runs as an administrator role: who may open it is one', () => {
    const notebookAdmin = { ...taskAdmin, name: 'notebook-admin', arn: roleArn('notebook-admin'), trust: doc({ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }) };
    const research = { kind: 'notebook' as const, name: 'research', arn: `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:notebook-instance/research`, role: notebookAdmin.arn, region: 'eu-west-1' };
    const details = { ...account([{ Effect: 'Allow', Action: 'sagemaker:CreatePresignedNotebookInstanceUrl', Resource: '*' }]), roles: [notebookAdmin] };
    expect(judge(details).readWorkloads).toEqual(['notebook']);
    expect(judge(details, { kinds: ['notebook'], list: [research], unreadable: [] }).administrators).toMatchObject([
      { grant: { action: 'sagemaker:CreatePresignedNotebookInstanceUrl', on: 'notebook-instance/research in eu-west-1 as role/notebook-admin' } },
    ]);
  });

  it('RunTask on another family only: no administrator', () => {
    expect(judge(account([{ Effect: 'Allow', Action: 'ecs:RunTask', Resource: definitionArn('web') }]), definitions([migrate]))).toEqual({ administrators: [], undecided: [], readWorkloads: [] });
  });
});

describe("administrators of member accounts, from the organization's management account (the roles Organizations and Control Tower make there trust it)", () => {
  const account = (alice: Statement[], roles: NonNullable<AuthorizationDetails['roles']> = []): AuthorizationDetails => ({
    users: [{ name: 'alice', arn: USER, groups: [], attached: [], inline: [{ name: 'ops', document: doc(...alice) }] }],
    groups: [],
    policies: [],
    roles,
  });
  const judge = (details: AuthorizationDetails, organizationRole?: 'management' | 'unknown') => administrators(details, { partition: 'aws', accountId: ACCOUNT, ...(organizationRole ? { organizationRole } : {}) });
  /** AWS's PowerUserAccess, as far as it matters here: everything but IAM, Organizations and Account (sts:AssumeRole on every role included). */
  const powerUser: Statement = { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' };

  it.each<[string, Statement[], string]>([
    ['PowerUserAccess', [powerUser], 'role/OrganizationAccountAccessRole in member accounts'],
    ['sts:AssumeRole on every account\'s OrganizationAccountAccessRole', [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/OrganizationAccountAccessRole' }], 'role/OrganizationAccountAccessRole in member accounts'],
    ["Control Tower's role only", [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/AWSControlTowerExecution' }], 'role/AWSControlTowerExecution in member accounts'],
  ])('%s in the management account: an administrator of the members', (_name, alice, on) => {
    const { administrators: found, undecided } = judge(account(alice), 'management');
    expect(undecided).toEqual([]);
    expect(found).toMatchObject([{ userName: 'alice', via: ['inline:ops'], withoutMfa: { accessKey: true, console: true }, grant: { kind: 'self-grant', action: 'sts:AssumeRole', on } }]);
  });

  it('in any other account, or where those roles are denied, or named for other accounts than the probe: no administrator', () => {
    const none = { administrators: [], undecided: [], readWorkloads: [] };
    expect(judge(account([powerUser]))).toEqual(none);
    expect(judge(account([powerUser, { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: ['arn:aws:iam::*:role/OrganizationAccountAccessRole', 'arn:aws:iam::*:role/AWSControlTowerExecution'] }]), 'management')).toEqual(none);
    expect(judge(account([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/deploy' }]), 'management')).toEqual(none);
  });

  it('a guard on MFA in the user\'s own policy keeps its key alone out; where the organization could not be read, the user is undecided', () => {
    const withMfa: Statement = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } };
    expect(judge(account([withMfa]), 'management').administrators).toMatchObject([{ withoutMfa: { accessKey: false, console: false } }]);
    expect(judge(account([powerUser]), 'unknown')).toEqual({ administrators: [], undecided: [{ userName: 'alice', arn: USER, missing: ["whether this is the organization's management account (organizations:DescribeOrganization)"] }], readWorkloads: [] });
  });

  it("a role of the management account whose session may assume a member's role is one, and so is the user that may assume it", () => {
    const ci = { name: 'ci', arn: `arn:aws:iam::${ACCOUNT}:role/ci`, trust: doc(trusting(ROOT)), attached: [], inline: [{ name: 'hop', document: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/AWSControlTowerExecution' }) }] };
    const found = judge(account([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ci.arn }], [ci]), 'management');
    expect(found.administrators).toMatchObject([{ grant: { action: 'sts:AssumeRole', on: 'role/ci → role/AWSControlTowerExecution in member accounts' } }]);
  });
});

describe("a role's trust policy (IAM User Guide, \"Policy evaluation logic\": it names its principals explicitly, even within the account)", () => {
  const admits = (statements: Statement[], mfaContext: MfaContext = 'access-key') =>
    trustAdmits(JSON.parse(decodeURIComponent(doc(...statements))) as Parameters<typeof trustAdmits>[0], { arn: USER, accountId: ACCOUNT, partition: 'aws' }, { action: 'sts:AssumeRole', resource: ROLE, mfa: mfaContext, variables: {} });
  it.each([
    ['everyone, written "*"', [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }], 'principal'],
    ['every AWS principal', [trusting('*')], 'principal'],
    ['the user, among others', [trusting([`arn:aws:iam::${ACCOUNT}:user/bob`, USER])], 'principal'],
    ['the account, by its root ARN', [trusting(ROOT)], 'account'],
    ['the account, by its bare id', [trusting(ACCOUNT)], 'account'],
    ['the account, then the user: the user', [trusting(ROOT), trusting(USER)], 'principal'],
    ['the user, then the account: the user', [trusting(USER), trusting(ROOT)], 'principal'],
    ['another user', [trusting(`arn:aws:iam::${ACCOUNT}:user/bob`)], undefined],
    ['another account', [trusting('arn:aws:iam::210987654321:root')], undefined],
    ['a service', [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }], undefined],
    ['the user where it names a service and the user', [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com', AWS: USER }, Action: 'sts:AssumeRole' }], 'principal'],
    ['everyone but another user (NotPrincipal)', [{ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'sts:AssumeRole' }], 'principal'],
    ['everyone but the user (NotPrincipal)', [{ Effect: 'Allow', NotPrincipal: { AWS: USER }, Action: 'sts:AssumeRole' }], undefined],
    ['no principal at all', [{ Effect: 'Allow', Action: 'sts:AssumeRole' }], undefined],
    ['sts:* (a wildcard action)', [{ ...trusting(ROOT), Action: ['sts:*'] }], 'account'],
    ['another action only', [{ ...trusting(ROOT), Action: ['sts:TagSession', 'sts:SetSourceIdentity'] }], undefined],
    ['NotAction that leaves sts:AssumeRole', [{ Effect: 'Allow', Principal: { AWS: ROOT }, NotAction: 'sts:TagSession' }], 'account'],
    ['NotAction sts:AssumeRole', [{ Effect: 'Allow', Principal: { AWS: ROOT }, NotAction: 'sts:AssumeRole' }], undefined],
    ['neither Action nor NotAction', [{ Effect: 'Allow', Principal: { AWS: ROOT } }], undefined],
    ['no Effect', [{ Principal: { AWS: ROOT }, Action: 'sts:AssumeRole' }], undefined],
    ['a Deny of the user after the Allow', [trusting(USER), { Effect: 'Deny', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }], undefined],
    ['a Deny whose condition may not hold', [trusting(USER), { Effect: 'Deny', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }], 'principal'],
    ['a Deny of another user', [trusting(ROOT), { Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'sts:AssumeRole' }], 'account'],
    ['an Allow whose condition may hold (source IP)', [trusting(ROOT, { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })], 'account'],
    ['an Allow that requires MFA, to an access key', [trusting(ROOT, { Condition: mfa('Bool', 'true') })], undefined],
  ] as [string, Statement[], string | undefined][])('%s: %s', (_name, statements, expected) => {
    expect(admits(statements)).toBe(expected);
  });

  it.each([
    ['the service', [{ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' }], 'principal'],
    ['everyone', [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }], 'principal'],
    ['another service', [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }], undefined],
    ['the account only', [trusting(ROOT)], undefined],
    ['the service, then a Deny of it', [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }], undefined],
    ['the service on a condition that may hold (aws:SourceAccount)', [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } }], 'principal'],
  ] as [string, Statement[], string | undefined][])('admits lambda.amazonaws.com where it names %s: %s', (_name, statements, expected) => {
    const trust = JSON.parse(decodeURIComponent(doc(...statements))) as Parameters<typeof trustAdmits>[0];
    expect(trustAdmits(trust, { service: 'lambda.amazonaws.com' }, { action: 'sts:AssumeRole', resource: ROLE, mfa: 'no-mfa', variables: {} })).toBe(expected);
  });

  it('an Allow that requires MFA admits a request made with MFA', () => {
    expect(admits([trusting(ROOT, { Condition: mfa('Bool', 'true') })], 'mfa')).toBe('account');
    expect(admits([trusting(ROOT, { Condition: mfa('Bool', 'true') })], 'no-mfa')).toBeUndefined();
  });
});

describe('the matching rules', () => {
  it('reads documents plain or URL-encoded', () => {
    const text = JSON.stringify({ Statement: [allowAll] });
    expect(parsePolicyDocument(text)).toEqual(parsePolicyDocument(encodeURIComponent(text)));
    expect(parsePolicyDocument(undefined)).toBeUndefined();
  });

  it('wildcards: * any run, ? one character; actions ignore case, resources do not', () => {
    expect(actionMatches('s3:Get*', 's3:GetObject')).toBe(true);
    expect(actionMatches('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(actionMatches('s3:Get', 's3:GetObject')).toBe(false);
    expect(resourceMatches('arn:aws:s3:::b/*', 'arn:aws:s3:::b/k', {}, true)).toBe(true);
    expect(resourceMatches('arn:aws:s3:::B/*', 'arn:aws:s3:::b/k', {}, true)).toBe(false);
    expect(resourceMatches('arn:aws:s3:::b.c', 'arn:aws:s3:::bxc', {}, true)).toBe(false);
  });

  it('policy variables: known ones substituted, ${*} literal, unknown ones make the match uncertain', () => {
    expect(resourceMatches('user/${aws:username}', 'user/alice', { 'aws:username': 'alice' }, true)).toBe(true);
    expect(resourceMatches('user/${aws:username}', 'user/bob', { 'aws:username': 'alice' }, true)).toBe(false);
    expect(resourceMatches('user/a${*}', 'user/a*', {}, true)).toBe(true);
    expect(resourceMatches('user/a${*}', 'user/ab', {}, true)).toBe(false);
    expect(resourceMatches('user/${aws:PrincipalTag/team}', 'user/alice', {}, true)).toBe('unknown');
    expect(resourceMatches('user/${aws:username}', 'user/${aws:username}', {}, false)).toBe(true);
  });
});
