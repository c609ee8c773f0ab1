/**
 * IAM's policy evaluation logic for one principal of one account, as the IAM User Guide states it
 * ("Policy evaluation logic", "Determining whether a request is allowed or denied within an account"):
 *
 * 1. an explicit `Deny` that applies, in any identity policy or the permissions boundary, denies;
 * 2. otherwise the request needs an `Allow` from an identity policy, and, when the principal has a
 *    permissions boundary, an `Allow` from the boundary too (the boundary intersects, it never grants);
 * 3. otherwise it is implicitly denied.
 *
 * `Action`/`NotAction` match case-insensitively, `Resource`/`NotResource` case-sensitively, both with
 * the `*` and `?` wildcards ("IAM JSON policy elements"); policy variables are substituted where the
 * principal's own value is known (`${aws:username}`), in documents of version 2012-10-17 only.
 *
 * The request is hypothetical ("could this user do X?"), so only a few context keys are known: whether
 * MFA was used (`aws:MultiFactorAuthPresent`, `aws:MultiFactorAuthAge`), and those a request names itself
 * (`iam:PassedToService` for the service a role is passed to). Each condition is true, false,
 * or unknown (any other key, and operators on sets); an unknown condition may hold for some request,
 * so an `Allow` that depends on it counts as allowing, and a `Deny` that depends on it as not denying
 * for certain. Neither errs on the side of comfort: both can only make a user look more powerful.
 *
 * A role's trust policy (`trustAdmits`) is the one resource-based policy read: whether a principal of the
 * role's account, or a service, may assume it.
 *
 * Not modelled (they live outside the account's IAM and are not read here): service control and
 * resource control policies, session policies, other resource-based policies.
 */
import { isJsonObject as isObject, type Json, listOf as list, parsePolicyDocument } from '../../core/policy-document.js';

export type { Json };
export { parsePolicyDocument };

/** How a request is signed, for the MFA context keys (IAM User Guide, "AWS global condition context keys"). */
export type MfaContext =
  /** A session that signed in with MFA: aws:MultiFactorAuthPresent is true. */
  | 'mfa'
  /** A console session without MFA: the key is present and false. */
  | 'no-mfa'
  /** A long-term access key: the key is absent from the request. */
  | 'access-key';

export interface Request {
  action: string;
  resource: string;
  mfa: MfaContext;
  /** Policy variables whose value is known for this principal: `aws:username` → `alice`. */
  variables: Readonly<Record<string, string>>;
  /** Other context keys whose value the request itself sets: `iam:PassedToService` → `lambda.amazonaws.com`. */
  context?: Readonly<Record<string, string>>;
}

export interface Policy {
  /** How the report names it: `AdministratorAccess`, `policy:NAME`, `inline:NAME`, `… via group:NAME`. */
  label: string;
  document: Json | undefined;
}

type Truth = boolean | 'unknown';
const and = (a: Truth, b: Truth): Truth => (a === false || b === false ? false : a === 'unknown' || b === 'unknown' ? 'unknown' : true);
const or = (a: Truth, b: Truth): Truth => (a === true || b === true ? true : a === 'unknown' || b === 'unknown' ? 'unknown' : false);
const anyOf = (values: Truth[]): Truth => values.reduce<Truth>(or, false);
const not = (a: Truth): Truth => (a === 'unknown' ? a : !a);

/** A policy's scalar as IAM reads it: strings, and booleans or numbers written unquoted; anything else is no value. */
const scalar = (value: Json): string | undefined => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined);
const scalars = (values: Json[]): string[] => values.flatMap((value) => scalar(value) ?? []);

/**
 * Each expression made once: the same few patterns (`*`, `iam:*`, `arn:aws:iam::*:user/${aws:username}`)
 * are tried for every user and probe of every account (~50 ms of a 1,000-account audit when made anew each time).
 * Bounded: an account's policies could hold any number of distinct patterns.
 */
const compiled = new Map<string, RegExp>();
function cachedRegExp(key: string, make: () => RegExp): RegExp {
  let found = compiled.get(key);
  if (!found) {
    if (compiled.size >= 10_000) compiled.clear();
    found = make();
    compiled.set(key, found);
  }
  return found;
}

const globSource = (pattern: string) => pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
const globToRegExp = (pattern: string, flags: string): RegExp => cachedRegExp(`glob ${flags} ${pattern}`, () => new RegExp(`^${globSource(pattern)}$`, flags));

/** `iam:*`, `*`, `s3:Get*` against `iam:AttachUserPolicy`: case-insensitive. */
export function actionMatches(pattern: string, action: string): boolean {
  return globToRegExp(pattern, 'is').test(action);
}

const VARIABLE = /\$\{([^}]*)\}/g;
const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/**
 * A resource pattern against a resource: case-sensitive. A variable whose value is unknown could be
 * anything: if the pattern matches with it as a wildcard, whether it applies is unknown.
 */
export function resourceMatches(pattern: string, resource: string, variables: Request['variables'], substitute: boolean): Truth {
  if (!substitute) return globToRegExp(pattern, 's').test(resource);
  let unknown = false;
  // Literal wildcard characters written ${*} ${?} ${$} stay literal: mark them, then restore them escaped.
  const placeholders: string[] = [];
  const replaced = pattern.replace(VARIABLE, (_match, name: string) => {
    if (ESCAPES[name]) {
      placeholders.push(name);
      return `\u0000${placeholders.length - 1}\u0000`;
    }
    const known = Object.entries(variables).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    if (known !== undefined) return known.replace(/[*?]/g, (char) => (placeholders.push(char), `\u0000${placeholders.length - 1}\u0000`));
    unknown = true;
    return '*';
  });
  const source = globSource(replaced).replace(/\u0000(\d+)\u0000/g, (_match, index: string) => `\\${placeholders[Number(index)] ?? ''}`);
  const matched = cachedRegExp(`source ${source}`, () => new RegExp(`^${source}$`, 's')).test(resource);
  return matched && unknown ? 'unknown' : matched;
}

/** What the request tells of a context key: absent, present with a value (undefined: unknown), or nothing known of it. */
type KeyValue = { present: false } | { present: true; value: string | undefined } | undefined;

function contextValue(key: string, request: Request): KeyValue {
  switch (key.toLowerCase()) {
    case 'aws:multifactorauthpresent':
      return request.mfa === 'access-key' ? { present: false } : { present: true, value: request.mfa === 'mfa' ? 'true' : 'false' };
    case 'aws:multifactorauthage':
      // Present only in a session that used MFA; how long ago is not known.
      return request.mfa === 'mfa' ? { present: true, value: undefined } : { present: false };
    default: {
      const named = Object.entries(request.context ?? {}).find(([name]) => name.toLowerCase() === key.toLowerCase());
      return named ? { present: true, value: named[1] } : undefined;
    }
  }
}

/** One condition operator on one key (values OR'ed), per "IAM JSON policy elements: Condition operators". */
function conditionTest(operator: string, key: string, values: Json[], request: Request): Truth {
  if (operator.includes(':')) return 'unknown'; // ForAllValues: / ForAnyValue: work on sets of values: no key here has one
  const ifExists = operator.endsWith('IfExists');
  const base = ifExists ? operator.slice(0, -'IfExists'.length) : operator;
  const known = contextValue(key, request);
  if (known === undefined) return 'unknown';
  const exact = scalars(values);
  const texts = exact.map((text) => text.toLowerCase());
  if (base === 'Null') return texts.some((text) => (text === 'true') === !known.present);
  // An absent key: IfExists holds; a negated operator holds (nothing to be equal to); any other does not.
  if (!known.present) return ifExists || /Not/.test(base);
  if (known.value === undefined) return 'unknown';
  const value = known.value;
  switch (base) {
    case 'Bool':
    case 'StringEqualsIgnoreCase':
      return texts.includes(value);
    case 'StringEquals':
      return exact.includes(value);
    case 'StringNotEquals':
      return !exact.includes(value);
    case 'StringNotEqualsIgnoreCase':
      return !texts.includes(value);
    case 'StringLike':
      return exact.some((pattern) => globToRegExp(pattern, 's').test(value));
    case 'StringNotLike':
      return !exact.some((pattern) => globToRegExp(pattern, 's').test(value));
    default:
      return 'unknown';
  }
}

/** Every operator and key of a Condition block must hold (AND); a missing block holds. */
export function conditionHolds(condition: Json | undefined, request: Request): Truth {
  if (condition === undefined) return true;
  if (!isObject(condition)) return 'unknown';
  let holds: Truth = true;
  for (const [operator, block] of Object.entries(condition)) {
    if (!isObject(block)) return 'unknown';
    for (const [key, values] of Object.entries(block)) holds = and(holds, conditionTest(operator, key, list(values), request));
  }
  return holds;
}

type Statement = { [key: string]: Json };

/** Whether a statement's Action (or NotAction) covers an action; a statement with neither covers none. */
function coversAction(statement: Statement, action: string): boolean {
  const actions = statement.Action !== undefined ? list(statement.Action) : statement.NotAction !== undefined ? list(statement.NotAction) : undefined;
  if (!actions) return false;
  const actionHit = scalars(actions).some((pattern) => actionMatches(pattern, action));
  return statement.Action !== undefined ? actionHit : !actionHit;
}

/** Whether a statement applies to a request; a statement with neither Action nor NotAction (or Resource) is invalid and applies to nothing. */
export function statementApplies(statement: Statement, request: Request, substitute: boolean): Truth {
  const resources = statement.Resource !== undefined ? list(statement.Resource) : statement.NotResource !== undefined ? list(statement.NotResource) : undefined;
  if (!resources || !coversAction(statement, request.action)) return false;
  const resourceHit = anyOf(scalars(resources).map((pattern) => resourceMatches(pattern, request.resource, request.variables, substitute)));
  const resourceApplies = statement.Resource !== undefined ? resourceHit : not(resourceHit);
  return and(resourceApplies, conditionHolds(statement.Condition, request));
}

function statementsOf(policy: Policy): { statement: Statement; substitute: boolean }[] {
  const document = policy.document;
  if (!isObject(document)) return [];
  // Policy variables exist from version 2012-10-17 on; in older documents ${…} is literal text.
  const substitute = document.Version === '2012-10-17';
  return list(document.Statement)
    .filter((statement): statement is Statement => isObject(statement))
    .map((statement) => ({ statement, substitute }));
}

export interface Decision {
  allowed: boolean;
  /** The identity policies whose Allow statements grant it (empty when not allowed). */
  grantedBy: string[];
}

/**
 * Whether any Allow statement of these policies names the action, whatever its resources and conditions: where none
 * does, no request for it can be allowed, and the requests need not be asked one by one.
 */
export function mayEverAllow(policies: readonly Policy[], action: string): boolean {
  return policies.some((policy) => statementsOf(policy).some(({ statement }) => statement.Effect === 'Allow' && coversAction(statement, action)));
}

/** The decision for one request, from a principal's identity policies and its permissions boundary, if any. */
export function decide(identity: readonly Policy[], boundary: Policy | undefined, request: Request): Decision {
  const denied = [...identity, ...(boundary ? [boundary] : [])].some((policy) =>
    statementsOf(policy).some(({ statement, substitute }) => statement.Effect === 'Deny' && statementApplies(statement, request, substitute) === true),
  );
  if (denied) return { allowed: false, grantedBy: [] };
  const allows = (policy: Policy) => statementsOf(policy).some(({ statement, substitute }) => statement.Effect === 'Allow' && statementApplies(statement, request, substitute) !== false);
  const grantedBy = identity.filter(allows).map((policy) => policy.label);
  const withinBoundary = boundary === undefined || allows(boundary);
  return withinBoundary && grantedBy.length > 0 ? { allowed: true, grantedBy } : { allowed: false, grantedBy: [] };
}

/** How a role's trust policy admits a principal of the role's own account to `sts:AssumeRole`. */
export type Admission =
  /** Named itself (its ARN), or everyone (`*`): its identity policies need not allow the call, though a Deny or its permissions boundary still stops it. */
  | 'principal'
  /** Its account is named (`arn:…:iam::ACCOUNT:root`, or the bare id): its identity policies must allow the call too. */
  | 'account';

/** Who an AWS principal of one account is, as a trust policy may name it; or a service (`lambda.amazonaws.com`), named as `Service`. */
export type TrustedPrincipal = { arn: string; accountId: string; partition: string } | { service: string };

/**
 * Whether a role's trust policy lets `principal` assume the role, and how (IAM User Guide, "Policy evaluation
 * logic": a role trust policy must name the principal or its account explicitly, even within one account; an
 * Allow that names the principal itself is enough there, one that names the account defers to the principal's
 * identity policies). `request` carries the caller's way of signing, for the trust policy's MFA conditions.
 * A service is admitted where the policy names it (or everyone) as a `Service` principal; federated identities
 * admit no principal of the account.
 */
export function trustAdmits(trust: Json | undefined, principal: TrustedPrincipal, request: Request): Admission | undefined {
  const named = (value: Json | undefined): Admission | undefined => {
    if (value === '*') return 'principal';
    if (!isObject(value)) return undefined;
    if ('service' in principal) return scalars(list(value.Service)).includes(principal.service) ? 'principal' : undefined;
    const aws = scalars(list(value.AWS));
    if (aws.includes('*') || aws.includes(principal.arn)) return 'principal';
    const root = `arn:${principal.partition}:iam::${principal.accountId}:root`;
    return aws.includes(root) || aws.includes(principal.accountId) ? 'account' : undefined;
  };
  let admission: Admission | undefined;
  for (const { statement } of statementsOf({ label: 'trust', document: trust ?? null })) {
    if (!coversAction(statement, request.action)) continue;
    // NotPrincipal: everyone but those it names (the principal, or its account, among them).
    const who = statement.Principal !== undefined ? named(statement.Principal) : statement.NotPrincipal !== undefined ? (named(statement.NotPrincipal) ? undefined : 'principal') : undefined;
    if (!who) continue;
    const holds = conditionHolds(statement.Condition, request);
    if (statement.Effect === 'Deny' && holds === true) return undefined;
    if (statement.Effect === 'Allow' && holds !== false && admission !== 'principal') admission = who;
  }
  return admission;
}
