import { loadOnce } from '../../core/lazy.js';
import type { GetTopicAttributesCommandOutput } from '@aws-sdk/client-sns';
import { defineFact } from '../define.js';
import { CollectError, isCollectError } from '../errors.js';
import { isAwsManagedAlias, keyArnFor } from './kms.js';

// The SDK commands the collectors send, named in ./sdk/sns.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/sns.js'));

/** An SNS topic's ARN: arn:PARTITION:sns:REGION:ACCOUNT:NAME. */
const TOPIC_ARN = /^arn:[a-z-]+:sns:([a-z0-9-]+):\d{12}:[\w.-]+$/;

export const snsFacts = {
  /**
   * An SNS topic that a budget alerts, read in its own region (SNS API reference, GetTopicAttributes): whether it
   * exists (NotFound where it does not), its access policy (Budgets publishes only where it allows
   * budgets.amazonaws.com), how many of its subscriptions are confirmed, and the KMS key that encrypts it, as the topic names it
   * (absent where it is not encrypted; Budgets publishes to an encrypted topic only where the key lets it: the kms.key fact,
   * started here as soon as the key is known).
   */
  'sns.topic': defineFact({
    sdk,
    qualifier: 'arn',
    actions: ['sns:GetTopicAttributes'],
    schema: (z) =>
      z.union([
        z.strictObject({ found: z.literal(false) }),
        z.strictObject({ found: z.literal(true), policy: z.string().optional(), confirmedSubscriptions: z.number().int().nonnegative(), kmsKey: z.string().optional() }),
      ]),
    async collect(ctx, arn) {
      const region = TOPIC_ARN.exec(arn)?.[1];
      if (!region) {
        throw new CollectError({ service: 'sns', operation: 'GetTopicAttributes', code: 'NotATopicArn', kind: 'malformed', message: `${arn} is not an SNS topic's ARN`, ja: `${arn} は SNS トピックの ARN ではありません` });
      }
      const { GetTopicAttributesCommand, SNSClient } = await sdk();
      try {
        const { Attributes = {} } = await ctx.session.send<GetTopicAttributesCommandOutput>(ctx.session.client(SNSClient, 'sns', region), 'sns', new GetTopicAttributesCommand({ TopicArn: arn }));
        const kmsKey = Attributes.KmsMasterKeyId || undefined;
        if (kmsKey && !isAwsManagedAlias(kmsKey) && ctx.needs('kms.key')) ctx.prefetch('kms.key', keyArnFor(arn, kmsKey));
        // SubscriptionsConfirmed is a number written as text; one left out is no number, and the schema refuses it (never "none confirmed").
        return {
          found: true as const,
          ...(Attributes.Policy ? { policy: Attributes.Policy } : {}),
          confirmedSubscriptions: Attributes.SubscriptionsConfirmed === undefined ? Number.NaN : Number(Attributes.SubscriptionsConfirmed),
          ...(kmsKey ? { kmsKey } : {}),
        };
      } catch (error) {
        if (isCollectError(error) && ['NotFound', 'NotFoundException'].includes(error.code)) return { found: false as const };
        throw error;
      }
    },
  }),
};
