import { DescribeRegionsCommand, type DescribeRegionsCommandOutput, EC2Client } from '@aws-sdk/client-ec2';
import type { RegionInfo } from '../types.js';
import { type CollectContext, GLOBAL_REGION } from './context.js';

/**
 * EC2 DescribeRegions, the fallback where account:ListRegions is refused. A module of its own, loaded
 * only then, with static imports: a dynamic import of the client package itself loses its named exports
 * once bundled, and the EC2 client is the heaviest of all.
 */
export async function describeRegions(ctx: CollectContext, enabledStatuses: ReadonlySet<string>): Promise<RegionInfo[]> {
  const ec2 = ctx.session.client(EC2Client, 'ec2', GLOBAL_REGION);
  const out = await ctx.session.send<DescribeRegionsCommandOutput>(ec2, 'ec2', new DescribeRegionsCommand({ AllRegions: true }));
  return (out.Regions ?? []).map((region) => ({ name: region.RegionName ?? '', status: region.OptInStatus ?? 'unknown', enabled: enabledStatuses.has(region.OptInStatus ?? '') }));
}
