import { loadOnce } from '../../core/lazy.js';
import type { DescribeInstancesCommandOutput, GetEbsEncryptionByDefaultCommandOutput } from '@aws-sdk/client-ec2';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/ec2.ts (the bundle keeps only what is named there); DescribeInstances, read only
// on demand, in a module of its own (its answer's reader is large, and not loaded with the others).
const sdk = loadOnce(() => import('./sdk/ec2.js'));
const instancesSdk = loadOnce(() => import('./sdk/ec2-instances.js'));

/** Instances that are, or may be started again (a terminated one never runs again). */
const LIVE_INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped'];

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
  /**
   * The region's instances that run with an instance profile, and theirs (EC2 API reference, DescribeInstances, paginated by NextToken;
   * those pending, running, stopping or stopped): whoever may run commands on one (Systems Manager's SendCommand, StartSession) acts as
   * the profile's role. Read only where a check finds it may matter: not started with the other regional reads.
   */
  'ec2.instances': defineFact({
    sdk: instancesSdk,
    qualifier: 'region',
    onDemand: true,
    actions: ['ec2:DescribeInstances'],
    schema: (z) => z.array(z.strictObject({ id: z.string(), profile: z.string() })),
    async collect(ctx, region) {
      const { DescribeInstancesCommand, EC2Client } = await instancesSdk();
      const reservations = await paginate<DescribeInstancesCommandOutput, NonNullable<DescribeInstancesCommandOutput['Reservations']>[number]>(
        ctx,
        ctx.session.client(EC2Client, 'ec2', region),
        'ec2',
        (NextToken) => new DescribeInstancesCommand({ NextToken, Filters: [{ Name: 'instance-state-name', Values: LIVE_INSTANCE_STATES }] }),
        (page) => ({ items: page.Reservations, next: page.NextToken }),
        (reservation) => reservation.ReservationId ?? '',
      );
      return reservations.flatMap((reservation) =>
        (reservation.Instances ?? []).flatMap((instance) => (instance.IamInstanceProfile?.Arn ? [{ id: instance.InstanceId ?? '', profile: instance.IamInstanceProfile.Arn }] : [])),
      );
    },
  }),
};
