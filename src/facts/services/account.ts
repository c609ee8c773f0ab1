import { loadOnce } from '../../core/lazy.js';
import type { GetAlternateContactCommandOutput, ListRegionsCommandOutput } from '@aws-sdk/client-account';
import { paginate } from '../../aws/paginate.js';
import { defineFact, GLOBAL_REGION } from '../define.js';
import { byCodeUnit } from '../../core/order.js';
import { partitionOf } from '../../aws/region-name.js';
import { isCollectError } from '../errors.js';

const sdk = loadOnce(() => import('./sdk/account.js'));

/** The three alternate contacts an account can have (Account Management API, AlternateContactType). */
export const CONTACT_TYPES = ['BILLING', 'OPERATIONS', 'SECURITY'] as const;

const ENABLED_STATUSES = new Set(['ENABLED', 'ENABLED_BY_DEFAULT', 'opt-in-not-required', 'opted-in']);

export const accountFacts = {
  /** account:ListRegions first (light client); EC2 DescribeRegions only where that is refused. Only the caller's partition. */
  'account.regions': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['account:ListRegions', 'ec2:DescribeRegions'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), enabled: z.boolean(), status: z.string() })),
    async collect(ctx) {
      const { AccountClient, ListRegionsCommand } = await sdk();
      let regions: { name: string; status: string; enabled: boolean }[];
      try {
        const listed = await paginate<ListRegionsCommandOutput, NonNullable<ListRegionsCommandOutput['Regions']>[number]>(
          ctx,
          ctx.session.client(AccountClient, 'account', GLOBAL_REGION),
          'account',
          (NextToken) => new ListRegionsCommand({ NextToken, MaxResults: 50 }),
          (page) => ({ items: page.Regions, next: page.NextToken }),
          (region) => region.RegionName ?? '',
        );
        regions = listed.map((region) => ({ name: region.RegionName ?? '', status: region.RegionOptStatus ?? 'unknown', enabled: ENABLED_STATUSES.has(region.RegionOptStatus ?? '') }));
      } catch (listError) {
        const { describeRegions } = await import('../../aws/ec2-regions.js');
        try {
          regions = await describeRegions(ctx, ENABLED_STATUSES);
        } catch {
          throw listError;
        }
      }
      // An endpoint (a proxy, an emulator) may list regions of other partitions: the caller's credentials reach only its own.
      const partition = (await ctx.identity().catch(() => undefined))?.partition;
      return regions.filter((region) => region.name && (!partition || partitionOf(region.name) === partition)).sort((a, b) => byCodeUnit(a.name, b.name));
    },
  }),

  /** Which alternate contacts are set: GetAlternateContact answers ResourceNotFoundException for a type with none. */
  'account.alternateContacts': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['account:GetAlternateContact'],
    schema: (z) => z.strictObject({ BILLING: z.boolean(), OPERATIONS: z.boolean(), SECURITY: z.boolean() }),
    async collect(ctx) {
      const { AccountClient, GetAlternateContactCommand } = await sdk();
      const client = ctx.session.client(AccountClient, 'account', GLOBAL_REGION);
      const isSet = async (type: (typeof CONTACT_TYPES)[number]) => {
        try {
          await ctx.session.send<GetAlternateContactCommandOutput>(client, 'account', new GetAlternateContactCommand({ AlternateContactType: type }));
          return true;
        } catch (error) {
          if (isCollectError(error, 'not-found')) return false;
          throw error;
        }
      };
      const [BILLING, OPERATIONS, SECURITY] = await Promise.all([isSet('BILLING'), isSet('OPERATIONS'), isSet('SECURITY')]);
      return { BILLING, OPERATIONS, SECURITY };
    },
  }),
};
