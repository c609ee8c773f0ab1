import { loadOnce } from '../../core/lazy.js';
import type { GetPublicAccessBlockCommandOutput } from '@aws-sdk/client-s3-control';
import { withoutAccountLabelOnLiteralHosts } from '../../aws/account-host-label.js';
import { defineFact, GLOBAL_REGION, type Z } from '../define.js';
import { isCollectError } from '../errors.js';

// The SDK commands the collectors send, named in ./sdk/s3control.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/s3control.js'));

/** The four settings of S3 Block Public Access, as the API names them. */
export const PUBLIC_ACCESS_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/** The four settings, the account's or a bucket's (the same shape in S3 Control and S3): null where none is set. */
export const publicAccessBlockSchema = (z: Z) => z.strictObject({ BlockPublicAcls: z.boolean(), IgnorePublicAcls: z.boolean(), BlockPublicPolicy: z.boolean(), RestrictPublicBuckets: z.boolean() }).nullable();

/** A setting AWS leaves out of the answer is off, as the API references define each member. */
export function publicAccessSettings(settings: Partial<Record<(typeof PUBLIC_ACCESS_SETTINGS)[number], boolean>>): Record<(typeof PUBLIC_ACCESS_SETTINGS)[number], boolean> {
  return { BlockPublicAcls: settings.BlockPublicAcls === true, IgnorePublicAcls: settings.IgnorePublicAcls === true, BlockPublicPolicy: settings.BlockPublicPolicy === true, RestrictPublicBuckets: settings.RestrictPublicBuckets === true };
}

export const s3controlFacts = {
  /**
   * The account's S3 Block Public Access settings (one setting for every region): null where none is
   * set, which GetPublicAccessBlock answers with NoSuchPublicAccessBlockConfiguration (HTTP 404). A
   * setting AWS leaves out of the answer is off, as the API reference defines each member.
   */
  's3control.publicAccessBlock': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['s3:GetAccountPublicAccessBlock'],
    // Named s3control apart from S3's own GetPublicAccessBlock (a bucket's, s3:GetBucketPublicAccessBlock); IAM authorizes both as s3:….
    operations: { 's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock' },
    schema: publicAccessBlockSchema,
    async collect(ctx) {
      const [{ GetPublicAccessBlockCommand, S3ControlClient }, { accountId: AccountId }] = await Promise.all([sdk(), ctx.identity()]);
      const client = ctx.session.client(S3ControlClient, 's3control', GLOBAL_REGION);
      client.config.endpointProvider = withoutAccountLabelOnLiteralHosts(client.config.endpointProvider);
      try {
        const { PublicAccessBlockConfiguration: settings = {} } = await ctx.session.send<GetPublicAccessBlockCommandOutput>(client, 's3control', new GetPublicAccessBlockCommand({ AccountId }));
        return publicAccessSettings(settings);
      } catch (error) {
        if (isCollectError(error, 'not-found')) return null;
        throw error;
      }
    },
  }),
};
