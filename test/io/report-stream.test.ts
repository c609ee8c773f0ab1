import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { emptyTally, tallyInto } from '../../src/engine/tally.js';
import { readShard, STREAM_REPORT_FROM_BYTES } from '../../src/io/report-input.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';
import { timeless } from '../helpers.js';

/**
 * A report to merge past STREAM_REPORT_FROM_BYTES is read an account at a time, its results read again
 * from the file as they are written; a smaller one whole. Both must give the same merged reports and
 * refuse the same files in the same words.
 */
const STREAMED = 0;
const WHOLE = Number.POSITIVE_INFINITY;
const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-report-stream-'));

type Entry = { account: { id: string; name?: string }; facts: Record<string, { value?: { accountId?: string } }> };

/** The five sample accounts, eighteen times over, each under an id of its own: two shards of ~6 MB of report each. */
function manyAccounts(): string {
  const several = JSON.parse(readFileSync('fixtures/accounts/several.json', 'utf8')) as { accounts: Entry[] };
  const accounts = Array.from({ length: 90 }, (_, index) => {
    const entry = structuredClone(several.accounts[index % several.accounts.length]) as Entry;
    const id = String(400000000000 + index * 7919);
    entry.account = { ...entry.account, id, name: `${entry.account.name ?? 'account'} ${index}` };
    const identity = entry.facts['sts.identity']?.value;
    if (identity) identity.accountId = id;
    return entry;
  });
  const file = join(dir, 'many.json');
  writeFileSync(file, JSON.stringify({ ...several, accounts }));
  return file;
}

const shardFiles: string[] = [];
let snapshot = '';

beforeAll(async () => {
  snapshot = manyAccounts();
  for (const index of [1, 2]) {
    const file = join(dir, `shard-${index}.json`);
    const run = await runCli(['audit', '--snapshot', snapshot, '--shard', `${index}/2`, '--format', `json=${file}`, '--fail-on', 'none', '--allow-incomplete']);
    expect(run.code, run.stderr).toBe(0);
    shardFiles.push(file);
  }
});

/** The refusal a reading gives, in English. */
async function refusal(file: string, streamFrom: number): Promise<string> {
  try {
    await readShard(file, dir, streamFrom);
  } catch (error) {
    if (error instanceof InputError) return error.text('en');
    throw error;
  }
  throw new Error(`${file} was taken`);
}

describe('a large report to merge, read an account at a time', () => {
  it('is large enough to be streamed, and merges into the report of the whole audit, in JSON, CSV and Markdown', async () => {
    for (const file of shardFiles) expect(statSync(file).size).toBeGreaterThan(STREAM_REPORT_FROM_BYTES);
    const formats = ['json', 'csv', 'markdown'] as const;
    const whole = await runCli(['audit', '--snapshot', snapshot, '--fail-on', 'none', '--allow-incomplete', ...formats.flatMap((format) => ['--format', `${format}=${join(dir, `whole.${format}`)}`])]);
    const merged = await runCli(['merge', ...shardFiles, '--allow-incomplete', ...formats.flatMap((format) => ['--format', `${format}=${join(dir, `merged.${format}`)}`])]);
    expect([merged.code, whole.code]).toEqual([0, 0]);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(timeless(JSON.parse(read('merged.json')) as JsonReport)).toEqual(timeless(JSON.parse(read('whole.json')) as JsonReport));
    expect(read('merged.csv')).toBe(read('whole.csv'));
    expect(read('merged.markdown')).toBe(read('whole.markdown'));
  });

  it('holds each account without its results, reading them from the file as asked, and counts them as the whole reading does', async () => {
    const [file] = shardFiles as [string];
    const streamed = await readShard(file, dir, STREAMED);
    const whole = await readShard(file, dir, WHOLE);
    const results = Object.getOwnPropertyDescriptor(streamed.report.accounts[0], 'results') ?? {};
    expect(['get' in results, 'value' in results]).toEqual([true, false]);
    expect(whole.tally).toBeUndefined();
    expect(JSON.stringify(streamed.report)).toBe(JSON.stringify(whole.report));
    expect(streamed.tally).toEqual(whole.report.accounts.reduce((tally, account) => tallyInto(tally, account.results), emptyTally()));
  });

  it('refuses what the whole reading refuses, in the same words', async () => {
    const text = readFileSync(shardFiles[0] as string, 'utf8');
    const broken: [string, string][] = [
      ['a status no report has', text.replace('"status": "FAIL"', '"status": "MAYBE"')],
      ['a key twice in an account', text.replace('"status": "FAIL",', '"status": "FAIL", "status": "PASS",')],
      ['a key twice at the top', text.replace('"lang": "en",', '"lang": "en", "lang": "ja",')],
      ['an unknown key in an account', text.replace('"partition": "aws",', '"partition": "aws", "extra": 1,')],
      ['a report of another schema version', text.replace('"schemaVersion": 1,', '"schemaVersion": 99,')],
      ['JSON cut short', text.slice(0, text.length / 2)],
    ];
    for (const [what, changed] of broken) {
      expect(changed, what).not.toBe(text);
      const file = join(dir, `broken-${what.replaceAll(' ', '-')}.json`);
      writeFileSync(file, changed);
      const whole = await refusal(file, WHOLE);
      expect(await refusal(file, STREAMED), what).toBe(whole);
    }
  });

  it('refuses a report changed while it is merged, by name', async () => {
    const file = join(dir, 'changing.json');
    const text = readFileSync(shardFiles[0] as string, 'utf8');
    writeFileSync(file, text);
    const streamed = await readShard(file, dir, STREAMED);
    writeFileSync(file, text.replace(/"id": "(\d{12})"/, '"id": "999999999999"'));
    const [first] = streamed.report.accounts as [JsonReport['accounts'][number]];
    expect(() => first.results).toThrow(`${file}: the report changed while it was being merged (account ${first.id}): merge it again`);
  });
});
