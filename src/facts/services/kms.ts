import { loadOnce } from '../../core/lazy.js';
import type { DescribeKeyCommandOutput, GetKeyPolicyCommandOutput } from '@aws-sdk/client-kms';
import { defineFact } from '../define.js';
import { CollectError, isCollectError } from '../errors.js';

// The SDK commands the collectors send, named in ./sdk/kms.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/kms.js'));

/** A KMS key's or alias's ARN: arn:PARTITION:kms:REGION:ACCOUNT:key/ID or …:alias/NAME. */
const KEY_ARN = /^arn:[a-z-]+:kms:([a-z0-9-]+):\d{12}:(?:key|alias)\/.+$/;

/**
 * A predefined alias of an AWS managed key (alias/aws/SERVICE, as a name or an ARN). DescribeKey on one whose key does not exist
 * yet creates that key (KMS API reference, DescribeKey): it is never sent for one, and what it names is known without it.
 */
export const isAwsManagedAlias = (keyId: string): boolean => /(?:^|:)alias\/aws\//.test(keyId);

/**
 * The ARN of a KMS key as a resource names it (SNS's KmsMasterKeyId: a key id, a key ARN, an alias name or an alias ARN), a
 * name without an ARN being the resource's own region's and account's (a key is used in its own region).
 */
export function keyArnFor(resourceArn: string, keyId: string): string {
  if (keyId.startsWith('arn:')) return keyId;
  const [, partition, , region, account] = resourceArn.split(':');
  return `arn:${partition}:kms:${region}:${account}:${keyId.startsWith('alias/') ? keyId : `key/${keyId}`}`;
}

export const kmsFacts = {
  /**
   * A KMS key, named by its ARN or an alias's, read in its own region (KMS API reference, DescribeKey, then GetKeyPolicy for a
   * customer managed key's default policy): whether it exists and may be used (Enabled: false while it is disabled or pending
   * deletion), who manages it (an AWS managed key's policy is AWS's and cannot be changed), and its key policy. Read where an SNS
   * topic a budget alerts is encrypted with it: Budgets publishes to such a topic only where the key policy lets it use the key.
   */
  'kms.key': defineFact({
    sdk,
    qualifier: 'arn',
    // Only a topic that is encrypted asks for its key (the topic's read starts it): its client is not loaded ahead for every audit.
    onDemand: true,
    actions: ['kms:DescribeKey', 'kms:GetKeyPolicy'],
    schema: (z) =>
      z.union([
        z.strictObject({ found: z.literal(false) }),
        z.strictObject({ found: z.literal(true), arn: z.string(), manager: z.enum(['AWS', 'CUSTOMER']), enabled: z.boolean(), policy: z.string().optional() }),
      ]),
    async collect(ctx, arn) {
      const region = KEY_ARN.exec(arn)?.[1];
      if (!region) {
        throw new CollectError({ service: 'kms', operation: 'DescribeKey', code: 'NotAKeyArn', kind: 'malformed', message: `${arn} is not a KMS key's or alias's ARN`, ja: `${arn} は KMS キーやエイリアスの ARN ではありません` });
      }
      if (isAwsManagedAlias(arn)) {
        throw new CollectError({ service: 'kms', operation: 'DescribeKey', code: 'PredefinedAlias', kind: 'malformed', message: `${arn} is a predefined AWS alias: DescribeKey would create its key, so it is not sent`, ja: `${arn} は AWS の定義済みエイリアスです。DescribeKey はそのキーを作成しうるため送信しません` });
      }
      const { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient } = await sdk();
      const client = ctx.session.client(KMSClient, 'kms', region);
      let described: DescribeKeyCommandOutput;
      try {
        described = await ctx.session.send<DescribeKeyCommandOutput>(client, 'kms', new DescribeKeyCommand({ KeyId: arn }));
      } catch (error) {
        if (isCollectError(error) && error.code === 'NotFoundException') return { found: false as const };
        throw error;
      }
      const { KeyMetadata: key } = described;
      // A key whose manager is left out is neither AWS's nor the customer's: the schema refuses it (never a guess).
      const manager = (key?.KeyManager ?? '') as 'AWS' | 'CUSTOMER';
      const keyArn = key?.Arn ?? '';
      if (manager !== 'CUSTOMER') return { found: true as const, arn: keyArn, manager, enabled: key?.Enabled === true };
      const { Policy } = await ctx.session.send<GetKeyPolicyCommandOutput>(client, 'kms', new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }));
      return { found: true as const, arn: keyArn, manager, enabled: key?.Enabled === true, ...(Policy ? { policy: Policy } : {}) };
    },
  }),
};
