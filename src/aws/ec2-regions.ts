import { DescribeRegionsCommand, type DescribeRegionsCommandOutput, EC2Client } from '@aws-sdk/client-ec2';
import { type CollectContext, GLOBAL_REGION } from '../facts/define.js';

/** EC2 DescribeRegions, the fallback where account:ListRegions is refused: loaded only then (the EC2 client is the heaviest). */
export async function describeRegions(ctx: CollectContext, enabledStatuses: ReadonlySet<string>): Promise<{ name: string; status: string; enabled: boolean }[]> {
  const ec2 = ctx.session.client(EC2Client, 'ec2', GLOBAL_REGION);
  const out = await ctx.session.send<DescribeRegionsCommandOutput>(ec2, 'ec2', new DescribeRegionsCommand({ AllRegions: true }));
  return (out.Regions ?? []).map((region) => ({ name: region.RegionName ?? '', status: region.OptInStatus ?? 'unknown', enabled: enabledStatuses.has(region.OptInStatus ?? '') }));
}
