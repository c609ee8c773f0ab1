import { AccountClient, ListRegionsCommand, type ListRegionsCommandOutput } from '@aws-sdk/client-account';
import type { RegionInfo } from '../types.js';
import { type CollectorSet, GLOBAL_REGION, paginate } from './context.js';

const ENABLED_STATUSES = new Set(['ENABLED', 'ENABLED_BY_DEFAULT', 'opt-in-not-required', 'opted-in']);

export const accountCollectors: CollectorSet<'account.regions'> = {
  /** account:ListRegions first (light client); EC2 DescribeRegions only where that is refused. */
  async 'account.regions'(ctx) {
    const client = ctx.session.client(AccountClient, 'account', GLOBAL_REGION);
    let regions: RegionInfo[];
    try {
      const listed = await paginate<ListRegionsCommandOutput, NonNullable<ListRegionsCommandOutput['Regions']>[number]>(
        ctx,
        client,
        'account',
        (NextToken) => new ListRegionsCommand({ NextToken, MaxResults: 50 }),
        (page) => ({ items: page.Regions, next: page.NextToken }),
      );
      regions = listed.map((region) => ({ name: region.RegionName ?? '', status: region.RegionOptStatus ?? 'unknown', enabled: ENABLED_STATUSES.has(region.RegionOptStatus ?? '') }));
    } catch (listError) {
      const { describeRegions } = await import('./ec2-regions.js');
      try {
        regions = await describeRegions(ctx, ENABLED_STATUSES);
      } catch {
        throw listError;
      }
    }
    return regions.filter((region) => region.name).sort((a, b) => a.name.localeCompare(b.name));
  },
};
