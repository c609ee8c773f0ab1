import { type AccountsScope, type AuditClock, auditClock, type AuditFlags, auditAccount, isMany, openSnapshot, reportFor, type ResolvedAudit, resolveAudit, type SourceSummary, staleSuppressions } from '../audit/audit.js';
import type { JsonReport } from '../report/schema.js';
import type { Tally } from '../engine/tally.js';
import type { AccountAudit } from '../engine/run.js';
import type { Io } from '../io/io.js';
import { parseFormats, parseFrameworks, parseParallel } from '../settings/options.js';
import { withFrameworks } from '../engine/frameworks.js';
import { heldFor, render, type TextFlags, writeAll } from '../io/outputs.js';
import { openSource } from '../audit/sources.js';
import { InputError, nothingJudged } from '../core/errors.js';
import { underUnits } from '../engine/select.js';
import { checkWritable } from '../io/write.js';
import { LARGE_INPUT_BYTES, sizeOf } from '../io/input.js';
import { RESTARTED_ENV } from '../process/restarted.js';
import { resolve } from 'node:path';
import { say } from '../core/messages.js';
import { BASELINE_WORDS } from '../report/baseline.js';
import { type PastFlags, wantsPast } from './past-flags.js';

export interface AuditCommandFlags extends AuditFlags, TextFlags, PastFlags {
  format?: string[];
  parallel?: string;
  framework?: string[];
}

export async function auditCommand(flags: AuditCommandFlags, io: Io): Promise<number> {
  // A large snapshot (many accounts) is audited in a process of its own with V8's heap sized for it (capped.ts):
  // its memory then follows what the audit holds, not how fast it allocates. Only the installed command
  // (io.self) can start itself again.
  if (flags.snapshot && io.self && io.env[RESTARTED_ENV] !== '1' && sizeOf(resolve(io.cwd, flags.snapshot)) >= LARGE_INPUT_BYTES) {
    return (await import('../audit/capped.js')).runCapped(io);
  }
  const resolved = await resolveAudit(flags, io.env, io.cwd);
  const parallel = parseParallel(flags.parallel);
  const frameworks = parseFrameworks(flags.framework);
  const targets = parseFormats(flags.format?.length ? flags.format : resolved.config.formats, io.env);
  // Every output can be written, checked before the first AWS call (and the paid one).
  for (const target of targets) if (target.path) checkWritable(resolve(io.cwd, target.path), target.path);
  const past = wantsPast(flags) ? await (await import('./past.js')).openPast(flags, io.cwd) : undefined;
  const progress = !flags.quiet && io.stderrIsTty();
  const audit = await audited(flags, parallel, resolved, io, progress);
  const { operations } = audit;
  const stale = resolved.failOnStale && staleSuppressions(audit.report.accounts).length > 0;
  // A spread audit's accounts are in its spool, read back as the outputs ask for them (and held where one needs them all).
  const whole = audit.tally ? heldFor(audit.report, targets, past !== undefined) : audit.report;
  const report = past ? withFrameworks(past.apply(whole, { allowIncomplete: resolved.allowIncomplete, stale }), frameworks) : withFrameworks(whole, frameworks, audit.tally);
  // An empty shard of a CI matrix is no failure: its report says it holds no account, and merge judges the whole
  // (so is a process of a spread audit that another left nothing to).
  const emptyShard = (resolved.shard !== undefined || io.claim !== undefined) && report.accounts.length === 0;
  if (emptyShard && !io.progressSink) io.stderr(`aws-baseline: ${say(resolved.lang).emptyShard(resolved.shard?.index ?? 0, resolved.shard?.count ?? 0)}\n`);
  if (report.summary.total === 0 && !emptyShard) throw nothingJudged();
  // All rendered before any is written.
  const rendered = await Promise.all(targets.map(async (target) => ({ target, texts: await render(target, report, { ...flags, sarifLocations: resolved.config.sarif?.locations }, io) })));
  writeAll(rendered, io);
  past?.write(report, io, resolved.lang);
  // Every report went to a file: a CI log still gets one line saying what was found and where it went.
  if (!flags.quiet && !io.progressSink && targets.every((target) => target.path !== undefined)) {
    const statuses = Object.entries(report.summary.byStatus).filter(([, count]) => count > 0).map(([status, count]) => `${count} ${status}`).join(', ');
    const counts = report.baseline ? `${statuses} (${BASELINE_WORDS[resolved.lang].counts(report.baseline)})` : statuses;
    io.stderr(`aws-baseline: ${say(resolved.lang).written(counts, report.summary.gating, report.exitCode, targets.map((target) => target.path).join(', '))}\n`);
  }
  if (!flags.quiet) {
    for (const entry of report.accounts[0]?.suppressions.expired ?? []) io.stderr(`aws-baseline: ${say(resolved.lang).expired(entry.check, entry.resource ?? '*', entry.expires ?? '')}\n`);
    for (const entry of staleSuppressions(report.accounts)) io.stderr(`aws-baseline: ${say(resolved.lang).stale(entry.check, entry.resource ?? '*')}\n`);
  }
  if (flags.verbose && operations) io.stderr(`aws-baseline: ${say(resolved.lang).operations(operations.length, tally(operations))}\n`);
  return report.exitCode;
}

/** The report of this audit: here, or spread over processes (each then says what it sent, with --verbose). */
async function audited(flags: AuditCommandFlags, parallel: number | 'auto', resolved: ResolvedAudit, io: Io, progress: boolean): Promise<{ report: JsonReport; tally?: Tally; operations?: string[] }> {
  // A live audit of several accounts (a snapshot of several replays here: it has no AWS calls to wait on).
  if (resolved.accounts && !flags.snapshot) {
    const { auditInProcesses, processCount } = await import('../audit/parallel.js');
    const processes = processCount(parallel, resolved, io);
    if (processes > 1) return auditInProcesses(processes, flags, resolved, io, progress);
  }
  const startedAt = new Date();
  const { audits, summary, operations, clock, scope } = await collectAudits(flags, resolved, io, progress);
  return { report: reportFor(audits, resolved, summary, startedAt, new Date(), clock, scope), operations };
}

interface Collected {
  audits: AccountAudit[];
  summary: SourceSummary;
  operations: string[];
  clock: AuditClock;
  scope?: AccountsScope;
}

/** Every account the flags name: --org / --accounts live, a snapshot of one account or of many, or the caller's own. */
async function collectAudits(flags: AuditCommandFlags, resolved: ResolvedAudit, io: Io, progress: boolean): Promise<Collected> {
  if (resolved.accounts) {
    const clock = auditClock(io.env);
    const { auditAccounts } = await import('../audit/organization.js');
    const many = await auditAccounts(flags, resolved, clock.now, io, progress);
    return { audits: many.audits, summary: { kind: 'live', paidCalls: many.paidCalls }, operations: many.operations, clock, scope: many.scope };
  }
  // Read once: one account's snapshot is then the source below.
  const snapshot = flags.snapshot ? await openSnapshot(resolve(io.cwd, flags.snapshot), flags.snapshot) : undefined;
  if (snapshot) {
    if (resolved.ous && !snapshot.accounts.some((account) => account.ou)) throw new InputError(`--ous: ${flags.snapshot} holds no organizational units (take the snapshot with --org, by this version or later)`, `--ous: ${flags.snapshot} には組織単位がありません(このバージョン以降で --org を付けてスナップショットを取得してください)`);
    if (isMany(snapshot)) {
      const clock = auditClock(io.env, snapshot.collectedAt);
      const turns = [snapshot.accounts.filter((account) => underUnits(account.ou, resolved.ous)).map((account) => ({ id: account.id, ...(account.name ? { name: account.name } : {}), ...(account.ou ? { place: () => account.ou } : {}), open: () => account.open() }))];
      const { auditEach } = await import('../audit/organization.js');
      const many = await auditEach(turns, resolved, clock.now, io, progress);
      return { audits: many.audits, summary: { kind: 'snapshot', snapshot: flags.snapshot, paidCalls: 0 }, operations: [], clock, scope: { ...(snapshot.organization ? { organization: snapshot.organization } : {}), ...(snapshot.notListed ? { notListed: snapshot.notListed } : {}) } };
    }
  }
  if (resolved.shard) throw new InputError(
      '--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts',
      '--shard は複数アカウントの一部を扱います: --org、--accounts、または複数アカウントのスナップショットと一緒に使ってください',
    );
  const source = await openSource(flags, resolved, io, snapshot);
  const clock = auditClock(io.env, source.collectedAt);
  if (progress) io.stderr(`aws-baseline: ${say(resolved.lang).evaluating(resolved.checks.length)}\n`);
  const audit = await auditAccount(source, resolved, clock.now);
  return { audits: [audit], summary: { kind: source.kind, ...(source.snapshot ? { snapshot: source.snapshot } : {}), paidCalls: source.paidCalls() }, operations: source.operations(), clock };
}

/** Each operation once, in the order first sent, with how many times when more than once (a region's reads twenty times over). */
function tally(operations: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const operation of operations) counts.set(operation, (counts.get(operation) ?? 0) + 1);
  return [...counts].map(([operation, count]) => (count > 1 ? `${operation} ×${count}` : operation)).join(', ');
}
