import { spawn } from 'node:child_process';
import { CHILD_V8_FLAGS } from './capped.js';
import { availableParallelism } from 'node:os';
import { type AuditFlags, gateStale, type ResolvedAudit } from './audit.js';
import { liveOptions } from './sources.js';
import { EXIT } from '../engine/gate.js';
import { type MergeInput, mergeReports } from '../engine/merge.js';
import { AuditNotFinished, InputError, nothingJudged } from '../core/errors.js';
import type { Io } from '../io/io.js';
import type { ReportAccount } from '../engine/report.js';
import { type ChildMessage, type FactAnswerBody, isAuditedAccount, isChildReady, isClaimRequest, isFactRequest, type ListingMessage, type ProgressEvent } from '../process/progress-event.js';
import { accountProgress } from '../process/progress.js';
import { accountSchema, type JsonReport, reportSchema } from '../report/schema.js';
import { type AccountSpool, accountSpool } from './spool.js';
import { type Tally, tallyInto, emptyTally } from '../engine/tally.js';
import type { AwsSession } from '../aws/session.js';
import { isFactKey } from '../facts/catalog.js';
import { isCollectError } from '../facts/errors.js';
import type { FactStore } from '../facts/store.js';

/** More processes than this gain little: the loopback and AWS's own rate limits set the pace then. */
const MOST_PROCESSES = 4;

/**
 * How many processes audit the accounts: one per CPU core (at most 4) for a live audit of several
 * accounts, unless --parallel says otherwise. A shard of a CI matrix, or a run that cannot start
 * itself again (in-process, as tests run it) stays in this process.
 */
export function processCount(parallel: number | 'auto', resolved: ResolvedAudit, io: Io): number {
  if (!resolved.accounts || resolved.shard || io.claim || !io.self || !io.argv) return 1;
  const accounts = resolved.accounts === 'organization' ? Number.POSITIVE_INFINITY : resolved.accounts.length;
  const wanted = parallel === 'auto' ? Math.min(availableParallelism(), MOST_PROCESSES) : parallel;
  return Math.max(1, Math.min(wanted, accounts));
}

/**
 * Options whose value the parent decides for each child (a spread audit never has a --shard of its own);
 * anything else is passed on as given. The baseline and the history are the whole report's: a child
 * given --write-baseline would write its part over the file.
 */
const PARENT_ONLY = new Set(['--format', '--parallel', '--baseline', '--write-baseline', '--history']);
const PARENT_ONLY_SWITCHES = new Set(['--quiet', '--no-color', '--prune-baseline']);

/** The child's arguments: the user's, less outputs and process count, plus a JSON report on stdout. */
export function childArguments(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let position = 0; position < argv.length; position += 1) {
    const arg = argv[position] ?? '';
    const name = arg.split('=')[0] ?? arg;
    if (PARENT_ONLY_SWITCHES.has(arg)) continue;
    if (PARENT_ONLY.has(name)) {
      if (!arg.includes('=')) position += 1; // its value is the next argument
      continue;
    }
    kept.push(arg);
  }
  return [...kept, '--format', 'json', '--quiet'];
}

/** A child's report, checked like any input, with the accounts it handed over (each checked as it came); its results counted. */
function checkedReport(run: ChildRun, count: number): MergeInput {
  const invalid = (problem: string) => new Error(`process ${run.index} of ${count} wrote no valid report: ${problem}`);
  const checked = reportSchema.safeParse(JSON.parse(run.stdout));
  if (!checked.success) throw invalid(checked.error.message);
  const [problem] = run.invalid;
  if (problem !== undefined) throw invalid(problem);
  for (const account of checked.data.accounts) tallyInto(run.tally, account.results);
  return { file: `process ${run.index}/${count}`, report: { ...checked.data, accounts: [...checked.data.accounts, ...run.accounts] }, tally: run.tally };
}

interface ChildRun {
  index: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The accounts it audited, handed over one by one as each was done (spooled: read back when asked for). */
  accounts: ReportAccount[];
  /** Their results counted as they came. */
  tally: Tally;
  /** Why an account it handed over was not one (zod's message). */
  invalid: string[];
}

/** A child at work: how it ends, and what it is told (kept until it listens). */
interface Child {
  finished: Promise<ChildRun>;
  tell: (message: ListingMessage) => void;
}

function runChild(io: Io, self: readonly string[], args: string[], index: number, claimed: Map<string, number>, spool: AccountSpool, answerFact: (key: string) => Promise<FactAnswerBody>, onProgress: (event: ProgressEvent) => void): Child {
  const [command = process.execPath, ...prefix] = self;
  const child = spawn(command, [...CHILD_V8_FLAGS, ...prefix, ...args], { cwd: io.cwd, env: { ...io.env, AWS_BASELINE_SPREAD_IPC: '1' }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  const accounts: ReportAccount[] = [];
  const tally = emptyTally();
  const invalid: string[] = [];
  // A process drops what it is sent before it listens: the listing waits for it to say it does.
  let untold: ListingMessage[] | undefined = [];
  const tell = (message: ListingMessage) => (untold ? untold.push(message) : child.send(message, () => undefined));
  child.on('message', (message: ChildMessage) => {
    if (isChildReady(message)) {
      for (const waiting of untold ?? []) child.send(waiting, () => undefined);
      untold = undefined;
      return;
    }
    // Checked as it arrives (a thousand accounts checked at the end would hold a second copy of them all).
    if (isAuditedAccount(message)) {
      const checked = accountSchema.safeParse(message.audited);
      return void (checked.success ? accounts.push(spool.add(checked.data, tally)) : invalid.push(checked.error.message));
    }
    if (isFactRequest(message)) return void answerFact(message.fact).then((answer) => child.send({ ...answer, ask: message.ask }, () => undefined));
    if (!isClaimRequest(message)) return onProgress(message);
    const granted = !claimed.has(message.claim);
    if (granted) claimed.set(message.claim, index);
    // A child that has just died cannot hear the answer: its end is reported by its exit, below.
    child.send({ claim: message.claim, granted }, () => undefined);
  });
  // Whatever ends this process ends its children too: no audit goes on unseen.
  const stop = () => child.kill();
  process.once('exit', stop);
  const finished = new Promise<ChildRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.removeListener('exit', stop);
      resolve({ index, code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), accounts, tally, invalid });
    });
  });
  return { finished, tell };
}

/**
 * The organization's accounts and tree, listed here once and told to every process as they come (each
 * process used to list them all again: ~100 Organizations calls each at 1,000 accounts, the API with the
 * lowest rate limit), in the session that also reads the facts every process reads alike (answerFact).
 */
async function listFor(children: readonly Child[], caller: () => Promise<CallerReads>, resolved: ResolvedAudit, io: Io): Promise<void> {
  const [{ session }, { organizationListing }] = await Promise.all([caller(), import('./organization.js')]);
  const tell = (message: ListingMessage) => children.forEach((child) => child.tell(message));
  const listing = await organizationListing(session, resolved, io);
  void listing.tree.then(
    (tree) => tell({ units: tree ? [...tree] : null }),
    () => undefined, // with --ous, the pages say why it could not be read
  );
  for await (const page of listing.pages) tell({ page });
  tell({ end: listing.notListed() ?? null });
  await listing.tree.catch(() => undefined);
}

/** The caller's session, and its facts that every process reads alike, read here once for all of them. */
interface CallerReads {
  session: AwsSession;
  store: FactStore;
}

/** The caller's session and store, opened when first asked for; what it sent (nothing if it never was). */
function callerReads(flags: AuditFlags, resolved: ResolvedAudit, io: Io): { open: () => Promise<CallerReads>; operations: () => Promise<string[]> } {
  let opened: Promise<CallerReads> | undefined;
  const open = () =>
    (opened ??= (async () => {
      const { callerSession, liveStore } = await import('../aws/live.js');
      const options = liveOptions(flags, resolved, io);
      const session = await callerSession(options);
      return { session, store: liveStore(session, options) };
    })());
  return { open, operations: async () => (opened ? (await opened).session.operations() : []) };
}

/** A fact a process asked for (one of ALIKE_IN_EVERY_PROCESS, read once here), or the error its read ended with. */
async function answerFact(caller: () => Promise<CallerReads>, key: string): Promise<FactAnswerBody> {
  try {
    const { ALIKE_IN_EVERY_PROCESS } = await import('../aws/live.js');
    if (!isFactKey(key) || !ALIKE_IN_EVERY_PROCESS.has(key)) throw new Error(`${key} is not read for every process`);
    return { value: await (await caller()).store.get(key) };
  } catch (error) {
    if (isCollectError(error)) return { error: error.toJSON() };
    return { error: { service: 'aws-baseline', operation: key, code: 'ParentRead', kind: 'unknown', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * A live audit of many accounts spread over `count` processes of this CLI. This one lists the
 * organization once and tells each process every page as it comes (listFor); each audits those it is
 * granted (see Io.claim: the first process with room for an account takes it, so that none idles while
 * another still has a queue) and hands each over as it is done (Io.accountSink), then writes its JSON
 * report of the rest; they are merged into the report one process would have written. The caller's
 * identity is read once per process; the caller's facts that every process reads alike (the organization,
 * Firewall Manager's administrator), here once for all of them (answerFact).
 */
export async function auditInProcesses(count: number, flags: AuditFlags, resolved: ResolvedAudit, io: Io, progressShown: boolean): Promise<{ report: JsonReport; tally: Tally; operations: string[] }> {
  const { self, argv } = io;
  if (!self || !argv) throw new Error('a spread audit needs the command that started this one');
  const progress = accountProgress(io, resolved.lang, progressShown);
  const claimed = new Map<string, number>();
  // Every process lists every account: the most any has listed so far is the total.
  let listed = 0;
  const spool = accountSpool();
  const caller = callerReads(flags, resolved, io);
  const children = Array.from({ length: count }, (_, offset) =>
    runChild(io, self, childArguments(argv), offset + 1, claimed, spool, (key) => answerFact(caller.open, key), (event) => {
      if ('listed' in event) {
        if (event.listed > listed) progress.listed((listed = event.listed));
      } else progress.done(event.done);
    }),
  );
  // An account list that cannot be read at all ends the audit here, with its own error (the processes end with this one).
  const [, ...runs] = await Promise.all([resolved.accounts === 'organization' ? listFor(children, caller.open, resolved, io) : undefined, ...children.map((child) => child.finished)]);
  // What this process sent (for --verbose): the listing, and the facts it read for every process.
  const operations = await caller.operations();
  progress.stop();
  // An audit that could not start (its account list unreadable) ends with 3 too, but writes no report.
  const failed = runs.find((run) => run.code === null || ![EXIT.ok, EXIT.findings, EXIT.incomplete].some((code) => code === run.code) || run.stdout.trim() === '');
  if (failed) {
    io.stderr(failed.stderr);
    const could = [`process ${failed.index} of ${count} could not audit its accounts (above)`, `プロセス ${failed.index}/${count} がアカウントを監査できませんでした(上記)`] as const;
    if (failed.code === EXIT.usage) throw new InputError(...could);
    if (failed.code === EXIT.incomplete) throw new AuditNotFinished(...could);
    const how = failed.signal ? { en: `by ${failed.signal}`, ja: `(${failed.signal})` } : { en: `with exit code ${String(failed.code)}`, ja: `(終了コード ${String(failed.code)})` };
    throw new AuditNotFinished(`process ${failed.index} of ${count} ended ${how.en}: the audit is not complete and no report was written`, `プロセス ${failed.index}/${count} が終了しました${how.ja}。監査は完了しておらず、レポートは書き出されていません`);
  }
  for (const run of runs) io.stderr(run.stderr);
  const inputs = runs.map((run) => {
    // Each process was granted its accounts here: one it did not hand back would be a silent gap.
    const handed = new Set(run.accounts.map((account) => account.id));
    const missing = [...claimed].find(([id, owner]) => owner === run.index && !handed.has(id));
    if (missing) throw new AuditNotFinished(`process ${run.index} of ${count} took account ${missing[0]} but did not hand its results back: the audit is not complete and no report was written`, `プロセス ${run.index}/${count} がアカウント ${missing[0]} を引き受けましたが結果を返しませんでした。監査は完了しておらず、レポートは書き出されていません`);
    return checkedReport(run, count);
  });
  if (inputs.every((input) => input.report.accounts.length === 0)) throw nothingJudged();
  const { report: merged, tally } = mergeReports(inputs, { failOn: resolved.failOn, allowIncomplete: resolved.allowIncomplete });
  // --fail-on-stale over the whole audit: a suppression is stale if no account of any process used it.
  return { report: { ...merged, exitCode: gateStale(merged.exitCode, merged.accounts, resolved) }, tally, operations };
}
