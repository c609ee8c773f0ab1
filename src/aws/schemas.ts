import { z } from 'zod';
import { ERROR_KINDS } from './errors.js';
import type { FactKey, FactValue } from './types.js';

/** zod schemas of every fact, so a snapshot from disk is checked field by field before any check reads it. */
const str = z.string();
const optStr = z.string().optional();

const credentialRow = z.strictObject({
  user: str,
  arn: str,
  passwordEnabled: z.boolean().optional(),
  passwordLastUsed: optStr,
  mfaActive: z.boolean(),
  accessKey1Active: z.boolean(),
  accessKey1LastUsed: optStr,
  accessKey2Active: z.boolean(),
  accessKey2LastUsed: optStr,
});

const fieldSelector = z.strictObject({ field: str, equals: z.array(str).optional(), notEquals: z.array(str).optional() });

export const FACT_SCHEMAS: { [K in FactKey]: z.ZodType<FactValue<K>> } = {
  'sts.identity': z.strictObject({ accountId: z.string().regex(/^\d{12}$/, 'a 12-digit account id'), arn: str, partition: str }),
  'account.regions': z.array(z.strictObject({ name: str, enabled: z.boolean(), status: str })),
  'iam.accountSummary': z.record(str, z.number()),
  'iam.credentialReport': z.array(credentialRow),
  'iam.virtualMfaDevices': z.array(z.strictObject({ serialNumber: str, userArn: optStr })),
  'iam.adminUsers': z.array(z.strictObject({ userName: str, arn: str, via: z.array(str) })),
  'iam.organizationsFeatures': z.array(str),
  'organizations.organization': z.strictObject({ id: str, managementAccountId: str, featureSet: str }),
  'organizations.selfAccount': z.strictObject({ id: str, joinedMethod: optStr }),
  'fms.adminAccount': z.strictObject({ adminAccount: str, status: optStr }),
  'cloudtrail.trails': z.array(
    z.strictObject({
      arn: str,
      name: str,
      homeRegion: str,
      isMultiRegion: z.boolean(),
      isOrganizationTrail: z.boolean(),
      logFileValidation: z.boolean(),
      cloudWatchLogsLogGroupArn: optStr,
      s3BucketName: optStr,
    }),
  ),
  'cloudtrail.trailStatus': z.strictObject({
    isLogging: z.boolean(),
    latestCloudWatchLogsDeliveryError: optStr,
    latestCloudWatchLogsDeliveryTime: optStr,
  }),
  'cloudtrail.eventSelectors': z.strictObject({
    basic: z.array(z.strictObject({ readWriteType: str, includeManagementEvents: z.boolean(), excludeManagementEventSources: z.array(str) })),
    advanced: z.array(z.strictObject({ name: optStr, fieldSelectors: z.array(fieldSelector) })),
  }),
  'config.recorders': z.array(
    z.strictObject({
      name: str,
      roleArn: optStr,
      servicePrincipal: optStr,
      recordingScope: optStr,
      allSupported: z.boolean(),
      includeGlobalResourceTypes: z.boolean(),
      strategy: optStr,
      resourceTypes: z.array(str),
      exclusionTypes: z.array(str),
    }),
  ),
  'config.recorderStatuses': z.array(z.strictObject({ name: str, recording: z.boolean(), lastStatus: optStr, lastErrorCode: optStr })),
  'config.deliveryChannels': z.array(z.strictObject({ name: str, s3BucketName: optStr })),
  'guardduty.detectors': z.array(z.strictObject({ id: str, status: str })),
  'budgets.budgets': z.array(z.strictObject({ name: str, budgetType: str })),
  'budgets.alerts': z.array(z.strictObject({ type: str, threshold: z.number(), subscribers: z.number().int().nonnegative() })),
  'costexplorer.probe': z.strictObject({ enabled: z.literal(true) }),
};

export const collectErrorSchema = z.strictObject({
  service: str,
  operation: str,
  code: str,
  kind: z.enum(ERROR_KINDS),
  message: str,
});
