import { loadOnce } from '../../core/lazy.js';
import type { ListInstancesCommandOutput } from '@aws-sdk/client-sso-admin';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/sso.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/sso.js'));

export const ssoFacts = {
  /**
   * The IAM Identity Center instances this account can see in the region (an instance lives in the one
   * region it was enabled in; an organization's, in its management account): sso-admin ListInstances,
   * which answers an empty list where there is none.
   */
  'sso.instances': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['sso:ListInstances'],
    schema: (z) => z.array(z.strictObject({ arn: z.string(), ownerAccountId: z.string().optional(), status: z.string().optional() })),
    async collect(ctx, region) {
      const { ListInstancesCommand, SSOAdminClient } = await sdk();
      const instances = await paginate<ListInstancesCommandOutput, NonNullable<ListInstancesCommandOutput['Instances']>[number]>(
        ctx,
        ctx.session.client(SSOAdminClient, 'sso', region),
        'sso',
        (NextToken) => new ListInstancesCommand({ NextToken }),
        (page) => ({ items: page.Instances, next: page.NextToken }),
        (instance) => instance.InstanceArn ?? '',
      );
      return instances.map((instance) => ({ arn: instance.InstanceArn ?? '', ...(instance.OwnerAccountId ? { ownerAccountId: instance.OwnerAccountId } : {}), ...(instance.Status ? { status: instance.Status } : {}) }));
    },
  }),
};
