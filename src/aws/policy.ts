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
