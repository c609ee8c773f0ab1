import { loadOnce } from '../../core/lazy.js';
import type { DescribeConfigurationRecordersCommandOutput, DescribeConfigurationRecorderStatusCommandOutput, DescribeDeliveryChannelsCommandOutput } from '@aws-sdk/client-config-service';
import type { AwsSession } from '../../aws/session.js';
import { defineFact } from '../define.js';

const sdk = loadOnce(() => import('./sdk/config.js'));
const config = async (session: AwsSession, region: string) => session.client((await sdk()).ConfigServiceClient, 'config', region);

export const configFacts = {
  'config.recorders': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['config:DescribeConfigurationRecorders'],
    schema: (z) =>
      z.array(
        z.strictObject({
          name: z.string(),
          roleArn: z.string().optional(),
          servicePrincipal: z.string().optional(),
          recordingScope: z.string().optional(),
          allSupported: z.boolean(),
          includeGlobalResourceTypes: z.boolean(),
          strategy: z.string().optional(),
          resourceTypes: z.array(z.string()),
          exclusionTypes: z.array(z.string()),
        }),
      ),
    async collect(ctx, region) {
      const { DescribeConfigurationRecordersCommand } = await sdk();
      const out = await ctx.session.send<DescribeConfigurationRecordersCommandOutput>(await config(ctx.session, region), 'config', new DescribeConfigurationRecordersCommand({}));
      return (out.ConfigurationRecorders ?? []).map((recorder) => {
        const group = recorder.recordingGroup;
        return {
          name: recorder.name ?? 'default',
          ...(recorder.roleARN ? { roleArn: recorder.roleARN } : {}),
          ...(recorder.servicePrincipal ? { servicePrincipal: recorder.servicePrincipal } : {}),
          ...(recorder.recordingScope ? { recordingScope: recorder.recordingScope } : {}),
          // No recording group at all means the default: every supported type.
          allSupported: group ? group.allSupported === true : true,
          includeGlobalResourceTypes: group ? group.includeGlobalResourceTypes === true : false,
          ...(group?.recordingStrategy?.useOnly ? { strategy: group.recordingStrategy.useOnly } : {}),
          resourceTypes: group?.resourceTypes ?? [],
          exclusionTypes: group?.exclusionByResourceTypes?.resourceTypes ?? [],
        };
      });
    },
  }),

  'config.recorderStatuses': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['config:DescribeConfigurationRecorderStatus'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), recording: z.boolean(), lastStatus: z.string().optional(), lastErrorCode: z.string().optional() })),
    async collect(ctx, region) {
      const { DescribeConfigurationRecorderStatusCommand } = await sdk();
      const out = await ctx.session.send<DescribeConfigurationRecorderStatusCommandOutput>(await config(ctx.session, region), 'config', new DescribeConfigurationRecorderStatusCommand({}));
      return (out.ConfigurationRecordersStatus ?? []).map((status) => ({
        name: status.name ?? 'default',
        recording: status.recording === true,
        ...(status.lastStatus ? { lastStatus: status.lastStatus } : {}),
        ...(status.lastErrorCode ? { lastErrorCode: status.lastErrorCode } : {}),
      }));
    },
  }),

  'config.deliveryChannels': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['config:DescribeDeliveryChannels'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), s3BucketName: z.string().optional() })),
    async collect(ctx, region) {
      const { DescribeDeliveryChannelsCommand } = await sdk();
      const out = await ctx.session.send<DescribeDeliveryChannelsCommandOutput>(await config(ctx.session, region), 'config', new DescribeDeliveryChannelsCommand({}));
      return (out.DeliveryChannels ?? []).map((channel) => ({ name: channel.name ?? 'default', ...(channel.s3BucketName ? { s3BucketName: channel.s3BucketName } : {}) }));
    },
  }),
};
