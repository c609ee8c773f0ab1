import { describe, expect, it } from 'vitest';
import { CollectError } from '../../src/facts/errors.js';
import { createFacts, FactStore, staticLoader } from '../../src/facts/store.js';

const error = { service: 'guardduty', operation: 'ListDetectors', code: 'AccessDenied', kind: 'access-denied' as const, message: 'denied' };
const loader = () => staticLoader({ 'sts.identity': { value: { accountId: '111111111111', arn: 'arn:aws:iam::111111111111:root', partition: 'aws' } }, 'guardduty.detectors@us-east-1': { error } }, 'snapshot s.json');

describe('the fact store over fixed data (a snapshot)', () => {
  it('answers a value, a recorded failure as a CollectError, and a missing fact as one that asks for a new snapshot', async () => {
    const store = new FactStore(loader());
    expect(await store.get('sts.identity')).toMatchObject({ accountId: '111111111111' });
    const failed = await store.get('guardduty.detectors', 'us-east-1').catch((caught: unknown) => caught);
    expect(failed).toBeInstanceOf(CollectError);
    expect((failed as CollectError).toJSON()).toEqual(error);
    const missing = await store.get('guardduty.detectors', 'eu-west-1').catch((caught: unknown) => caught);
    expect((missing as CollectError).toJSON()).toMatchObject({ kind: 'missing', code: 'FactMissing', message: 'guardduty.detectors@eu-west-1 is not in snapshot s.json' });
    // Each stored key is read once, and kept as it settled.
    expect(store.get('sts.identity')).toBe(store.get('sts.identity'));
    expect(Object.keys(await store.entries())).toEqual(['guardduty.detectors@eu-west-1', 'guardduty.detectors@us-east-1', 'sts.identity']);
  });

  it('keeps who read what only when asked to (tests prove each check reads what it declares)', async () => {
    const tracked = new FactStore(loader(), { trackReaders: true });
    await createFacts(tracked, 'a-check').sts.identity();
    expect(tracked.readBy('a-check')).toEqual(['sts.identity']);
    const untracked = new FactStore(loader());
    await createFacts(untracked, 'a-check').sts.identity();
    expect(() => untracked.readBy('a-check')).toThrow(/not asked to keep its readers/);
  });
});
