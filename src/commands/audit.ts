import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { type AuditClock, type AuditFlags, auditAccount, type FactsSource, openSnapshot, reportFor, type ResolvedAudit, resolveAudit, type SourceSummary, staleSuppressions } from '../audit.js';
import type { AccountAudit } from '../engine/run.js';
import { readsOf } from '../checks/index.js';
import { writeFileAtomic } from '../write.js';
import type { Io } from '../cli.js';
import { InputError } from '../input.js';
import { parseFormats, type OutputTarget, sdkTuning } from '../options.js';
import { renderGithub } from '../report/github.js';
import { renderJson } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarifLogs, sarifPartPath } from '../report/sarif.js';
import type { JsonReport } from '../report/schema.js';
import { renderText } from '../report/text.js';
import { say } from './messages.js';

export interface AuditCommandFlags extends AuditFlags {
  format?: string[];
  color?: boolean;
  quiet?: boolean;
}

/**
 * The audit clock. A snapshot is evidence of its moment: it is judged at its collectedAt, not at the
 * wall clock of the replay. AWS_BASELINE_NOW (ISO 8601) overrides both, for tests and reproducible runs.
 */
export function auditClock(env: NodeJS.ProcessEnv, collectedAt?: string): AuditClock {
  const fixed = env.AWS_BASELINE_NOW;
  if (fixed) {
    const date = new Date(fixed);
    if (Number.isNaN(date.getTime())) throw new InputError(`AWS_BASELINE_NOW=${fixed}: not an ISO 8601 date-time`);
    return { now: date, clock: 'fixed' };
  }
  if (collectedAt) return { now: new Date(collectedAt), clock: 'snapshot' };
  return { now: new Date(), clock: 'wall' };
}

export async function openSource(flags: AuditFlags, resolved: ResolvedAudit, io: Io): Promise<FactsSource> {
  if (flags.snapshot) return openSnapshot(resolve(io.cwd, flags.snapshot), flags.snapshot);
  const { openLiveSession } = await import('../aws/live.js');
  return openLiveSession(liveOptions(flags, resolved, io));
}

function liveOptions(flags: AuditFlags, resolved: ResolvedAudit, io: Io) {
  return { ...sdkTuning(io.env), profile: resolved.profile, env: io.env, paidCalls: resolved.paidCalls, log: flags.verbose ? io.stderr : undefined, needs: readsOf(resolved.checks) };
}

/**
 * --org / --accounts: every target account through its audit role, a few at once, starting as soon as
 * the first page of the account list arrives. A failing account is ERROR in its own results only.
 */
async function auditAccounts(flags: AuditCommandFlags, resolved: ResolvedAudit, now: Date, io: Io, progress: boolean) {
  if (flags.snapshot) throw new InputError('--org and --accounts audit live accounts; --snapshot replays one account');
  const [{ openLiveSession, memberSource }, { organizationAccounts }] = await Promise.all([import('../aws/live.js'), import('../aws/organization.js')]);
  const options = liveOptions(flags, resolved, io);
  const base = await openLiveSession(options);
  const caller = await base.store.get('sts.identity').catch(() => undefined);
  const limit = pLimit(resolved.concurrency);
  const audits: Promise<AccountAudit>[] = [];
  let done = 0;
  let paidCalls = 0;
  const operations: string[] = [];
  const schedule = (accountId: string) => {
    const source =
      accountId === caller?.accountId
        ? base
        : memberSource(base, { accountId, partition: caller?.partition ?? 'aws', roleName: resolved.roleName, externalId: resolved.externalId }, options);
    audits.push(
      limit(async () => {
        const audit = await auditAccount(source, resolved, now, accountId);
        // Keep the numbers, not the source: an account's SDK clients and facts go once it is done.
        paidCalls += source.paidCalls();
        operations.push(...source.operations());
        done += 1;
        if (progress) io.stderr(`aws-baseline: ${say(resolved.lang).accountsAudited(done)}\n`);
        return audit;
      }),
    );
  };
  if (resolved.accounts === 'organization') {
    try {
      for await (const page of organizationAccounts(base.session)) page.forEach(schedule);
    } catch (error) {
      await Promise.allSettled(audits);
      throw new InputError(`cannot list the organization's accounts (${error instanceof Error ? error.message : String(error)}): run from the management account or a delegated administrator, or name them with --accounts`);
    }
  } else {
    (resolved.accounts ?? []).forEach(schedule);
  }
  const results = await Promise.all(audits);
  return { audits: results, paidCalls, operations };
}

/** Each target's file(s) and text: SARIF splits past 20 accounts, the others are one text each. */
function render(target: OutputTarget, report: JsonReport, resolved: ResolvedAudit, flags: AuditCommandFlags, io: Io): string[] {
  switch (target.format) {
    case 'json':
      return [renderJson(report)];
    case 'sarif':
      return renderSarifLogs(report, { locations: resolved.config.sarif?.locations }).map((log) => `${JSON.stringify(log, null, 2)}\n`);
    case 'junit':
      return [renderJunit(report)];
    case 'github':
      return [renderGithub(report)];
    case 'markdown':
      return [renderMarkdown(report)];
    case 'text': {
      const color = target.path === undefined && io.stdoutIsTty && !io.env.NO_COLOR && flags.color !== false;
      return [renderText(report, { color, quiet: flags.quiet === true })];
    }
  }
}

function write(target: OutputTarget, texts: string[], io: Io): void {
  if (!target.path) {
    if (texts.length > 1) throw new InputError(`--format ${target.format}: the report needs ${texts.length} files (GitHub takes 20 runs per file); give it a path, e.g. --format ${target.format}=out.${target.format}`);
    texts.forEach((text) => io.stdout(text));
    return;
  }
  const path = resolve(io.cwd, target.path);
  if (target.append) {
    try {
      appendFileSync(path, texts.join(''));
    } catch (error) {
      throw new InputError(`cannot append to ${target.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    return;
  }
  texts.forEach((text, index) => writeFileAtomic(sarifPartPath(path, index), text));
}

export async function auditCommand(flags: AuditCommandFlags, io: Io): Promise<number> {
  const resolved = await resolveAudit(flags, io.env, io.cwd);
  const targets = parseFormats(flags.format?.length ? flags.format : resolved.config.formats, io.env);
  const progress = io.stderrIsTty && !flags.quiet;
  const startedAt = new Date();
  let audits: AccountAudit[];
  let summary: SourceSummary;
  let operations: string[];
  let clock: AuditClock;
  if (resolved.accounts) {
    clock = auditClock(io.env);
    const many = await auditAccounts(flags, resolved, clock.now, io, progress);
    audits = many.audits;
    summary = { kind: 'live', paidCalls: many.paidCalls };
    operations = many.operations;
  } else {
    const source = await openSource(flags, resolved, io);
    clock = auditClock(io.env, source.collectedAt);
    if (progress) io.stderr(`aws-baseline: ${say(resolved.lang).evaluating(resolved.checks.length)}\n`);
    audits = [await auditAccount(source, resolved, clock.now)];
    summary = { kind: source.kind, ...(source.snapshot ? { snapshot: source.snapshot } : {}), paidCalls: source.paidCalls() };
    operations = source.operations();
  }
  const report = reportFor(audits, resolved, summary, startedAt, new Date(), clock);
  const rendered = targets.map((target) => ({ target, texts: render(target, report, resolved, flags, io) })); // all rendered before any is written
  for (const { target, texts } of rendered) write(target, texts, io);
  if (!flags.quiet) {
    for (const entry of audits[0]?.suppressions.expired ?? []) io.stderr(`aws-baseline: ${say(resolved.lang).expired(entry.check, entry.resource ?? '*', entry.expires ?? '')}\n`);
    for (const entry of staleSuppressions(audits)) io.stderr(`aws-baseline: ${say(resolved.lang).stale(entry.check, entry.resource ?? '*')}\n`);
  }
  if (flags.verbose) io.stderr(`aws-baseline: ${say(resolved.lang).operations(operations.join(', '))}\n`);
  return report.exitCode;
}
