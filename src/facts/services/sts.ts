import { loadOnce } from '../../core/lazy.js';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { defineFact, GLOBAL_REGION } from '../define.js';
import { refusal } from '../../core/i18n.js';

const sdk = loadOnce(() => import('./sdk/sts.js'));

export const stsFacts = {
  'sts.identity': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['sts:GetCallerIdentity'],
    schema: (z) => z.strictObject({ accountId: z.string().regex(/^\d{12}$/, refusal('a 12-digit account id', '12 桁のアカウント ID')), arn: z.string(), partition: z.string() }),
    async collect(ctx) {
      const { GetCallerIdentityCommand, STSClient } = await sdk();
      const out = await ctx.session.send<GetCallerIdentityCommandOutput>(ctx.session.client(STSClient, 'sts', GLOBAL_REGION), 'sts', new GetCallerIdentityCommand({}));
      const arn = out.Arn ?? '';
      return { accountId: out.Account ?? 'unknown', arn, partition: arn.split(':')[1] ?? 'aws' };
    },
  }),
};
