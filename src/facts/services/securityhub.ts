import { loadOnce } from '../../core/lazy.js';
import type { DescribeHubCommandOutput } from '@aws-sdk/client-securityhub';
import { defineFact } from '../define.js';
import { isCollectError } from '../errors.js';

// The SDK commands the collectors send, named in ./sdk/securityhub.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/securityhub.js'));

export const securityhubFacts = {
  /** Whether Security Hub CSPM (the service first called Security Hub) is on in the region: DescribeHub answers InvalidAccessException "not subscribed" where it is off. */
  'securityhub.hub': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['securityhub:DescribeHub'],
    schema: (z) => z.strictObject({ enabled: z.boolean() }),
    async collect(ctx, region) {
      const { DescribeHubCommand, SecurityHubClient } = await sdk();
      try {
        await ctx.session.send<DescribeHubCommandOutput>(ctx.session.client(SecurityHubClient, 'securityhub', region), 'securityhub', new DescribeHubCommand({}));
        return { enabled: true };
      } catch (error) {
        if (isCollectError(error, 'not-enabled')) return { enabled: false };
        throw error;
      }
    },
  }),
};
