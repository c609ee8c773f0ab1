import { loadOnce } from '../../core/lazy.js';
import type { ListInstancesCommandOutput } from '@aws-sdk/client-sso-admin';
import { paginate } from '../../aws/paginate.js';
import { defineFact, type Z } from '../define.js';
import { CollectError } from '../errors.js';

// The SDK commands the collectors send, named in ./sdk/sso.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/sso.js'));

const instanceList = (z: Z) => z.array(z.strictObject({ arn: z.string(), ownerAccountId: z.string().optional(), status: z.string().optional() }));

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
    schema: instanceList,
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

  /**
   * The organization's management account's instances in the region, for a member that has none of its own: a member
   * cannot see the organization's instance, so they exist only in an --org audit run from the management account, which
   * reads them once and hands them to every member (src/aws/members.ts).
   */
  'sso.managementInstances': defineFact({
    sdk,
    qualifier: 'region',
    // Asked only for a member with no instance of its own; never started ahead with the regional reads.
    onDemand: true,
    actions: [],
    schema: instanceList,
    collect: () =>
      Promise.reject(new CollectError({
        service: 'sso',
        operation: 'ListInstances',
        code: 'ManagementAccountOnly',
        kind: 'missing',
        message: "an organization's IAM Identity Center lives in its management account: it is read there, in an --org audit run from it",
        ja: '組織の IAM Identity Center は管理アカウントにあります。管理アカウントから実行する --org 監査で読み取られます',
      })),
  }),
};
