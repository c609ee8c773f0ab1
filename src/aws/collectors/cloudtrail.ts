import {
  CloudTrailClient,
  DescribeTrailsCommand,
  type DescribeTrailsCommandOutput,
  GetEventSelectorsCommand,
  type GetEventSelectorsCommandOutput,
  GetTrailStatusCommand,
  type GetTrailStatusCommandOutput,
} from '@aws-sdk/client-cloudtrail';
import type { CollectContext, CollectorSet } from './context.js';

type Keys = 'cloudtrail.trails' | 'cloudtrail.trailStatus' | 'cloudtrail.eventSelectors';

const cloudtrail = (ctx: CollectContext, region: string) => ctx.session.client(CloudTrailClient, 'cloudtrail', region);

/** A trail's status and selectors are read by ARN in its home region (that works for shadow trails too). */
const homeRegion = (arn: string) => arn.split(':')[3] ?? 'us-east-1';

const iso = (date: Date | undefined) => (date ? { value: date.toISOString() } : undefined);

export const cloudtrailCollectors: CollectorSet<Keys> = {
  async 'cloudtrail.trails'(ctx, region) {
    const out = await ctx.session.send<DescribeTrailsCommandOutput>(cloudtrail(ctx, region), 'cloudtrail', new DescribeTrailsCommand({ includeShadowTrails: true }));
    return (out.trailList ?? [])
      .filter((trail) => trail.TrailARN)
      .map((trail) => ({
        arn: trail.TrailARN ?? '',
        name: trail.Name ?? trail.TrailARN ?? '',
        homeRegion: trail.HomeRegion ?? homeRegion(trail.TrailARN ?? ''),
        isMultiRegion: trail.IsMultiRegionTrail === true,
        isOrganizationTrail: trail.IsOrganizationTrail === true,
        logFileValidation: trail.LogFileValidationEnabled === true,
        ...(trail.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn } : {}),
        ...(trail.S3BucketName ? { s3BucketName: trail.S3BucketName } : {}),
      }));
  },

  async 'cloudtrail.trailStatus'(ctx, arn) {
    const out = await ctx.session.send<GetTrailStatusCommandOutput>(cloudtrail(ctx, homeRegion(arn)), 'cloudtrail', new GetTrailStatusCommand({ Name: arn }));
    const delivered = iso(out.LatestCloudWatchLogsDeliveryTime);
    return {
      isLogging: out.IsLogging === true,
      ...(out.LatestCloudWatchLogsDeliveryError ? { latestCloudWatchLogsDeliveryError: out.LatestCloudWatchLogsDeliveryError } : {}),
      ...(delivered ? { latestCloudWatchLogsDeliveryTime: delivered.value } : {}),
    };
  },

  async 'cloudtrail.eventSelectors'(ctx, arn) {
    const out = await ctx.session.send<GetEventSelectorsCommandOutput>(cloudtrail(ctx, homeRegion(arn)), 'cloudtrail', new GetEventSelectorsCommand({ TrailName: arn }));
    return {
      basic: (out.EventSelectors ?? []).map((selector) => ({
        readWriteType: selector.ReadWriteType ?? 'All',
        includeManagementEvents: selector.IncludeManagementEvents !== false,
        excludeManagementEventSources: selector.ExcludeManagementEventSources ?? [],
      })),
      advanced: (out.AdvancedEventSelectors ?? []).map((selector) => ({
        ...(selector.Name ? { name: selector.Name } : {}),
        fieldSelectors: (selector.FieldSelectors ?? []).map((field) => ({
          field: field.Field ?? '',
          ...(field.Equals ? { equals: field.Equals } : {}),
          ...(field.NotEquals ? { notEquals: field.NotEquals } : {}),
        })),
      })),
    };
  },
};
