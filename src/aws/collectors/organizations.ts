import {
  DescribeAccountCommand,
  type DescribeAccountCommandOutput,
  DescribeOrganizationCommand,
  type DescribeOrganizationCommandOutput,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { type CollectContext, type CollectorSet, GLOBAL_REGION } from './context.js';

const organizations = (ctx: CollectContext) => ctx.session.client(OrganizationsClient, 'organizations', GLOBAL_REGION);

export const organizationsCollectors: CollectorSet<'organizations.organization' | 'organizations.selfAccount'> = {
  /** Outside an organization this rejects with kind `not-enabled` (AWSOrganizationsNotInUseException). */
  async 'organizations.organization'(ctx) {
    const out = await ctx.session.send<DescribeOrganizationCommandOutput>(organizations(ctx), 'organizations', new DescribeOrganizationCommand({}));
    return { id: out.Organization?.Id ?? 'unknown', managementAccountId: out.Organization?.MasterAccountId ?? 'unknown', featureSet: out.Organization?.FeatureSet ?? 'unknown' };
  },

  async 'organizations.selfAccount'(ctx) {
    const { accountId } = await ctx.fact('sts.identity');
    const out = await ctx.session.send<DescribeAccountCommandOutput>(organizations(ctx), 'organizations', new DescribeAccountCommand({ AccountId: accountId }));
    return { id: accountId, ...(out.Account?.JoinedMethod ? { joinedMethod: out.Account.JoinedMethod } : {}) };
  },
};
