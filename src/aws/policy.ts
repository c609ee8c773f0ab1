// The audit's IAM policy from the actions each fact needs, given as data: the catalog commands build it
// from the catalog's description (checks/description.ts) without loading the facts' code.
import type { FactKey } from '../facts/catalog.js';

export interface IamStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

export interface IamPolicy {
  Version: '2012-10-17';
  Statement: IamStatement[];
}

/** What the caller needs on top for --org / --accounts: list the accounts and the organizational units that hold them, assume their audit role. */
export const ORGANIZATION_ACTIONS = ['organizations:ListAccounts', 'organizations:ListRoots', 'organizations:ListOrganizationalUnitsForParent', 'organizations:ListAccountsForParent', 'sts:AssumeRole'];

/**
 * The least-privilege policy for the facts that the given checks read (plus --org's, when asked). With
 * a role name, sts:AssumeRole is granted on that role only, and only in accounts of the caller's own
 * organization (aws:ResourceOrgID = aws:PrincipalOrgID), instead of on every role everywhere.
 */
export function policyOf(actionsOf: (key: FactKey) => readonly string[], reads: Iterable<FactKey>, organization: false | { roleName?: string } = false): IamPolicy {
  const actions = new Set<string>();
  for (const key of ['sts.identity', 'account.regions', ...reads] as FactKey[]) actionsOf(key).forEach((action) => actions.add(action));
  const scoped = organization !== false && organization.roleName !== undefined;
  if (organization) ORGANIZATION_ACTIONS.filter((action) => !(scoped && action === 'sts:AssumeRole')).forEach((action) => actions.add(action));
  const statements: IamStatement[] = [{ Sid: 'AwsBaselineReadOnly', Effect: 'Allow', Action: [...actions].sort(), Resource: '*' }];
  if (organization && organization.roleName !== undefined) {
    statements.push({
      Sid: 'AwsBaselineAssumeAuditRole',
      Effect: 'Allow',
      Action: ['sts:AssumeRole'],
      Resource: `arn:*:iam::*:role/${organization.roleName}`,
      Condition: { StringEquals: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } },
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}

/**
 * What AWS's managed policies that audit roles are often given lack of the audit's reads and of --org's: their documents as
 * moto 5.2.1 carries them (SecurityAudit of 2026-05-01, ReadOnlyAccess of 2026-04-03; ViewOnlyAccess beside SecurityAudit adds
 * none of these). test/e2e/managed-policies.test.ts recomputes each from those documents: a read they lack fails it until named here.
 */
export const MANAGED_POLICY_GAPS = {
  SecurityAudit: ['account:ListRegions', 'budgets:ViewBudget', 'ce:GetCostAndUsage', 'fms:GetAdminAccount', 'sts:AssumeRole'],
  ReadOnlyAccess: ['sts:AssumeRole'],
} as const satisfies Record<string, readonly string[]>;

export type ManagedPolicy = keyof typeof MANAGED_POLICY_GAPS;
export const MANAGED_POLICIES = Object.keys(MANAGED_POLICY_GAPS) as ManagedPolicy[];

/** Only what a managed policy lacks of `policy`: the statements to add beside it (none where it grants everything). */
export function besideManaged(policy: IamPolicy, managed: ManagedPolicy): IamPolicy {
  const gap: readonly string[] = MANAGED_POLICY_GAPS[managed];
  const statements = policy.Statement.map((statement) => ({ ...statement, Action: statement.Action.filter((action) => gap.includes(action)) })).filter((statement) => statement.Action.length > 0);
  return { ...policy, Statement: statements };
}
