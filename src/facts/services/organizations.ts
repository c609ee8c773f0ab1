import type { DescribeOrganizationCommandOutput } from '@aws-sdk/client-organizations';
import { type CollectContext, defineFact, GLOBAL_REGION } from '../define.js';

const sdk = () => import('@aws-sdk/client-organizations');
const organizations = async (ctx: CollectContext) => ctx.session.client((await sdk()).OrganizationsClient, 'organizations', GLOBAL_REGION);

export const organizationsFacts = {
  /** Outside an organization this rejects with kind `not-enabled` (AWSOrganizationsNotInUseException). */
  'organizations.organization': defineFact({
    qualifier: 'none',
    actions: ['organizations:DescribeOrganization'],
    schema: (z) => z.strictObject({ id: z.string(), managementAccountId: z.string(), featureSet: z.string() }),
    async collect(ctx) {
      const { DescribeOrganizationCommand } = await sdk();
      const out = await ctx.session.send<DescribeOrganizationCommandOutput>(await organizations(ctx), 'organizations', new DescribeOrganizationCommand({}));
      return { id: out.Organization?.Id ?? 'unknown', managementAccountId: out.Organization?.MasterAccountId ?? 'unknown', featureSet: out.Organization?.FeatureSet ?? 'unknown' };
    },
  }),
};
