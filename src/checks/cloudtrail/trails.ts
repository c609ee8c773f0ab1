import { CollectError, isCollectError } from '../../facts/errors.js';
import type { Facts } from '../../facts/store.js';
import type { EventSelectors, Trail } from '../../facts/catalog.js';
import { byCodeUnit } from '../../core/order.js';
import { inEveryRegion } from '../define.js';
import { arnAccount } from '../../core/arn.js';

export interface TrailInventory {
  trails: Trail[];
  /**
   * Regions whose trail list could not be read: trails there may be missing. Regions the organization's
   * service control policy denies are left out where another region was read: a multi-region trail shows
   * in every region, so only single-region trails of a region nobody may use go unseen there.
   */
  failures: { region: string; error: CollectError }[];
}

/**
 * Every trail the account sees, from every audited region, each counted once (by ARN). Regions denied
 * by the organization are set apart when some region could be read; when none could, they are failures.
 */
export async function trailInventory(facts: Facts<'cloudtrail.trails'>, regions: string[]): Promise<TrailInventory> {
  const byArn = new Map<string, Trail>();
  const { answers, failures } = await inEveryRegion(regions, (region) => facts.cloudtrail.trails(region));
  for (const { value } of answers) for (const trail of value) byArn.set(trail.arn, trail); // every region reports the same trail alike
  return { trails: [...byArn.values()].sort((a, b) => byCodeUnit(a.arn, b.arn)), failures };
}

/** The account that owns a trail, from its ARN: for an organization trail, the management account. */
export function trailOwner(trail: Trail): string {
  return arnAccount(trail.arn) ?? 'unknown';
}

/**
 * A member account cannot read the status of the organization trail it sees; that is a fact to
 * verify from the management account, not a failure of this account.
 */
export function isUnreadableOrgTrail(trail: Trail, error: unknown, accountId: string | undefined): boolean {
  return trail.isOrganizationTrail && trailOwner(trail) !== accountId && isCollectError(error, 'not-found', 'access-denied');
}

export interface ManagementCoverage {
  read: boolean;
  write: boolean;
  excludedSources: string[];
}

/**
 * What management events a trail's selectors record, basic or advanced. An event is recorded when any
 * selector records it, so selectors combine as a union: a source excluded by one selector is still
 * recorded if another covers it. Read and write events are judged apart.
 */
export function managementCoverage(selectors: EventSelectors): ManagementCoverage {
  // For reads and for writes: the sources each covering selector leaves out.
  const gaps: { read: Set<string>[]; write: Set<string>[] } = { read: [], write: [] };
  const cover = (read: boolean, write: boolean, excluded: string[]) => {
    if (read) gaps.read.push(new Set(excluded));
    if (write) gaps.write.push(new Set(excluded));
  };
  for (const selector of selectors.basic) {
    if (!selector.includeManagementEvents) continue;
    cover(selector.readWriteType === 'All' || selector.readWriteType === 'ReadOnly', selector.readWriteType === 'All' || selector.readWriteType === 'WriteOnly', selector.excludeManagementEventSources);
  }
  for (const selector of selectors.advanced) {
    const fields = new Map(selector.fieldSelectors.map((field) => [field.field, field]));
    if (!fields.get('eventCategory')?.equals?.includes('Management')) continue;
    const narrowing = [...fields.keys()].filter((field) => !['eventCategory', 'readOnly', 'eventSource'].includes(field));
    if (narrowing.length > 0) continue; // filtered by event name or similar: not a full record of management events
    const eventSource = fields.get('eventSource');
    if (eventSource?.equals?.length) continue; // only some sources
    const readOnly = fields.get('readOnly')?.equals;
    cover(!readOnly || readOnly.includes('true'), !readOnly || readOnly.includes('false'), eventSource?.notEquals ?? []);
  }
  // A source is missed only if every covering selector leaves it out.
  const missed = ([first, ...others]: Set<string>[]) => (first ? [...first].filter((source) => others.every((set) => set.has(source))) : []);
  const excluded = new Set([...missed(gaps.read), ...missed(gaps.write)]);
  return { read: gaps.read.length > 0, write: gaps.write.length > 0, excludedSources: [...excluded].sort() };
}
