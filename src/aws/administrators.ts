/**
 * Who can do everything. An administrator is a user holding the AWS-managed AdministratorAccess, or
 * any policy that allows `*` (or `*:*`) on `*`, attached or inline, on the user or on one of its groups.
 * The AWS-managed policy is known by its ARN (a customer policy merely named AdministratorAccess is
 * judged by its document like any other).
 */
import { byCodeUnit } from '../order.js';

export interface PolicyGrant {
  /** Allows everything. */
  everything: boolean;
  /** Every statement that allows everything requires MFA (aws:MultiFactorAuthPresent): access keys alone cannot use it. */
  mfaRequired: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A policy document as IAM returns it: JSON, often URL-encoded. Unreadable documents grant nothing known. */
export function parsePolicyDocument(document: string | undefined): Json | undefined {
  if (!document) return undefined;
  for (const text of [document, safeDecode(document)]) {
    try {
      return JSON.parse(text) as Json;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function requiresMfa(condition: Json | undefined): boolean {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return false;
  return ['Bool', 'BoolIfExists'].some((operator) => {
    const block = condition[operator];
    if (!block || typeof block !== 'object' || Array.isArray(block)) return false;
    return Object.entries(block).some(([key, value]) => key.toLowerCase() === 'aws:multifactorauthpresent' && list(value).some((entry) => entry === true || (typeof entry === 'string' && entry.toLowerCase() === 'true')));
  });
}

/** What a policy document grants: everything or not, and whether that needs MFA. */
export function grantOf(document: Json | undefined): PolicyGrant {
  if (!document || typeof document !== 'object' || Array.isArray(document)) return { everything: false, mfaRequired: false };
  const granting = list(document.Statement).filter((statement): statement is { [key: string]: Json } => {
    if (!statement || typeof statement !== 'object' || Array.isArray(statement)) return false;
    const actions = list(statement.Action).map(String);
    const resources = list(statement.Resource).map(String);
    return statement.Effect === 'Allow' && statement.NotAction === undefined && statement.NotResource === undefined && actions.some((action) => action === '*' || action === '*:*') && resources.includes('*');
  });
  return { everything: granting.length > 0, mfaRequired: granting.length > 0 && granting.every((statement) => requiresMfa(statement.Condition)) };
}

export interface AuthorizationDetails {
  users: { name: string; arn: string; groups: string[]; attached: string[]; inline: { name: string; document?: string }[] }[];
  groups: { name: string; attached: string[]; inline: { name: string; document?: string }[] }[];
  /** Customer-managed policies, by ARN, with their default version's document. */
  policies: { arn: string; name: string; document?: string }[];
}

export interface Administrator {
  userName: string;
  arn: string;
  /** How: `AdministratorAccess`, `policy:NAME`, `inline:NAME`, each possibly `via group:NAME`. */
  via: string[];
  mfaRequired: boolean;
}

/** Every administrator, from one read of GetAccountAuthorizationDetails. */
export function administrators(details: AuthorizationDetails, partition: string): Administrator[] {
  const awsAdmin = `arn:${partition}:iam::aws:policy/AdministratorAccess`;
  const managed = new Map(details.policies.map((policy) => [policy.arn, { name: policy.name, grant: grantOf(parsePolicyDocument(policy.document)) }]));
  const grantsOf = (attached: string[], inline: { name: string; document?: string }[]) => [
    ...attached.flatMap((arn) => {
      if (arn === awsAdmin) return [{ label: 'AdministratorAccess', grant: { everything: true, mfaRequired: false } }];
      const policy = managed.get(arn);
      return policy ? [{ label: `policy:${policy.name}`, grant: policy.grant }] : [];
    }),
    ...inline.map((policy) => ({ label: `inline:${policy.name}`, grant: grantOf(parsePolicyDocument(policy.document)) })),
  ];
  const groups = new Map(details.groups.map((group) => [group.name, grantsOf(group.attached, group.inline).filter((entry) => entry.grant.everything)]));
  const admins: Administrator[] = [];
  for (const user of details.users) {
    const paths = [
      ...grantsOf(user.attached, user.inline).filter((entry) => entry.grant.everything),
      ...user.groups.flatMap((group) => (groups.get(group) ?? []).map((entry) => ({ ...entry, label: `${entry.label} via group:${group}` }))),
    ];
    if (paths.length === 0) continue;
    admins.push({ userName: user.name, arn: user.arn, via: paths.map((entry) => entry.label), mfaRequired: paths.every((entry) => entry.grant.mfaRequired) });
  }
  return admins.sort((a, b) => byCodeUnit(a.userName, b.userName));
}
