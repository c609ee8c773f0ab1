import { GetCallerIdentityCommand, type GetCallerIdentityCommandOutput, STSClient } from '@aws-sdk/client-sts';
import { type CollectorSet, GLOBAL_REGION } from './context.js';

export const stsCollectors: CollectorSet<'sts.identity'> = {
  async 'sts.identity'(ctx) {
    const client = ctx.session.client(STSClient, 'sts', GLOBAL_REGION);
    const out = await ctx.session.send<GetCallerIdentityCommandOutput>(client, 'sts', new GetCallerIdentityCommand({}));
    const arn = out.Arn ?? '';
    return { accountId: out.Account ?? 'unknown', arn, partition: arn.split(':')[1] ?? 'aws' };
  },
};
