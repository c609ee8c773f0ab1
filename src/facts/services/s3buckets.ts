import { loadOnce } from '../../core/lazy.js';
import type { GetBucketAclCommandOutput, GetBucketPolicyStatusCommandOutput, GetPublicAccessBlockCommandOutput, ListBucketsCommandOutput, S3Client } from '@aws-sdk/client-s3';
import type { AwsSession } from '../../aws/session.js';
import { paginate } from '../../aws/paginate.js';
import { defineFact, GLOBAL_REGION } from '../define.js';
import { isCollectError } from '../errors.js';
import { publicAccessBlockSchema, publicAccessSettings } from './s3control.js';

// The SDK commands the collectors send, named in ./sdk/s3buckets.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/s3buckets.js'));

/**
 * A bucket is read in its own region: asked elsewhere, S3 answers 301 PermanentRedirect naming it
 * (x-amz-bucket-region), which the SDK follows once it is told to.
 */
async function s3(session: AwsSession): Promise<S3Client> {
  const client = session.client((await sdk()).S3Client, 's3', GLOBAL_REGION);
  client.config.followRegionRedirects = true;
  return client;
}

/** The groups an ACL grant makes a bucket public to (S3 User Guide, "Access control list (ACL) overview", Amazon S3 predefined groups). */
const PUBLIC_GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
};

export const s3bucketsFacts = {
  /** The names of the buckets this account owns (ListBuckets lists only the caller's own): another account's bucket is not among them. */
  's3buckets.owned': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['s3:ListAllMyBuckets'],
    operations: { 's3:ListBuckets': 's3:ListAllMyBuckets' },
    schema: (z) => z.array(z.string()),
    async collect(ctx) {
      const { ListBucketsCommand } = await sdk();
      // MaxBuckets asks for pages: an account may hold more buckets than one answer lists (S3 API Reference, ListBuckets).
      const buckets = await paginate<ListBucketsCommandOutput, NonNullable<ListBucketsCommandOutput['Buckets']>[number]>(
        ctx,
        await s3(ctx.session),
        's3',
        (ContinuationToken) => new ListBucketsCommand({ MaxBuckets: 10_000, ContinuationToken }),
        (page) => ({ items: page.Buckets, next: page.ContinuationToken }),
        (bucket) => bucket.Name ?? '',
      );
      return buckets.map((bucket) => bucket.Name ?? '').sort();
    },
  }),

  /** The bucket's own Block Public Access settings: null where none is set (NoSuchPublicAccessBlockConfiguration). */
  's3buckets.publicAccessBlock': defineFact({
    sdk,
    qualifier: 'bucket',
    actions: ['s3:GetBucketPublicAccessBlock'],
    operations: { 's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock' },
    schema: publicAccessBlockSchema,
    async collect(ctx, bucket) {
      const { GetPublicAccessBlockCommand } = await sdk();
      try {
        const { PublicAccessBlockConfiguration: settings = {} } = await ctx.session.send<GetPublicAccessBlockCommandOutput>(await s3(ctx.session), 's3', new GetPublicAccessBlockCommand({ Bucket: bucket }));
        return publicAccessSettings(settings);
      } catch (error) {
        // Only "none set" is null: NoSuchBucket (not-found too) is an error of its own.
        if (isCollectError(error, 'not-found') && error.code === 'NoSuchPublicAccessBlockConfiguration') return null;
        throw error;
      }
    },
  }),

  /** Whether the bucket's policy makes it public, as S3 judges it (GetBucketPolicyStatus); false where it has no policy (NoSuchBucketPolicy). */
  's3buckets.policyPublic': defineFact({
    sdk,
    qualifier: 'bucket',
    actions: ['s3:GetBucketPolicyStatus'],
    schema: (z) => z.boolean(),
    async collect(ctx, bucket) {
      const { GetBucketPolicyStatusCommand } = await sdk();
      try {
        const { PolicyStatus } = await ctx.session.send<GetBucketPolicyStatusCommandOutput>(await s3(ctx.session), 's3', new GetBucketPolicyStatusCommand({ Bucket: bucket }));
        return PolicyStatus?.IsPublic === true;
      } catch (error) {
        if (isCollectError(error, 'not-found') && error.code === 'NoSuchBucketPolicy') return false;
        throw error;
      }
    },
  }),

  /** The public grants of the bucket's ACL (`AllUsers READ` …): none where ACLs are disabled (Object Ownership: bucket owner enforced). */
  's3buckets.publicGrants': defineFact({
    sdk,
    qualifier: 'bucket',
    actions: ['s3:GetBucketAcl'],
    schema: (z) => z.array(z.string()),
    async collect(ctx, bucket) {
      const { GetBucketAclCommand } = await sdk();
      const { Grants = [] } = await ctx.session.send<GetBucketAclCommandOutput>(await s3(ctx.session), 's3', new GetBucketAclCommand({ Bucket: bucket }));
      return Grants.flatMap((grant) => {
        const group = PUBLIC_GROUPS[grant.Grantee?.URI ?? ''];
        return group ? [`${group} ${grant.Permission ?? 'unknown'}`] : [];
      });
    },
  }),
};
