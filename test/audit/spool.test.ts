import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountSpool } from '../../src/audit/spool.js';
import { emptyTally, tallyInto } from '../../src/engine/tally.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';

describe("a spread audit's spool", () => {
  it('keeps each account in a file, not in memory: read back whole when asked for, its results counted on arrival, the file removed at the end', async () => {
    const report = JSON.parse((await runCli(['audit', '--snapshot', 'fixtures/accounts/several.json', '--format', 'json'])).stdout) as JsonReport;
    expect(report.accounts.length).toBeGreaterThan(1);
    const before = new Set(readdirSync(tmpdir()));
    const spool = accountSpool();
    const file = readdirSync(tmpdir()).find((name) => !before.has(name) && name.startsWith('aws-baseline-spool-'));
    expect(file).toBeDefined();
    const tally = emptyTally();
    const kept = report.accounts.map((account) => spool.add(account, tally));
    // Held: who and where; the results, checks and suppressions are getters that read the file.
    expect(typeof Object.getOwnPropertyDescriptor(kept[0], 'results')?.get).toBe('function');
    expect(JSON.parse(JSON.stringify(kept))).toEqual(report.accounts);
    const counted = report.accounts.reduce((sum, account) => tallyInto(sum, account.results), emptyTally());
    expect(tally.byStatus).toEqual(counted.byStatus);
    expect(tally.failuresBySeverity).toEqual(counted.failuresBySeverity);
    spool.close();
    expect(existsSync(`${tmpdir()}/${file}`)).toBe(false);
    // The first account was not the last read: its results come from the file, which is gone.
    expect(() => kept[0]?.results).toThrow();
  });

  it("removes a spool its process left behind when killed outright, never a running process's", () => {
    const folder = mkdtempSync(join(tmpdir(), 'aws-baseline-spools-'));
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(folder, `aws-baseline-spool-${ended}-abc.jsonl`), '{}\n');
    writeFileSync(join(folder, `aws-baseline-spool-${process.pid}-abc.jsonl`), '{}\n');
    writeFileSync(join(folder, 'aws-baseline-spool-notes.txt'), 'not a spool');
    const spool = accountSpool(folder);
    const left = readdirSync(folder).filter((name) => !name.startsWith(`aws-baseline-spool-${process.pid}-`) || name.endsWith('-abc.jsonl'));
    expect(left.sort()).toEqual([`aws-baseline-spool-${process.pid}-abc.jsonl`, 'aws-baseline-spool-notes.txt']);
    spool.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
