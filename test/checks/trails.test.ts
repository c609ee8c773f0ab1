// The trail helpers the CloudTrail checks share, as case tables: which management events a trail's
// selectors record (basic and advanced, as a union), which trails an account sees, and when a member
// account's unreadable trail is the organization's to verify.
import { describe, expect, it } from 'vitest';
import { isUnreadableOrgTrail, managementCoverage, trailInventory, trailOwner } from '../../src/checks/cloudtrail/trails.js';
import type { EventSelectors, Trail } from '../../src/facts/catalog.js';
import { CollectError } from '../../src/facts/errors.js';
import { createFacts } from '../../src/facts/store.js';
import { ACCOUNT_ID, denied, storeOf } from '../helpers.js';

type Basic = EventSelectors['basic'][number];
type Field = EventSelectors['advanced'][number]['fieldSelectors'][number];
const basic = (readWriteType: Basic['readWriteType'], includeManagementEvents = true, excludeManagementEventSources: string[] = []): EventSelectors => ({ basic: [{ readWriteType, includeManagementEvents, excludeManagementEventSources }], advanced: [] });
const advanced = (...selectors: Field[][]): EventSelectors => ({ basic: [], advanced: selectors.map((fieldSelectors) => ({ fieldSelectors })) });
const management: Field = { field: 'eventCategory', equals: ['Management'] };

describe('managementCoverage', () => {
  it.each<[string, EventSelectors, { read: boolean; write: boolean; excludedSources: string[] }]>([
    ['no selector records nothing', { basic: [], advanced: [] }, { read: false, write: false, excludedSources: [] }],
    ['a basic selector without management events', basic('All', false), { read: false, write: false, excludedSources: [] }],
    ['basic ReadOnly', basic('ReadOnly'), { read: true, write: false, excludedSources: [] }],
    ['basic WriteOnly', basic('WriteOnly'), { read: false, write: true, excludedSources: [] }],
    ['excluded sources, in name order', basic('All', true, ['rdsdata.amazonaws.com', 'kms.amazonaws.com']), { read: true, write: true, excludedSources: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'] }],
    ['advanced without an event category', advanced([{ field: 'readOnly', equals: ['true'] }]), { read: false, write: false, excludedSources: [] }],
    ['advanced: a category given only as what it is not', advanced([{ field: 'eventCategory', notEquals: ['Data'] }]), { read: false, write: false, excludedSources: [] }],
    ['advanced: data events only', advanced([{ field: 'eventCategory', equals: ['Data'] }]), { read: false, write: false, excludedSources: [] }],
    ['advanced: narrowed by event name', advanced([management, { field: 'eventName', equals: ['ConsoleLogin'] }]), { read: false, write: false, excludedSources: [] }],
    ['advanced: some sources only', advanced([management, { field: 'eventSource', equals: ['iam.amazonaws.com'] }]), { read: false, write: false, excludedSources: [] }],
    ['advanced: writes only', advanced([management, { field: 'readOnly', equals: ['false'] }]), { read: false, write: true, excludedSources: [] }],
    ['advanced: everything', advanced([management]), { read: true, write: true, excludedSources: [] }],
  ])('%s', (_, selectors, expected) => {
    expect(managementCoverage(selectors)).toEqual(expected);
  });
});

const trail = (name: string, account = ACCOUNT_ID, isOrganizationTrail = false): Trail => ({
  arn: `arn:aws:cloudtrail:us-east-1:${account}:trail/${name}`,
  name,
  homeRegion: 'us-east-1',
  isMultiRegion: true,
  isOrganizationTrail,
  logFileValidation: true,
});

describe('trailInventory', () => {
  it('counts each trail once, in ARN order, and names the regions it could not read', async () => {
    const store = storeOf({ 'cloudtrail.trails@us-east-1': [trail('b'), trail('a')], 'cloudtrail.trails@eu-west-1': [trail('a')], 'cloudtrail.trails@ap-south-1': denied('DescribeTrails') });
    const { trails, failures } = await trailInventory(createFacts(store, 'test'), ['us-east-1', 'eu-west-1', 'ap-south-1']);
    expect(trails.map((entry) => entry.name)).toEqual(['a', 'b']);
    expect(failures.map((failure) => [failure.region, failure.error.kind])).toEqual([['ap-south-1', 'access-denied']]);
  });
});

describe('trail ownership', () => {
  const denial = new CollectError({ service: 'cloudtrail', operation: 'GetTrailStatus', code: 'AccessDeniedException', kind: 'access-denied', message: 'denied' });
  const notFound = new CollectError({ ...denial.toJSON(), code: 'TrailNotFoundException', kind: 'not-found' });
  const throttled = new CollectError({ ...denial.toJSON(), code: 'ThrottlingException', kind: 'throttled' });

  it('reads the owner from the ARN', () => {
    expect(trailOwner(trail('org', '999999999999', true))).toBe('999999999999');
    expect(trailOwner({ ...trail('x'), arn: 'not-an-arn' })).toBe('unknown');
  });

  it.each([
    ['an organization trail of the management account, denied', trail('org', '999999999999', true), denial, true],
    ['… not found', trail('org', '999999999999', true), notFound, true],
    ['… throttled: an answer to wait for, not a member’s limit', trail('org', '999999999999', true), throttled, false],
    ['the account’s own organization trail', trail('org', ACCOUNT_ID, true), denial, false],
    ['a trail of another account that is no organization trail', trail('other', '999999999999'), denial, false],
  ])('%s', (_, subject, error, expected) => {
    expect(isUnreadableOrgTrail(subject, error, ACCOUNT_ID)).toBe(expected);
  });
});
