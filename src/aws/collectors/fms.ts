import { FMSClient, GetAdminAccountCommand, type GetAdminAccountCommandOutput } from '@aws-sdk/client-fms';
import { CollectError } from '../errors.js';
import { type CollectorSet, GLOBAL_REGION } from './context.js';

export const fmsCollectors: CollectorSet<'fms.adminAccount'> = {
  /** Firewall Manager's administrator is read in us-east-1; none set is ResourceNotFoundException. */
  async 'fms.adminAccount'(ctx) {
    const client = ctx.session.client(FMSClient, 'fms', GLOBAL_REGION);
    const out = await ctx.session.send<GetAdminAccountCommandOutput>(client, 'fms', new GetAdminAccountCommand({}));
    if (!out.AdminAccount) {
      throw new CollectError({ service: 'fms', operation: 'GetAdminAccount', code: 'ResourceNotFoundException', kind: 'not-found', message: 'no Firewall Manager administrator account' });
    }
    return { adminAccount: out.AdminAccount, ...(out.RoleStatus ? { status: out.RoleStatus } : {}) };
  },
};
