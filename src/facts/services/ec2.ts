import { loadOnce } from '../../core/lazy.js';
import type { GetEbsEncryptionByDefaultCommandOutput } from '@aws-sdk/client-ec2';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/ec2.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/ec2.js'));

export const ec2Facts = {
  /** Whether new EBS volumes (and snapshot copies) of the region are encrypted by default. */
  'ec2.ebsEncryptionByDefault': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['ec2:GetEbsEncryptionByDefault'],
    schema: (z) => z.strictObject({ enabled: z.boolean() }),
    async collect(ctx, region) {
      const { EC2Client, GetEbsEncryptionByDefaultCommand } = await sdk();
      const out = await ctx.session.send<GetEbsEncryptionByDefaultCommandOutput>(ctx.session.client(EC2Client, 'ec2', region), 'ec2', new GetEbsEncryptionByDefaultCommand({}));
      return { enabled: out.EbsEncryptionByDefault === true };
    },
  }),
};
