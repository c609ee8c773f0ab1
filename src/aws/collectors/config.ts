import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  type DescribeConfigurationRecordersCommandOutput,
  DescribeConfigurationRecorderStatusCommand,
  type DescribeConfigurationRecorderStatusCommandOutput,
  DescribeDeliveryChannelsCommand,
  type DescribeDeliveryChannelsCommandOutput,
} from '@aws-sdk/client-config-service';
import type { CollectContext, CollectorSet } from './context.js';

type Keys = 'config.recorders' | 'config.recorderStatuses' | 'config.deliveryChannels';

const config = (ctx: CollectContext, region: string) => ctx.session.client(ConfigServiceClient, 'config', region);

export const configCollectors: CollectorSet<Keys> = {
  async 'config.recorders'(ctx, region) {
    const out = await ctx.session.send<DescribeConfigurationRecordersCommandOutput>(config(ctx, region), 'config', new DescribeConfigurationRecordersCommand({}));
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

  async 'config.recorderStatuses'(ctx, region) {
    const out = await ctx.session.send<DescribeConfigurationRecorderStatusCommandOutput>(config(ctx, region), 'config', new DescribeConfigurationRecorderStatusCommand({}));
    return (out.ConfigurationRecordersStatus ?? []).map((status) => ({
      name: status.name ?? 'default',
      recording: status.recording === true,
      ...(status.lastStatus ? { lastStatus: status.lastStatus } : {}),
      ...(status.lastErrorCode ? { lastErrorCode: status.lastErrorCode } : {}),
    }));
  },

  async 'config.deliveryChannels'(ctx, region) {
    const out = await ctx.session.send<DescribeDeliveryChannelsCommandOutput>(config(ctx, region), 'config', new DescribeDeliveryChannelsCommand({}));
    return (out.DeliveryChannels ?? []).map((channel) => ({ name: channel.name ?? 'default', ...(channel.s3BucketName ? { s3BucketName: channel.s3BucketName } : {}) }));
  },
};
