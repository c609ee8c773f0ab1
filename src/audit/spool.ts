// The accounts a spread audit's processes hand over, kept in a file of their own rather than in memory
// (~0.3 MB an account: ~300 MB at 1,000), each read back when an output asks for it, as merge reads a
// large shard (io/report-input.ts). What the merge needs, the results' counts, is counted on arrival.
import { closeSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Tally, tallyInto } from '../engine/tally.js';
import { readRange } from '../io/input.js';
import { lazyAccount } from '../io/report-input.js';
import { isRunning } from '../io/write.js';
import type { JsonReport } from '../report/schema.js';

type ReportAccount = JsonReport['accounts'][number];

export interface AccountSpool {
  /** Writes the account (checked already) to the file; what is kept of it reads the rest back when asked. */
  add(account: ReportAccount, tally: Tally): ReportAccount;
  /** Removes the file (at the process's exit at the latest). */
  close(): void;
}

const SPOOL_NAME = /^aws-baseline-spool-(\d+)-[0-9a-z]+\.jsonl$/;

/** A spool whose process was killed outright (SIGKILL) stayed behind: the next spread audit removes it. */
function removeStale(folder: string): void {
  for (const name of readdirSync(folder)) {
    const pid = SPOOL_NAME.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(folder, name), { force: true });
  }
}

export function accountSpool(folder = tmpdir()): AccountSpool {
  removeStale(folder);
  const path = join(folder, `aws-baseline-spool-${process.pid}-${Date.now().toString(36)}.jsonl`);
  const fd = openSync(path, 'wx', 0o600);
  let written = 0;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    closeSync(fd);
    rmSync(path, { force: true });
    process.removeListener('exit', close);
  };
  process.once('exit', close);
  // The account read last is kept: its results, checks and suppressions are asked for one after the other.
  let last: { start: number; account: ReportAccount } | undefined;
  return {
    add(account, tally) {
      tallyInto(tally, account.results);
      const bytes = Buffer.from(`${JSON.stringify(account)}\n`);
      const start = written;
      const end = start + bytes.length - 1; // the newline left out (the closure holds numbers, not the bytes)
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset, start + offset);
      written += bytes.length;
      return lazyAccount(account, () => {
        if (last?.start !== start) last = { start, account: JSON.parse(readRange(path, start, end).toString('utf8')) as ReportAccount };
        return last.account;
      });
    },
    close,
  };
}

