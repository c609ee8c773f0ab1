import { loadOnce } from '../../core/lazy.js';
import type { GetAdminAccountCommandOutput } from '@aws-sdk/client-fms';
import { defineFact, GLOBAL_REGION } from '../define.js';
import { CollectError } from '../errors.js';

const sdk = loadOnce(() => import('./sdk/fms.js'));

/**
 * How Firewall Manager answers the management account when no administrator is set: not the
 * documented ResourceNotFoundException but AccessDeniedException "Account: … is not currently delegated
 * by AWS FM" (undocumented, stable across years of users' reports). A member asking gets it too, so
 * from a member it proves nothing.
 */
export const NOT_DELEGATED = /is not currently delegated by AWS FM/i;

export const fmsFacts = {
  /** Firewall Manager's administrator is read in us-east-1; none set is ResourceNotFoundException. */
  'fms.adminAccount': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['fms:GetAdminAccount'],
    schema: (z) => z.strictObject({ adminAccount: z.string(), status: z.string().optional() }),
    async collect(ctx) {
      const { FMSClient, GetAdminAccountCommand } = await sdk();
      const out = await ctx.session.send<GetAdminAccountCommandOutput>(ctx.session.client(FMSClient, 'fms', GLOBAL_REGION), 'fms', new GetAdminAccountCommand({}));
      if (!out.AdminAccount) {
        throw new CollectError({ service: 'fms', operation: 'GetAdminAccount', code: 'ResourceNotFoundException', kind: 'not-found', message: 'no Firewall Manager administrator account', ja: 'Firewall Manager の管理者アカウントがありません' });
      }
      return { adminAccount: out.AdminAccount, ...(out.RoleStatus ? { status: out.RoleStatus } : {}) };
    },
  }),
};
