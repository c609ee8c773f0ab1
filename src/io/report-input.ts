import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { MergeInput } from '../engine/merge.js';
import { emptyTally, tallyInto } from '../engine/tally.js';
import { accountSchema, type JsonReport, reportSchema } from '../report/schema.js';
import { LARGE_INPUT_BYTES, loadStructuredFile, readRange, sizeOf, validateFile } from './input.js';
import { parsedJsonObject } from './json-text.js';
import { type ItemPlace, splitJsonArray } from './json-split.js';

// A module of its own: the report's schema is loaded by the commands that read reports (merge, diff,
// --history), never at the start of an audit.
/** A JSON report written by `audit --format json=FILE`, read and checked (as merge, diff and --history take it); `what` names it in errors. */
export async function readReport(file: string, cwd: string, what: 'report' | 'history' = 'report'): Promise<{ file: string; report: JsonReport }> {
  const loaded = await loadStructuredFile(resolve(cwd, file), what);
  return { file, report: await validateFile(reportSchema, { ...loaded, file }, what) };
}

/** From this size on, a report to merge is read an account at a time (a shard of a thousand accounts is ~130 MB). */
export const STREAM_REPORT_FROM_BYTES = LARGE_INPUT_BYTES;

type ReportAccount = JsonReport['accounts'][number];

/**
 * A report to merge. A large one is read an account at a time: each account is parsed, checked and
 * counted (the merge needs only the counts), then let go; its results are read again from their place
 * in the file when an output asks for them, and let go again. Anything that reading does not take as
 * it is (a file that is not a report, an account that is not valid, a key twice) is read whole, which
 * refuses it, saying where, in the same words.
 */
export async function readShard(file: string, cwd: string, streamFrom = STREAM_REPORT_FROM_BYTES): Promise<MergeInput> {
  const path = resolve(cwd, file);
  if (path.endsWith('.json') && sizeOf(path) >= streamFrom) {
    const streamed = streamReport(path, file);
    if (streamed) return streamed;
  }
  return readReport(file, cwd);
}

/** Text parsed as JSON and checked against a schema; undefined for anything the whole reading would refuse. `keys`: as the splitter counted them. */
function parsedAs<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, text: string, keys?: number): T | undefined {
  const data = parsedJsonObject(text, keys);
  if (!data) return undefined;
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

function streamReport(path: string, file: string): MergeInput | undefined {
  const split = splitJsonArray(path, 'accounts');
  if (!split || split.items.length === 0) return undefined;
  const envelope = parsedAs(reportSchema, split.envelope);
  if (!envelope) return undefined;
  const reader = accountReader(path, file);
  const tally = emptyTally();
  const accounts: ReportAccount[] = [];
  for (const place of split.items) {
    const account = parsedAs(accountSchema, reader.text(place), place.keys);
    if (!account) return undefined;
    tallyInto(tally, account.results);
    const { id } = account; // the closure holds the id only, not the account read
    accounts.push(lazyAccount(account, () => reader.read(place, id)));
  }
  return { file, report: { ...envelope, accounts }, tally };
}

/**
 * An account whose id, name and place in the organization are held, and whose results, check times and
 * suppressions are read from the file each time they are asked for (a JSON output reads them once).
 * Its keys are in the report's order, so that it is written as it was read.
 */
export function lazyAccount(account: ReportAccount, read: () => ReportAccount): ReportAccount {
  return {
    id: account.id,
    ...(account.name === undefined ? {} : { name: account.name }),
    ...(account.ou ? { ou: account.ou } : {}),
    partition: account.partition,
    regions: account.regions,
    get results() {
      return read().results;
    },
    get checks() {
      return read().checks;
    },
    get suppressions() {
      return read().suppressions;
    },
  };
}

/** Reads an account's text from its place; the last one read is kept (its results, checks and suppressions are asked for one after the other). */
function accountReader(path: string, file: string) {
  let last: { place: ItemPlace; account: ReportAccount } | undefined;
  const text = (place: ItemPlace): string => readRange(path, place.start, place.end).toString('utf8');
  const read = (place: ItemPlace, id: string): ReportAccount => {
    if (last?.place === place) return last.account;
    const account = parsedAs(accountSchema, text(place), place.keys); // other keys than counted: the file changed
    if (account?.id !== id) throw new InputError(`${file}: the report changed while it was being merged (account ${id}): merge it again`, `${file}: 結合中にレポートが変更されました(アカウント ${id}): 結合をやり直してください`);
    last = { place, account };
    return account;
  };
  return { text, read };
}
