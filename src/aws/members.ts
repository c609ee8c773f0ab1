// Organization audits only: a single-account audit never loads this (nor Organizations, nor the role schemas).
import { type LiveOptions, type LiveSource, liveStore, type SharedFacts, sourceOf, startSlowFacts } from './live.js';
import { assumeRoleCredentials, type RoleTarget } from './organization.js';

/** A member account of --org / --accounts, through its audit role; a refused role makes every fact ERROR. */
export function memberSource(base: LiveSource, target: RoleTarget, options: Pick<LiveOptions, 'paidCalls' | 'needs'>): LiveSource {
  const session = base.session.derive(assumeRoleCredentials(base.session, target));
  const store = liveStore(session, { ...options, shared: organizationFacts(base, target) });
  startSlowFacts(store, options.needs);
  return sourceOf(session, store);
}

/**
 * What a member cannot read but the management account can: the root-access features (only the management
 * account or a delegated administrator may list them), and the status and selectors of the organization
 * trails it owns (a member sees their shadow, not their status). Read there, once, for every member.
 */
function organizationFacts(base: LiveSource, target: RoleTarget): SharedFacts {
  const management = target.managementAccountId;
  return (key, qualifier) => {
    if (key === 'iam.organizationsFeatures') return base.store.get(key);
    const ownedByManagement = management !== undefined && qualifier?.split(':')[4] === management;
    if ((key === 'cloudtrail.trailStatus' || key === 'cloudtrail.eventSelectors') && ownedByManagement) return base.store.get(key, qualifier);
    return undefined;
  };
}
