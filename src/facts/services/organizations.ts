import { loadOnce } from '../../core/lazy.js';
import type { DescribeOrganizationCommandOutput } from '@aws-sdk/client-organizations';
import { type CollectContext, defineFact, GLOBAL_REGION } from '../define.js';
import { refusal } from '../../core/i18n.js';

const sdk = loadOnce(() => import('./sdk/organizations.js'));
const organizations = async (ctx: CollectContext) => ctx.session.client((await sdk()).OrganizationsClient, 'organizations', GLOBAL_REGION);

export const organizationsFacts = {
  /** Outside an organization this rejects with kind `not-enabled` (AWSOrganizationsNotInUseException). */
  'organizations.organization': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['organizations:DescribeOrganization'],
    schema: (z) => z.strictObject({ id: z.string().regex(/^o-[a-z0-9]{10,32}$/, refusal('an organization id (o-…)', '組織 ID(o-…)')), managementAccountId: z.string().regex(/^\d{12}$/, refusal('a 12-digit account id', '12 桁のアカウント ID')), featureSet: z.string() }),
    async collect(ctx) {
      const { DescribeOrganizationCommand } = await sdk();
      const out = await ctx.session.send<DescribeOrganizationCommandOutput>(await organizations(ctx), 'organizations', new DescribeOrganizationCommand({}));
      return { id: out.Organization?.Id ?? 'unknown', managementAccountId: out.Organization?.MasterAccountId ?? 'unknown', featureSet: out.Organization?.FeatureSet ?? 'unknown' };
    },
  }),
};
