import { describe, expect, it } from 'vitest';
import bucketProtected from '../../src/checks/cloudtrail/bucket-protected.js';
import type { FactKey, Trail } from '../../src/facts/catalog.js';
import { createFacts, FactStore } from '../../src/facts/store.js';
import { ACCOUNT_ID, checkCases, denied, failure, trailOf } from '../helpers.js';

const trail = (name: string, bucket: string | undefined, fields: Partial<Trail> = {}): Trail => trailOf(name, { ...(bucket ? { s3BucketName: bucket } : {}), ...fields });
const regions = ['us-east-1', 'eu-west-1'];
const seen = (trails: Trail[]) => Object.fromEntries(regions.map((region) => [`cloudtrail.trails@${region}`, trails]));
const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const ALL_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
/** The bucket's own settings, the account's, its policy's status and its ACL's public grants. */
const bucket = (name: string, own: unknown, more: { account?: unknown; policyPublic?: unknown; grants?: unknown } = {}) => ({
  [`s3buckets.publicAccessBlock@${name}`]: own,
  ...('account' in more ? { 's3control.publicAccessBlock': more.account } : {}),
  ...('policyPublic' in more ? { [`s3buckets.policyPublic@${name}`]: more.policyPublic } : {}),
  ...('grants' in more ? { [`s3buckets.publicGrants@${name}`]: more.grants } : {}),
});
const main = trail('main', 'logs');

describe('cloudtrail.bucket-protected', () => {
  // S3 API Reference (GetPublicAccessBlock, GetBucketPolicyStatus, GetBucketAcl, ListBuckets); S3 User Guide, "Blocking
  // public access" (the stricter of the bucket's and the account's settings applies) and "The meaning of public".
  checkCases(bucketProtected, [
    { name: "the bucket's own four settings on (AWS's default for a new bucket)", regions, facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', ALL_ON) }, expect: ['PASS'], keys: ['protected'] },
    { name: "none of its own, the account's four on: protected", regions, facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', null, { account: ALL_ON }) }, expect: ['PASS'] },
    {
      name: 'some on the bucket, the rest on the account: each setting is the stricter of the two',
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', { ...ALL_OFF, BlockPublicAcls: true, IgnorePublicAcls: true }, { account: { ...ALL_OFF, BlockPublicPolicy: true, RestrictPublicBuckets: true } }) },
      expect: ['PASS'],
    },
    {
      name: 'not public, but settings off on both: FAIL naming them (a policy or ACL could open it)',
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', { ...ALL_OFF, BlockPublicAcls: true }, { account: null, policyPublic: false, grants: [] }) },
      expect: ['FAIL'],
      keys: ['open'],
      messages: ['leaves off: IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets'],
    },
    {
      name: 'public through its policy',
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', null, { account: null, policyPublic: true, grants: [] }) },
      expect: ['FAIL'],
      keys: ['public-policy'],
    },
    {
      name: 'public through its ACL: the grants named',
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', null, { account: null, policyPublic: false, grants: ['AllUsers READ', 'AuthenticatedUsers READ_ACP'] }) },
      expect: ['FAIL'],
      keys: ['public-acl'],
      messages: ['its ACL (AllUsers READ, AuthenticatedUsers READ_ACP)'],
    },
    { name: 'public through both', regions, facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', null, { account: null, policyPublic: true, grants: ['AllUsers READ'] }) }, expect: ['FAIL'], keys: ['public-policy-acl'] },
    {
      name: 'a public policy RestrictPublicBuckets cancels, with a setting off elsewhere: not public, still FAIL (policy not read)',
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', { ...ALL_ON, BlockPublicPolicy: false }, { account: null }) },
      expect: ['FAIL'],
      keys: ['open'],
      messages: ['leaves off: BlockPublicPolicy;'],
    },
    {
      name: 'a public ACL IgnorePublicAcls cancels: the ACL is not read',
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', { ...ALL_ON, BlockPublicAcls: false }, { account: { ...ALL_OFF }, policyPublic: true }) },
      expect: ['FAIL'],
      keys: ['open'],
    },
    {
      name: "another account's bucket (a log archive account): MANUAL naming it and its trails",
      regions,
      facts: { ...seen([trail('org', 'central-logs', { isOrganizationTrail: true }), trail('mine', 'central-logs')]), 's3buckets.owned': ['other'] },
      expect: ['MANUAL'],
      keys: ['elsewhere'],
      messages: ['Bucket central-logs (trails: mine, org) is not among the buckets this account owns'],
    },
    {
      name: 'two trails on one bucket are one finding; each bucket judged apart',
      regions,
      facts: { ...seen([main, trail('second', 'logs'), trail('third', 'open-logs')]), 's3buckets.owned': ['logs', 'open-logs'], ...bucket('logs', ALL_ON), ...bucket('open-logs', null, { account: null, policyPublic: true, grants: [] }) },
      expect: ['PASS', 'FAIL'],
      messages: ['(trails: main, second)', 'open-logs (trails: third)'],
    },
    {
      name: "an account in another partition (AWS in China): the bucket's ARN names it",
      regions,
      facts: { ...seen([main]), 'sts.identity': { accountId: ACCOUNT_ID, arn: `arn:aws-cn:iam::${ACCOUNT_ID}:user/auditor`, partition: 'aws-cn' }, 's3buckets.owned': ['logs'], ...bucket('logs', ALL_ON) },
      expect: ['PASS'],
    },
    { name: "who the caller is could not be read: the bucket's ARN in AWS's own partition", regions, facts: { ...seen([main]), 'sts.identity': denied('GetCallerIdentity'), 's3buckets.owned': ['logs'], ...bucket('logs', ALL_ON) }, expect: ['PASS'] },
    { name: 'no trail', regions, facts: seen([]), expect: ['SKIPPED'] },
    { name: 'a trail with no bucket named (not what AWS sends, but nothing to judge)', regions, facts: seen([trail('main', undefined)]), expect: ['SKIPPED'] },
    { name: "the account's bucket list refused: ERROR, never another account's", regions, facts: { ...seen([main]), 's3buckets.owned': denied('ListBuckets') }, expect: ['ERROR'] },
    { name: "no trail, and the account's bucket list refused: nothing to judge, and the refusal is no one's (asked for beside the trails)", regions, facts: { ...seen([]), 's3buckets.owned': denied('ListBuckets') }, expect: ['SKIPPED'] },
    { name: "the bucket's settings refused: ERROR", regions, facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', denied('GetPublicAccessBlock')) }, expect: ['ERROR'] },
    { name: "the bucket's own settings all on: the account's refused read does not matter", regions, facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', ALL_ON, { account: denied('GetPublicAccessBlock') }) }, expect: ['PASS'] },
    { name: "the bucket's leave one off and the account's are refused: ERROR", regions, facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', null, { account: denied('GetPublicAccessBlock') }) }, expect: ['ERROR'] },
    {
      name: "the policy's status refused where it matters: ERROR, never 'not public'",
      regions,
      facts: { ...seen([main]), 's3buckets.owned': ['logs'], ...bucket('logs', null, { account: null, policyPublic: denied('GetBucketPolicyStatus'), grants: [] }) },
      expect: ['ERROR'],
    },
    {
      name: 'a region whose trails cannot be listed is an ERROR of its own',
      regions,
      facts: { 'cloudtrail.trails@us-east-1': [main], 'cloudtrail.trails@eu-west-1': failure('DescribeTrails', 'throttled', 'ThrottlingException'), 's3buckets.owned': ['logs'], ...bucket('logs', ALL_ON) },
      expect: ['PASS', 'ERROR'],
    },
  ]);
});

describe('cloudtrail.bucket-protected, the order of its reads', () => {
  it("asks for the account's buckets beside the trails, not once every region's trails are known (one round trip less)", async () => {
    const asked: string[] = [];
    let answerTrails: () => void = () => undefined;
    const trailsHeld = new Promise<void>((resolve) => (answerTrails = resolve));
    const store = new FactStore(async (key: FactKey, qualifier) => {
      asked.push(key);
      if (key === 'cloudtrail.trails') {
        await trailsHeld;
        return [main];
      }
      if (key === 's3buckets.owned') return ['logs'];
      if (key === 's3buckets.publicAccessBlock') return ALL_ON;
      throw new Error(`not in this test: ${key}@${qualifier ?? ''}`);
    });
    const judged = bucketProtected.evaluate({ facts: createFacts(store), region: undefined, regions, identity: undefined, settings: { rootUnusedDays: 90, paidCalls: true }, now: new Date() });
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked).toContain('s3buckets.owned');
    expect(asked).not.toContain('s3buckets.publicAccessBlock');
    answerTrails();
    expect((await judged).map((outcome) => outcome.status)).toEqual(['PASS']);
  });
});
