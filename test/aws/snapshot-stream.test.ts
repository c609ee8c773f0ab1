import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LoadedSnapshot, loadSnapshot } from '../../src/aws/snapshot.js';

/**
 * A snapshot of several accounts past STREAM_FROM_BYTES is read an account at a time; a smaller one
 * whole. Both readings must agree on everything: the accounts, and every refusal, word for word (read
 * an account at a time, an account's refusal comes when it is opened).
 */
const STREAMED = 0;
const WHOLE = Number.POSITIVE_INFINITY;

type Entry = { account: { id: string; name?: string }; regions: string[]; facts: Record<string, { value?: unknown }> };
const sampleEntry = (name: string, id: string): Entry => {
  const one = JSON.parse(readFileSync(`fixtures/accounts/${name}.json`, 'utf8')) as Entry & { account: { id: string } };
  const identity = one.facts['sts.identity'] as { value: { accountId: string; arn: string } };
  identity.value.accountId = id;
  return { account: { ...one.account, id, name: `${name} ${id}` }, regions: one.regions, facts: one.facts };
};

function organization(): Record<string, unknown> {
  return {
    format: 'aws-baseline-snapshot',
    version: 2,
    collectedAt: '2026-11-20T09:00:00.000Z',
    // Japanese before the accounts: places in the file are bytes, not characters.
    organization: { id: 'o-日本語', managementAccountId: '111111111111' },
    accounts: [sampleEntry('insecure', '111111111111'), sampleEntry('hardened', '222222222222'), sampleEntry('new-account', '333333333333')],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-stream-'));
let written = 0;
const write = (text: string) => {
  const file = join(dir, `snapshot-${(written += 1)}.json`);
  writeFileSync(file, text);
  return file;
};

const readAll = async (snapshot: LoadedSnapshot) => ({ ...snapshot, accounts: await Promise.all(snapshot.accounts.map(async (entry) => ({ account: entry.account, read: await entry.read() }))) });

async function refusal(file: string, streamFrom: number): Promise<string> {
  try {
    await readAll(await loadSnapshot(file, streamFrom));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was taken`);
}

describe('a snapshot of several accounts read an account at a time', () => {
  it('holds the same accounts as read whole, in any layout', async () => {
    const { accounts, ...envelope } = organization();
    // Pretty, on one line, and the accounts before what tells the file's version and date.
    for (const text of [JSON.stringify(organization(), null, 2), JSON.stringify(organization()), JSON.stringify({ accounts, ...envelope })]) {
      const file = write(text);
      const streamed = await loadSnapshot(file, STREAMED);
      const whole = await readAll(await loadSnapshot(file, WHOLE));
      expect(whole.accounts.map((entry) => entry.account.id)).toEqual(['111111111111', '222222222222', '333333333333']);
      expect(await readAll(await loadSnapshot(file, STREAMED))).toEqual(whole);
      // Read from the file when opened, not held: streamed, not read whole after all.
      writeFileSync(file, '');
      await expect(streamed.accounts[0]?.read()).rejects.toThrow(/the snapshot changed while it was being read/);
    }
  });

  it('reads an account only when opened, from its place in the file', async () => {
    const file = write(JSON.stringify(organization(), null, 2));
    const snapshot = await loadSnapshot(file, STREAMED);
    const [, second] = snapshot.accounts;
    // The file changed under the audit: that account is refused, never read as another.
    const changed = organization();
    (changed.accounts as Entry[])[1]!.account.id = '999999999999';
    writeFileSync(file, JSON.stringify(changed, null, 2));
    await expect(second?.read()).rejects.toThrow(/snapshot-\d+\.json: the snapshot changed while it was being read \(account 222222222222\)/);
  });

  it('refuses every account once the file is written to, even into another valid one of the same length', async () => {
    const file = write(JSON.stringify(organization(), null, 2));
    const snapshot = await loadSnapshot(file, STREAMED);
    const text = readFileSync(file, 'utf8');
    // The same id, the same place, valid JSON: only its name differs (the account named is not the one read).
    writeFileSync(file, text.replace('"hardened 222222222222"', '"hardenex 222222222222"'));
    expect(readFileSync(file, 'utf8')).not.toBe(text);
    await expect(snapshot.accounts[1]?.read()).rejects.toThrow(/snapshot-\d+\.json: the snapshot changed while it was being read \(account 222222222222\)/);
    await expect(snapshot.accounts[0]?.read()).rejects.toThrow(/the snapshot changed while it was being read \(account 111111111111\)/);
  });

  it('names every account before any is read, and checks each when it is opened', async () => {
    const corrupt = organization();
    ((corrupt.accounts as Entry[])[1]!.facts['guardduty.detectors@us-east-1'] as { value: { status: unknown }[] }).value[0]!.status = 42;
    const snapshot = await loadSnapshot(write(JSON.stringify(corrupt, null, 2)), STREAMED);
    expect(snapshot.accounts.map((entry) => entry.account)).toEqual((corrupt.accounts as Entry[]).map((entry) => entry.account));
    expect((await snapshot.accounts[0]!.read()).account.id).toBe('111111111111');
    expect((await snapshot.accounts[2]!.read()).account.id).toBe('333333333333');
    await expect(snapshot.accounts[1]!.read()).rejects.toThrow(/invalid snapshot:\n.*accounts\[1\]\.facts\["guardduty\.detectors@us-east-1"\]\.value\[0\]\.status/);
  });

  const corruptions: [string, (snapshot: Record<string, unknown>) => string][] = [
    ['a fact of the wrong shape in the second account', (snapshot) => {
      ((snapshot.accounts as Entry[])[1]!.facts['guardduty.detectors@us-east-1'] as { value: { status: unknown }[] }).value[0]!.status = 42;
      return JSON.stringify(snapshot, null, 2);
    }],
    ['an unknown fact in the last account', (snapshot) => {
      (snapshot.accounts as Entry[])[2]!.facts['iam.noSuchFact'] = { value: {} };
      return JSON.stringify(snapshot, null, 2);
    }],
    ['another account\'s identity', (snapshot) => {
      ((snapshot.accounts as Entry[])[1]!.facts['sts.identity'] as { value: { accountId: string } }).value.accountId = '123123123123';
      return JSON.stringify(snapshot, null, 2);
    }],
    ['an account twice', (snapshot) => {
      (snapshot.accounts as Entry[])[2]!.account.id = '111111111111';
      ((snapshot.accounts as Entry[])[2]!.facts['sts.identity'] as { value: { accountId: string } }).value.accountId = '111111111111';
      return JSON.stringify(snapshot, null, 2);
    }],
    ['an unknown key at the top', (snapshot) => JSON.stringify({ ...snapshot, extra: 1 }, null, 2)],
    ['an unknown key in an account', (snapshot) => JSON.stringify({ ...snapshot, accounts: [...(snapshot.accounts as Entry[]), { ...(snapshot.accounts as Entry[])[0], id: 1 }] }, null, 2)],
    ['no account', (snapshot) => JSON.stringify({ ...snapshot, accounts: [] }, null, 2)],
    ['accounts that are not a list', (snapshot) => JSON.stringify({ ...snapshot, accounts: { a: (snapshot.accounts as Entry[])[0] } }, null, 2)],
    ['another version, said before its accounts', (snapshot) => JSON.stringify({ ...snapshot, version: 1 }, null, 2)],
    ['no date', (snapshot) => JSON.stringify({ ...snapshot, collectedAt: undefined }, null, 2)],
    ['a key twice in an account', (snapshot) => JSON.stringify(snapshot, null, 2).replace('"name": "hardened 222222222222"', '"name": "a", "name": "b"')],
    ['a key twice at the top', (snapshot) => JSON.stringify(snapshot, null, 2).replace('"version": 2,', '"version": 2, "version": 2,')],
    ['a syntax error in an account', (snapshot) => JSON.stringify(snapshot, null, 2).replace('"hardened 222222222222"', '"hardened" 222222222222')],
    ['a file cut short', (snapshot) => JSON.stringify(snapshot, null, 2).slice(0, 5000)],
    ['a list at the top', (snapshot) => JSON.stringify([snapshot])],
  ];
  for (const [name, corrupt] of corruptions) {
    it(`refuses ${name} in the same words as read whole`, async () => {
      const file = write(corrupt(organization()));
      const whole = await refusal(file, WHOLE);
      expect(whole).toContain(file);
      expect(await refusal(file, STREAMED)).toBe(whole);
    });
  }
});
