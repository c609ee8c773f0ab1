import { describe } from 'vitest';
import cloudwatchLogs from '../../src/checks/cloudtrail/cloudwatch-logs.js';
import logValidation from '../../src/checks/cloudtrail/log-validation.js';
import multiRegion from '../../src/checks/cloudtrail/multi-region.js';
import type { EventSelectors, Trail, TrailStatus } from '../../src/facts/catalog.js';
import { ACCOUNT_ID, checkCases, denied, failure, fixCases, NOW, trailOf } from '../helpers.js';

const trail = trailOf;
const all: EventSelectors = { basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [] }], advanced: [] };
const logging: TrailStatus = { isLogging: true };

/** The same trail as every region reports it (home and shadows). */
function seen(trails: Trail[], regions = ['us-east-1', 'eu-west-1']) {
  return Object.fromEntries(regions.map((region) => [`cloudtrail.trails@${region}`, trails]));
}
function state(t: Trail, status: unknown, selectors: unknown = all) {
  return { [`cloudtrail.trailStatus@${t.arn}`]: status, [`cloudtrail.eventSelectors@${t.arn}`]: selectors };
}
const regions = ['us-east-1', 'eu-west-1'];
const scpDeny = (operation: string) => failure(operation, 'organization-denied', 'AccessDeniedException', `not authorized to perform: cloudtrail:${operation} with an explicit deny in a service control policy`);

describe('cloudtrail.multi-region', () => {
  const main = trail('main');
  checkCases(multiRegion, [
    { name: 'logging, all management events', regions, facts: { ...seen([main]), ...state(main, logging) }, expect: ['PASS'] },
    { name: 'no trail at all', regions, facts: seen([]), expect: ['FAIL'], keys: ['no-trail'] },
    { name: 'single-region trail only: named, to be made multi-region', regions, facts: seen([trail('local', { isMultiRegion: false })]), expect: ['FAIL'], keys: ['single-region-only'], messages: ['trail local records us-east-1 only'] },
    { name: "another account's single-region trail is not this account's to convert", regions, facts: seen([trail('theirs', { isMultiRegion: false, arn: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/theirs' })]), expect: ['FAIL'], keys: ['no-trail'] },
    { name: 'not logging', regions, facts: { ...seen([main]), ...state(main, { isLogging: false }) }, expect: ['FAIL'], keys: ['not-logging'] },
    {
      name: "a region the organization's SCP denies: the multi-region trail seen elsewhere is enough",
      regions,
      facts: { 'cloudtrail.trails@us-east-1': [main], 'cloudtrail.trails@eu-west-1': scpDeny('DescribeTrails'), ...state(main, logging) },
      expect: ['PASS'],
    },
    {
      name: 'a region the SCP denies and no trail anywhere readable: FAIL (a multi-region trail shows in every region)',
      regions,
      facts: { 'cloudtrail.trails@us-east-1': [], 'cloudtrail.trails@eu-west-1': scpDeny('DescribeTrails') },
      expect: ['FAIL'],
      keys: ['no-trail'],
    },
    {
      name: "the trail's home region is denied by the SCP: MANUAL, the verdict depends on it",
      regions,
      facts: (() => {
        const away = trail('away', { homeRegion: 'eu-west-1', arn: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT_ID}:trail/away` });
        return { ...seen([away]), ...state(away, scpDeny('GetTrailStatus'), scpDeny('GetEventSelectors')) };
      })(),
      expect: ['MANUAL'],
      keys: ['trail-denied-by-organization'],
      messages: ['eu-west-1'],
    },
    {
      name: 'every region denied by the SCP: MANUAL',
      regions,
      facts: { 'cloudtrail.trails@us-east-1': scpDeny('DescribeTrails'), 'cloudtrail.trails@eu-west-1': scpDeny('DescribeTrails') },
      expect: ['MANUAL'],
      keys: ['regions-denied-by-organization'],
    },
    { name: 'a region refused without an SCP stays ERROR', regions, facts: { 'cloudtrail.trails@us-east-1': [], 'cloudtrail.trails@eu-west-1': denied('DescribeTrails') }, expect: ['ERROR'] },
    {
      name: 'logging, but its S3 bucket is gone (LatestDeliveryError NoSuchBucket): no durable trace',
      regions,
      facts: (() => {
        const bucketless = trail('main', { s3BucketName: 'trail-logs' });
        return { ...seen([bucketless]), ...state(bucketless, { isLogging: true, latestDeliveryError: 'NoSuchBucket', latestDeliveryTime: '2026-11-01T00:00:00.000Z' }) };
      })(),
      expect: ['FAIL'],
      keys: ['delivery-error'],
      messages: ['trail-logs (NoSuchBucket)'],
    },
    {
      name: 'one trail delivers, another cannot: the one that delivers passes',
      regions,
      facts: (() => {
        const broken = trail('a-broken');
        return { ...seen([broken, main]), ...state(broken, { isLogging: true, latestDeliveryError: 'AccessDenied' }), ...state(main, logging) };
      })(),
      expect: ['PASS'],
    },
    {
      name: 'write-only management events',
      regions,
      facts: { ...seen([main]), ...state(main, logging, { basic: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, excludeManagementEventSources: [] }], advanced: [] }) },
      expect: ['FAIL'],
      keys: ['no-read-events'],
    },
    {
      name: 'excluded event sources are named',
      regions,
      facts: { ...seen([main]), ...state(main, logging, { basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'] }], advanced: [] }) },
      expect: ['FAIL'],
      keys: ['excluded-sources'],
      messages: ['kms.amazonaws.com'],
    },
    {
      name: 'advanced selectors: management events, read and write',
      regions,
      facts: { ...seen([main]), ...state(main, logging, { basic: [], advanced: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] }) },
      expect: ['PASS'],
    },
    {
      name: 'advanced selectors: read only',
      regions,
      facts: { ...seen([main]), ...state(main, logging, { basic: [], advanced: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['true'] }] }] }) },
      expect: ['FAIL'],
      keys: ['no-write-events'],
    },
    {
      name: 'advanced selectors combine as a union: one excludes KMS, another records everything',
      regions,
      facts: {
        ...seen([main]),
        ...state(main, logging, {
          basic: [],
          advanced: [
            { name: 'no-kms', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'eventSource', notEquals: ['kms.amazonaws.com'] }] },
            { name: 'all', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] },
          ],
        }),
      },
      expect: ['PASS'],
    },
    {
      name: 'two selectors that both leave KMS out still miss it',
      regions,
      facts: {
        ...seen([main]),
        ...state(main, logging, {
          basic: [],
          advanced: [
            { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'eventSource', notEquals: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'] }] },
            { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'eventSource', notEquals: ['kms.amazonaws.com'] }] },
          ],
        }),
      },
      expect: ['FAIL'],
      keys: ['excluded-sources'],
      messages: ['kms.amazonaws.com'],
    },
    {
      name: 'reads from one selector and writes from another make a whole',
      regions,
      facts: {
        ...seen([main]),
        ...state(main, logging, {
          basic: [],
          advanced: [
            { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['true'] }] },
            { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['false'] }] },
          ],
        }),
      },
      expect: ['PASS'],
    },
    {
      name: 'writes recorded in full, reads with KMS excluded: KMS is missed',
      regions,
      facts: {
        ...seen([main]),
        ...state(main, logging, {
          basic: [],
          advanced: [
            { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['false'] }] },
            { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['true'] }, { field: 'eventSource', notEquals: ['kms.amazonaws.com'] }] },
          ],
        }),
      },
      expect: ['FAIL'],
      keys: ['excluded-sources'],
    },
    {
      name: 'one good trail among bad ones passes',
      regions,
      facts: { ...seen([main, trail('stopped')]), ...state(main, logging), ...state(trail('stopped'), { isLogging: false }) },
      expect: ['PASS'],
      messages: ['main'],
    },
    {
      name: 'organization trail whose status a member cannot read: MANUAL naming the management account',
      regions,
      facts: { ...seen([trail('org', { isOrganizationTrail: true })]), ...state(trail('org', { isOrganizationTrail: true }), failure('GetTrailStatus', 'not-found', 'TrailNotFoundException')) },
      expect: ['MANUAL'],
      messages: ['999999999999'],
    },
    { name: 'status throttled', regions, facts: { ...seen([main]), ...state(main, failure('GetTrailStatus', 'throttled', 'ThrottlingException')) }, expect: ['ERROR'] },
    {
      name: 'the same, when who is asking is unknown: still the management account’s to verify',
      regions,
      facts: { 'sts.identity': denied('GetCallerIdentity'), ...seen([trail('org', { isOrganizationTrail: true })]), ...state(trail('org', { isOrganizationTrail: true }), denied('GetTrailStatus')) },
      expect: ['MANUAL'],
    },
    {
      name: 'a trail whose status was throttled does not hide a good one',
      regions,
      facts: { ...seen([trail('a-throttled'), trail('b-good')]), ...state(trail('a-throttled'), failure('GetTrailStatus', 'throttled', 'ThrottlingException')), ...state(trail('b-good'), logging) },
      expect: ['PASS'],
      messages: ['b-good'],
    },
    {
      name: 'a check that crashes on one trail is ERROR, whatever the next trail says',
      regions,
      facts: { ...seen([trail('a-broken'), trail('b-good')]), ...state(trail('a-broken'), null), ...state(trail('b-good'), logging) },
      expect: ['ERROR'],
      keys: ['engine.check-crashed'],
    },
    {
      name: 'several excluded sources are all named',
      regions,
      facts: { ...seen([main]), ...state(main, logging, { basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'] }], advanced: [] }) },
      expect: ['FAIL'],
      messages: ['kms.amazonaws.com, rdsdata.amazonaws.com'],
    },
    { name: 'trail list denied everywhere', regions, facts: { 'cloudtrail.trails@us-east-1': denied('DescribeTrails'), 'cloudtrail.trails@eu-west-1': denied('DescribeTrails') }, expect: ['ERROR'] },
  ]);
});

describe('cloudtrail.log-validation', () => {
  checkCases(logValidation, [
    { name: 'enabled, counted once across regions', regions, facts: seen([trail('main')]), expect: ['PASS'] },
    { name: 'disabled', regions, facts: seen([trail('main', { logFileValidation: false })]), expect: ['FAIL'] },
    { name: 'per trail', regions, facts: seen([trail('a'), trail('b', { logFileValidation: false })]), expect: ['PASS', 'FAIL'] },
    { name: 'no trails', regions, facts: seen([]), expect: ['SKIPPED'] },
    { name: 'a region unreadable is an ERROR of its own', regions, facts: { 'cloudtrail.trails@us-east-1': [trail('main')], 'cloudtrail.trails@eu-west-1': denied('DescribeTrails') }, expect: ['PASS', 'ERROR'] },
  ]);
});

describe('cloudtrail.cloudwatch-logs', () => {
  const group = 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*';
  const cw = trail('main', { cloudWatchLogsLogGroupArn: group });
  const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();
  checkCases(cloudwatchLogs, [
    { name: 'delivering', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, latestCloudWatchLogsDeliveryTime: hoursAgo(1) }) }, expect: ['PASS'] },
    { name: 'no delivery yet, logging for 2 hours: pending', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, startLoggingTime: hoursAgo(2) }) }, expect: ['PASS'], keys: ['starting'] },
    { name: 'no delivery in over a day of logging', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, startLoggingTime: hoursAgo(24) }) }, expect: ['FAIL'], keys: ['never-delivered'] },
    { name: 'no delivery and no known start', regions, facts: { ...seen([cw]), ...state(cw, logging) }, expect: ['FAIL'], keys: ['never-delivered'] },
    { name: 'not logging and never delivered', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: false }) }, expect: ['FAIL'], keys: ['not-logging'] },
    { name: 'not logging, delivered an hour ago', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: false, latestCloudWatchLogsDeliveryTime: hoursAgo(1) }) }, expect: ['FAIL'], keys: ['not-logging'] },
    { name: 'delivered 23 h ago: still fresh', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, latestCloudWatchLogsDeliveryTime: hoursAgo(23.9) }) }, expect: ['PASS'], keys: ['delivering'] },
    { name: 'delivered exactly 24 h ago: stale', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, latestCloudWatchLogsDeliveryTime: hoursAgo(24) }) }, expect: ['FAIL'], keys: ['stale'] },
    {
      name: 'an organization trail a member cannot read, who is asking unknown: MANUAL naming the management account',
      regions,
      facts: (() => {
        const org = trail('org', { isOrganizationTrail: true, cloudWatchLogsLogGroupArn: group });
        return { 'sts.identity': denied('GetCallerIdentity'), ...seen([org]), ...state(org, denied('GetTrailStatus')) };
      })(),
      expect: ['MANUAL'],
      messages: ['999999999999'],
    },
    {
      name: "an organization trail whose status a member reads without the delivery fields: MANUAL naming the owner, not 'never delivered'",
      regions,
      facts: (() => {
        const org = trail('org', { isOrganizationTrail: true, cloudWatchLogsLogGroupArn: group });
        return { ...seen([org]), ...state(org, { isLogging: true, startLoggingTime: hoursAgo(400) }) };
      })(),
      expect: ['MANUAL'],
      keys: ['owner-delivery-unknown'],
      messages: ['999999999999'],
    },
    { name: 'not configured', regions, facts: seen([trail('main')]), expect: ['FAIL'], keys: ['not-configured'] },
    { name: 'delivery error', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, latestCloudWatchLogsDeliveryError: 'AccessDenied' }) }, expect: ['FAIL'], keys: ['delivery-error'] },
    { name: 'last delivery older than 24 h', regions, facts: { ...seen([cw]), ...state(cw, { isLogging: true, latestCloudWatchLogsDeliveryTime: hoursAgo(30) }) }, expect: ['FAIL'], keys: ['stale'] },
    {
      name: 'one trail\'s status unreadable affects that trail alone',
      regions,
      facts: { ...seen([cw, trail('other', { cloudWatchLogsLogGroupArn: group })]), ...state(cw, { isLogging: true, latestCloudWatchLogsDeliveryTime: hoursAgo(1) }), ...state(trail('other'), denied('GetTrailStatus')) },
      expect: ['PASS', 'ERROR'],
    },
    { name: 'no trails', regions, facts: seen([]), expect: ['SKIPPED'] },
  ]);
});

describe('one step for the trail and what it lacks', () => {
  const local = trail('local', { isMultiRegion: false, logFileValidation: false });
  const localWithLogs = trail('local', { isMultiRegion: false, logFileValidation: false, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*' });
  const theirs = trail('theirs', { isMultiRegion: false, logFileValidation: false, arn: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/theirs' });
  const trailChecks = [multiRegion, logValidation, cloudwatchLogs];
  fixCases(trailChecks, [
    { name: 'a single-region trail without validation or logs: made multi-region in place, with both, covering all three', regions, facts: { ...seen([local]), ...state(local, logging) } },
    { name: 'a single-region trail that already delivers to CloudWatch Logs: made multi-region with validation, its logs left as they are', regions, facts: { ...seen([localWithLogs]), ...state(localWithLogs, { isLogging: true, latestCloudWatchLogsDeliveryTime: NOW.toISOString() }) } },
    { name: "another account's single-region trail: a new trail of our own", regions, facts: { ...seen([theirs]), ...state(theirs, logging) } },
    {
      name: 'two single-region trails of our own: the first made multi-region covers its own validation and logs only; the second gets its own steps',
      regions,
      facts: { ...seen([local, trail('second', { isMultiRegion: false, logFileValidation: false })]), ...state(local, logging), ...state(trail('second'), logging) },
    },
  ]);
  fixCases([multiRegion, logValidation], [{ name: 'CloudWatch Logs not asked for: the trail without logs', regions, facts: { ...seen([local]), ...state(local, logging) } }]);
});
