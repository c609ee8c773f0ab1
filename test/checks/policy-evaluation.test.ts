import { describe, expect, it } from 'vitest';
import { actionMatches, conditionHolds, decide, type Json, type MfaContext, parsePolicyDocument, type Policy, type Request, resourceMatches } from '../../src/checks/iam/policy-evaluation.js';

// IAM User Guide: "Policy evaluation logic", "IAM JSON policy elements" (Action, NotAction, Resource, NotResource,
// Condition operators), "IAM policy elements: Variables and tags", "AWS global condition context keys".

const USER = 'arn:aws:iam::123456789012:user/alice';
const request = (action: string, resource = '*', mfa: MfaContext = 'no-mfa', variables: Record<string, string> = { 'aws:username': 'alice' }): Request => ({ action, resource, mfa, variables });
const policy = (label: string, ...Statement: Json[]): Policy => ({ label, document: { Version: '2012-10-17', Statement } });
const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

describe('policy documents as IAM returns them', () => {
  it.each([
    ['plain JSON', '{"Version":"2012-10-17","Statement":[]}', { Version: '2012-10-17', Statement: [] }],
    ['URL-encoded (RFC 3986), as GetAccountAuthorizationDetails sends it', '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D', { Version: '2012-10-17', Statement: [] }],
    ['neither: unreadable', 'not a policy', undefined],
    ['a broken escape: unreadable, never a crash', '%E0%A4%A', undefined],
    ['empty: none', '', undefined],
    ['absent: none', undefined, undefined],
  ])('%s', (_name, text, parsed) => {
    expect(parsePolicyDocument(text)).toEqual(parsed);
  });
});

describe('Action and Resource patterns', () => {
  it.each([
    ['iam:*', 'iam:AttachUserPolicy', true],
    ['*', 'iam:AttachUserPolicy', true],
    ['IAM:attach*', 'iam:AttachUserPolicy', true], // actions match case-insensitively
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get', 's3:GetObject', false], // the whole action, not a prefix
    ['s3:Get.bject', 's3:GetObject', false], // a dot is a dot
    ['iam:Create(User)', 'iam:CreateUser', false],
  ])('action %s against %s: %s', (pattern, action, matches) => {
    expect(actionMatches(pattern, action)).toBe(matches);
  });

  const alice = { 'aws:username': 'alice' };
  it.each<[string, string, string, Record<string, string>, boolean, boolean | 'unknown']>([
    ['resources match case-sensitively', 'arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket', alice, true, false],
    ['wildcards', 'arn:aws:s3:::logs-*/a?c', 'arn:aws:s3:::logs-1/abc', alice, true, true],
    ['a known variable', 'arn:aws:iam::123456789012:user/${aws:username}', USER, alice, true, true],
    ['a known variable, another user', 'arn:aws:iam::123456789012:user/${aws:username}', 'arn:aws:iam::123456789012:user/bob', alice, true, false],
    ['variable names are case-insensitive', 'arn:aws:iam::123456789012:user/${AWS:UserName}', USER, alice, true, true],
    ['an unknown variable matches as a wildcard: unknown', 'arn:aws:s3:::home/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::home/red/file', alice, true, 'unknown'],
    ['an unknown variable that cannot match: no', 'arn:aws:s3:::home/${aws:userid}', 'arn:aws:s3:::work/x', alice, true, false],
    ['${*} is a literal star', 'arn:aws:s3:::a${*}', 'arn:aws:s3:::a*', alice, true, true],
    ['${*} is no wildcard', 'arn:aws:s3:::a${*}', 'arn:aws:s3:::abc', alice, true, false],
    ['${?} is a literal question mark', 'arn:aws:s3:::a${?}', 'arn:aws:s3:::ab', alice, true, false],
    ['${$} is a literal dollar', 'arn:aws:s3:::a${$}', 'arn:aws:s3:::a$', alice, true, true],
    ["a known value's star is literal", 'arn:aws:s3:::${aws:username}', 'arn:aws:s3:::axxb', { 'aws:username': 'a*b' }, true, false],
    ["a known value's star matches itself", 'arn:aws:s3:::${aws:username}', 'arn:aws:s3:::a*b', { 'aws:username': 'a*b' }, true, true],
    ['before version 2012-10-17, ${…} is text', 'arn:aws:iam::123456789012:user/${aws:username}', USER, alice, false, false],
    ['before version 2012-10-17, ${…} is text that matches itself', 'arn:aws:iam::123456789012:user/${aws:username}', 'arn:aws:iam::123456789012:user/${aws:username}', alice, false, true],
  ])('%s', (_name, pattern, resource, variables, substitute, matches) => {
    expect(resourceMatches(pattern, resource, variables, substitute)).toBe(matches);
  });
});

describe('Condition: only the MFA keys are known of a hypothetical request', () => {
  const holds = (condition: Json | undefined, mfa: MfaContext) => conditionHolds(condition, request('iam:CreateUser', '*', mfa));
  it.each<[string, Json | undefined, Record<MfaContext, boolean | 'unknown'>]>([
    ['no Condition holds', undefined, { mfa: true, 'no-mfa': true, 'access-key': true }],
    ['Bool true: only with MFA (absent from a key: no)', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { mfa: true, 'no-mfa': false, 'access-key': false }],
    ['Bool written unquoted', { Bool: { 'aws:MultiFactorAuthPresent': true } }, { mfa: true, 'no-mfa': false, 'access-key': false }],
    ['keys are case-insensitive', { Bool: { 'AWS:multifactorauthpresent': 'true' } }, { mfa: true, 'no-mfa': false, 'access-key': false }],
    ['BoolIfExists false: without MFA, or with a key', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, { mfa: false, 'no-mfa': true, 'access-key': true }],
    ['values are OR-ed', { Bool: { 'aws:MultiFactorAuthPresent': ['false', 'true'] } }, { mfa: true, 'no-mfa': true, 'access-key': false }],
    ['Null true: the key is absent (a long-term key)', { Null: { 'aws:MultiFactorAuthPresent': 'true' } }, { mfa: false, 'no-mfa': false, 'access-key': true }],
    ['Null false: the key is present', { Null: { 'aws:MultiFactorAuthPresent': 'false' } }, { mfa: true, 'no-mfa': true, 'access-key': false }],
    ['StringEquals is exact', { StringEquals: { 'aws:MultiFactorAuthPresent': 'True' } }, { mfa: false, 'no-mfa': false, 'access-key': false }],
    ['StringEqualsIgnoreCase is not', { StringEqualsIgnoreCase: { 'aws:MultiFactorAuthPresent': 'True' } }, { mfa: true, 'no-mfa': false, 'access-key': false }],
    ['StringNotEquals: an absent key holds', { StringNotEquals: { 'aws:MultiFactorAuthPresent': 'true' } }, { mfa: false, 'no-mfa': true, 'access-key': true }],
    ['StringNotEquals is exact', { StringNotEquals: { 'aws:MultiFactorAuthPresent': 'TRUE' } }, { mfa: true, 'no-mfa': true, 'access-key': true }],
    ['StringNotEqualsIgnoreCase', { StringNotEqualsIgnoreCase: { 'aws:MultiFactorAuthPresent': 'TRUE' } }, { mfa: false, 'no-mfa': true, 'access-key': true }],
    ['the age of MFA is not known: unknown where present, no where absent', { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { mfa: 'unknown', 'no-mfa': false, 'access-key': false }],
    ['…IfExists where absent: holds', { NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '3600' } }, { mfa: 'unknown', 'no-mfa': true, 'access-key': true }],
    ['an operator not modelled, on a known value: unknown', { DateGreaterThan: { 'aws:MultiFactorAuthPresent': '2020-01-01' } }, { mfa: 'unknown', 'no-mfa': 'unknown', 'access-key': false }],
    ['any other key: unknown', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { mfa: 'unknown', 'no-mfa': 'unknown', 'access-key': 'unknown' }],
    ['set operators: unknown', { 'ForAnyValue:StringEquals': { 'aws:MultiFactorAuthPresent': 'true' } }, { mfa: 'unknown', 'no-mfa': 'unknown', 'access-key': 'unknown' }],
    ['keys are AND-ed: false wins over unknown', { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { mfa: 'unknown', 'no-mfa': false, 'access-key': false }],
    ['a value that is no scalar counts for nothing', { Bool: { 'aws:MultiFactorAuthPresent': [{ nested: 'true' }] } }, { mfa: false, 'no-mfa': false, 'access-key': false }],
    ['a Condition that is no object: unknown', 'Bool', { mfa: 'unknown', 'no-mfa': 'unknown', 'access-key': 'unknown' }],
    ['an operator block that is no object: unknown', { Bool: 'aws:MultiFactorAuthPresent' }, { mfa: 'unknown', 'no-mfa': 'unknown', 'access-key': 'unknown' }],
  ])('%s', (_name, condition, expected) => {
    expect({ mfa: holds(condition, 'mfa'), 'no-mfa': holds(condition, 'no-mfa'), 'access-key': holds(condition, 'access-key') }).toEqual(expected);
  });
});

describe('Condition: keys the request sets itself (iam:PassedToService, "IAM and AWS STS condition context keys")', () => {
  const passing = (service: string): Request => ({ ...request('iam:PassRole', 'arn:aws:iam::123456789012:role/fn'), context: { 'iam:PassedToService': service } });
  it.each<[string, Json, boolean | 'unknown', boolean | 'unknown']>([
    ['StringEquals the service', { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }, true, false],
    ['StringEquals one of several', { StringEquals: { 'iam:PassedToService': ['ec2.amazonaws.com', 'lambda.amazonaws.com'] } }, true, true],
    ['keys are case-insensitive', { StringEquals: { 'IAM:passedtoservice': 'lambda.amazonaws.com' } }, true, false],
    ['StringLike with a wildcard', { StringLike: { 'iam:PassedToService': 'lambda.*' } }, true, false],
    ['StringLike is case-sensitive', { StringLike: { 'iam:PassedToService': 'Lambda.*' } }, false, false],
    ['StringNotLike', { StringNotLike: { 'iam:PassedToService': 'ec2.*' } }, true, false],
    ['StringNotEquals', { StringNotEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }, true, false],
    ['Null false: the key is present', { Null: { 'iam:PassedToService': 'false' } }, true, true],
    ['another key beside it: unknown', { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com', 'iam:AssociatedResourceArn': 'arn:aws:lambda:*' } }, 'unknown', false],
  ])('%s', (_name, condition, toLambda, toEc2) => {
    expect([conditionHolds(condition, passing('lambda.amazonaws.com')), conditionHolds(condition, passing('ec2.amazonaws.com'))]).toEqual([toLambda, toEc2]);
  });

  it('a request that does not set the key leaves it unknown', () => {
    expect(conditionHolds({ StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }, request('iam:PassRole'))).toBe('unknown');
  });
});

describe('decide: explicit Deny, then an Allow within the permissions boundary, else implicit deny', () => {
  const decision = (identity: Policy[], boundary: Policy | undefined, req: Request) => decide(identity, boundary, req);
  it.each<[string, Policy[], Policy | undefined, Request, boolean, string[]?]>([
    ['an Allow grants, naming the policy', [policy('AdministratorAccess', allowAll)], undefined, request('iam:CreateUser'), true, ['AdministratorAccess']],
    ['no policy: implicit deny', [], undefined, request('iam:CreateUser'), false],
    ['each granting policy named, in order; one that does not grant left out', [policy('a', allowAll), policy('b', { Effect: 'Allow', Action: 's3:*', Resource: '*' }), policy('c', allowAll)], undefined, request('iam:CreateUser'), true, ['a', 'c']],
    ['an explicit Deny wins', [policy('a', allowAll), policy('d', { Effect: 'Deny', Action: 'iam:*', Resource: '*' })], undefined, request('iam:CreateUser'), false],
    ['a Deny whose condition is unknown does not deny for certain', [policy('a', allowAll, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })], undefined, request('iam:CreateUser'), true],
    ['an Allow whose condition is unknown may allow', [policy('a', { ...allowAll, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })], undefined, request('iam:CreateUser'), true],
    ['an Allow whose condition is false does not', [policy('a', { ...allowAll, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })], undefined, request('iam:CreateUser', '*', 'no-mfa'), false],
    ['…and does with MFA', [policy('a', { ...allowAll, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })], undefined, request('iam:CreateUser', '*', 'mfa'), true],
    ['a boundary that does not allow it: denied', [policy('a', allowAll)], policy('boundary', { Effect: 'Allow', Action: 's3:*', Resource: '*' }), request('iam:CreateUser'), false],
    ['a boundary that allows it: allowed by the identity policy', [policy('a', allowAll)], policy('boundary', allowAll), request('iam:CreateUser'), true, ['a']],
    ['a boundary alone grants nothing', [], policy('boundary', allowAll), request('iam:CreateUser'), false],
    ["a boundary's Deny denies", [policy('a', allowAll)], policy('boundary', allowAll, { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }), request('iam:CreateUser'), false],
    ['NotAction: everything but IAM', [policy('power', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })], undefined, request('iam:CreateUser'), false],
    ['NotAction: what it does not name is allowed', [policy('power', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })], undefined, request('s3:GetObject'), true],
    ['NotResource: not on the resource it names', [policy('a', { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::secret/*' })], undefined, request('s3:GetObject', 'arn:aws:s3:::secret/a'), false],
    ['NotResource: on any other', [policy('a', { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::secret/*' })], undefined, request('s3:GetObject', 'arn:aws:s3:::public/a'), true],
    ['NotResource with an unknown variable: may allow', [policy('a', { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::${aws:userid}/*' })], undefined, request('s3:GetObject', 'arn:aws:s3:::x/a'), true],
    ['a Deny on NotResource with an unknown variable does not deny for certain', [policy('a', allowAll, { Effect: 'Deny', Action: '*', NotResource: 'arn:aws:s3:::${aws:userid}/*' })], undefined, request('s3:GetObject', 'arn:aws:s3:::x/a'), true],
    ['a Deny on the variable resource of this user', [policy('a', allowAll, { Effect: 'Deny', Action: 'iam:*', Resource: 'arn:aws:iam::123456789012:user/${aws:username}' })], undefined, request('iam:CreateAccessKey', USER), false],
    ['one statement, not in a list', [{ label: 'a', document: { Version: '2012-10-17', Statement: allowAll } }], undefined, request('iam:CreateUser'), true],
    ['a statement without Resource applies to nothing', [policy('a', { Effect: 'Allow', Action: '*' })], undefined, request('iam:CreateUser'), false],
    ['a statement without Action applies to nothing', [policy('a', { Effect: 'Allow', Resource: '*' })], undefined, request('iam:CreateUser'), false],
    ['a statement that is no object is left out', [policy('a', 'Allow everything', allowAll)], undefined, request('iam:CreateUser'), true],
    ['Effect is exact: "allow" is no Allow', [policy('a', { ...allowAll, Effect: 'allow' })], undefined, request('iam:CreateUser'), false],
    ['a document that could not be read grants nothing', [{ label: 'a', document: undefined }], undefined, request('iam:CreateUser'), false],
    ['a document that is no object grants nothing', [{ label: 'a', document: ['Allow'] }], undefined, request('iam:CreateUser'), false],
    ['before version 2012-10-17, ${aws:username} is literal: no match on the user', [{ label: 'a', document: { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::123456789012:user/${aws:username}' }] } }], undefined, request('iam:CreateAccessKey', USER), false],
    ['in 2012-10-17, ${aws:username} is the user', [policy('a', { Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::123456789012:user/${aws:username}' })], undefined, request('iam:CreateAccessKey', USER), true],
  ])('%s', (_name, identity, boundary, req, allowed, grantedBy = allowed ? undefined : []) => {
    const result = decision(identity, boundary, req);
    expect(result.allowed).toBe(allowed);
    if (grantedBy) expect(result.grantedBy).toEqual(grantedBy);
  });
});
