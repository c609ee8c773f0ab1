import { loadOnce } from '../../core/lazy.js';
import type { DescribeTrailsCommandOutput, GetEventSelectorsCommandOutput, GetTrailStatusCommandOutput } from '@aws-sdk/client-cloudtrail';
import type { AwsSession } from '../../aws/session.js';
import { defineFact } from '../define.js';
import { CollectError } from '../errors.js';
import { arnAccount, arnRegion } from '../../core/arn.js';

const sdk = loadOnce(() => import('./sdk/cloudtrail.js'));
const cloudtrail = async (session: AwsSession, region: string) => session.client((await sdk()).CloudTrailClient, 'cloudtrail', region);

/** A trail's status and selectors are read by ARN in its home region (that works for shadow trails too). */
const homeRegion = (arn: string) => arnRegion(arn) ?? 'us-east-1';

export const cloudtrailFacts = {
  /** Trails seen from a region, shadow trails (organization trails seen from a member) included. */
  'cloudtrail.trails': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['cloudtrail:DescribeTrails'],
    schema: (z) =>
      z.array(
        z.strictObject({
          arn: z.string().startsWith('arn:'),
          name: z.string(),
          homeRegion: z.string(),
          isMultiRegion: z.boolean(),
          isOrganizationTrail: z.boolean(),
          logFileValidation: z.boolean(),
          cloudWatchLogsLogGroupArn: z.string().optional(),
          s3BucketName: z.string().optional(),
        }),
      ),
    async collect(ctx, region) {
      const { DescribeTrailsCommand } = await sdk();
      const out = await ctx.session.send<DescribeTrailsCommandOutput>(await cloudtrail(ctx.session, region), 'cloudtrail', new DescribeTrailsCommand({ includeShadowTrails: true }));
      // An account sees its own trails and its organization's trails; another account's own trail is not AWS's answer here.
      const { accountId } = await ctx.identity();
      const foreign = (out.trailList ?? []).find((trail) => trail.TrailARN && arnAccount(trail.TrailARN) !== accountId && trail.IsOrganizationTrail !== true);
      if (foreign) {
        throw new CollectError({ service: 'cloudtrail', operation: 'DescribeTrails', code: 'AnotherAccountsTrail', kind: 'malformed', message: `cloudtrail:DescribeTrails listed ${foreign.TrailARN ?? ''}, another account's trail that is no organization trail: not what AWS sends`, ja: `cloudtrail:DescribeTrails が、組織の証跡ではない別のアカウントの証跡 ${foreign.TrailARN ?? ''} を返しました。AWS が送るものではありません` });
      }
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
  }),

  'cloudtrail.trailStatus': defineFact({
    sdk,
    qualifier: 'arn',
    actions: ['cloudtrail:GetTrailStatus'],
    schema: (z) =>
      z.strictObject({
        isLogging: z.boolean(),
        startLoggingTime: z.iso.datetime({ offset: true }).optional(),
        /** The S3 error of the last delivery attempt (NoSuchBucket, AccessDenied …): logged, but not kept. */
        latestDeliveryError: z.string().optional(),
        latestDeliveryTime: z.iso.datetime({ offset: true }).optional(),
        latestCloudWatchLogsDeliveryError: z.string().optional(),
        latestCloudWatchLogsDeliveryTime: z.iso.datetime({ offset: true }).optional(),
      }),
    async collect(ctx, arn) {
      const { GetTrailStatusCommand } = await sdk();
      const out = await ctx.session.send<GetTrailStatusCommandOutput>(await cloudtrail(ctx.session, homeRegion(arn)), 'cloudtrail', new GetTrailStatusCommand({ Name: arn }));
      return {
        isLogging: out.IsLogging === true,
        ...(out.StartLoggingTime ? { startLoggingTime: out.StartLoggingTime.toISOString() } : {}),
        ...(out.LatestDeliveryError ? { latestDeliveryError: out.LatestDeliveryError } : {}),
        ...(out.LatestDeliveryTime ? { latestDeliveryTime: out.LatestDeliveryTime.toISOString() } : {}),
        ...(out.LatestCloudWatchLogsDeliveryError ? { latestCloudWatchLogsDeliveryError: out.LatestCloudWatchLogsDeliveryError } : {}),
        ...(out.LatestCloudWatchLogsDeliveryTime ? { latestCloudWatchLogsDeliveryTime: out.LatestCloudWatchLogsDeliveryTime.toISOString() } : {}),
      };
    },
  }),

  'cloudtrail.eventSelectors': defineFact({
    sdk,
    qualifier: 'arn',
    actions: ['cloudtrail:GetEventSelectors'],
    schema: (z) => {
      const field = z.strictObject({ field: z.string(), equals: z.array(z.string()).optional(), notEquals: z.array(z.string()).optional() });
      return z.strictObject({
        basic: z.array(z.strictObject({ readWriteType: z.string(), includeManagementEvents: z.boolean(), excludeManagementEventSources: z.array(z.string()) })),
        advanced: z.array(z.strictObject({ name: z.string().optional(), fieldSelectors: z.array(field) })),
      });
    },
    async collect(ctx, arn) {
      const { GetEventSelectorsCommand } = await sdk();
      const out = await ctx.session.send<GetEventSelectorsCommandOutput>(await cloudtrail(ctx.session, homeRegion(arn)), 'cloudtrail', new GetEventSelectorsCommand({ TrailName: arn }));
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
  }),
};
