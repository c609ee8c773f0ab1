// Organization audits only: a single-account audit never loads this (nor Organizations, nor the role schemas).
import { type LiveOptions, type LiveSource, liveStore, type SharedFacts, sourceOf, startSlowFacts } from './live.js';
import { assumeRoleCredentials, type RoleTarget } from './organization.js';
import { CollectError, isCollectError } from '../facts/errors.js';
import { NOT_DELEGATED } from '../facts/services/fms.js';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { arnAccount } from '../core/arn.js';

/** A member account of --org / --accounts, through its audit role; a refused role makes every fact ERROR. */
export function memberSource(base: LiveSource, target: RoleTarget, options: Pick<LiveOptions, 'paidCalls' | 'needs' | 'whileWaiting'>): LiveSource {
  const credentials = assumeRoleCredentials(base.session, target);
  const session = base.session.derive(credentials);
  const store = liveStore(session, { ...options, shared: organizationFacts(base, target, credentials), account: target.accountId });
  startSlowFacts(store, options.needs);
  return sourceOf(session, store);
}

/**
 * What every account of the organization would read alike (the organization itself), and what a member cannot read but the management account can: the root-access features (only the management
 * account or a delegated administrator may list them), the status and selectors of the organization
 * trails it owns (a member sees their shadow, not their status), Firewall Manager's administrator
 * (only the management account may ask), the budgets that cover members (they live in the payer account) and the organization's IAM Identity Center instance. Read there, once, for every member.
 */
function organizationFacts(base: LiveSource, target: RoleTarget, credentials: AwsCredentialIdentityProvider): SharedFacts {
  const management = target.managementAccountId;
  return (key, qualifier) => {
    if (key === 'iam.organizationsFeatures') return base.store.get(key);
    // DescribeOrganization answers the same organization in every account of it (Organizations API Reference).
    // Only once the member's role is assumed: a member the audit cannot enter is ERROR throughout, as ever.
    if (key === 'organizations.organization' && target.inCallersOrganization) return credentials().then(() => base.store.get(key));
    if (key === 'fms.adminAccount' && management !== undefined) return managementsFmsAnswer(base, management);
    if (key === 'budgets.managementBudgets' && management !== undefined) return base.store.get('budgets.budgets');
    if (key === 'budgets.managementAlerts' && management !== undefined) return base.store.get('budgets.alerts', qualifier);
    if (key === 'sso.managementInstances' && management !== undefined) return base.store.get('sso.instances', qualifier);
    const ownedByManagement = management !== undefined && qualifier !== undefined && arnAccount(qualifier) === management;
    if ((key === 'cloudtrail.trailStatus' || key === 'cloudtrail.eventSelectors') && ownedByManagement) return base.store.get(key, qualifier);
    return undefined;
  };
}

/** The management account told "not currently delegated by AWS FM" is Firewall Manager's "none": a member's check must read it as such. */
async function managementsFmsAnswer(base: LiveSource, management: string): Promise<unknown> {
  try {
    return await base.store.get('fms.adminAccount');
  } catch (error) {
    if (!isCollectError(error, 'access-denied') || !NOT_DELEGATED.test(error.message)) throw error;
    throw new CollectError({ ...error.toJSON(), code: 'ResourceNotFoundException', kind: 'not-found', message: `no Firewall Manager administrator (the management account ${management} was told: ${error.message})`, ja: `Firewall Manager の管理者がいません(管理アカウント ${management} への応答: ${error.message})` });
  }
}
