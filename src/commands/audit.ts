import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AuditFlags, auditAccount, type FactsSource, openSnapshot, reportFor, type ResolvedAudit, resolveAudit } from '../audit.js';
import { readsOf } from '../checks/index.js';
import { writeFileAtomic } from '../write.js';
import type { Io } from '../cli.js';
import { InputError } from '../input.js';
import { parseFormats, type OutputTarget } from '../options.js';
import { renderGithub } from '../report/github.js';
import { renderJson } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarifLogs, sarifPartPath } from '../report/sarif.js';
import type { JsonReport } from '../report/schema.js';
import { renderText } from '../report/text.js';

export interface AuditCommandFlags extends AuditFlags {
  format?: string[];
  color?: boolean;
  quiet?: boolean;
}

/** The audit clock: the wall clock, or AWS_BASELINE_NOW (ISO 8601) so that tests and replays are reproducible. */
export function auditClock(env: NodeJS.ProcessEnv): Date {
  const fixed = env.AWS_BASELINE_NOW;
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new InputError(`AWS_BASELINE_NOW=${fixed}: not an ISO 8601 date-time`);
  return date;
}

export async function openSource(flags: AuditFlags, resolved: ResolvedAudit, io: Io): Promise<FactsSource> {
  if (flags.snapshot) return openSnapshot(resolve(io.cwd, flags.snapshot), flags.snapshot);
  const { openLiveSession } = await import('../aws/live.js');
  return openLiveSession({ profile: resolved.profile, paidCalls: resolved.paidCalls, concurrency: resolved.concurrency, log: flags.verbose ? io.stderr : undefined, needs: readsOf(resolved.checks) });
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
  const now = auditClock(io.env);
  const source = await openSource(flags, resolved, io);
  const progress = io.stderrIsTty && !flags.quiet;
  if (progress) io.stderr(`aws-baseline: evaluating ${resolved.checks.length} checks…\n`);
  const startedAt = new Date();
  const audit = await auditAccount(source, resolved, now);
  const report = reportFor([audit], resolved, source, startedAt, new Date());
  const rendered = targets.map((target) => ({ target, texts: render(target, report, resolved, flags, io) })); // all rendered before any is written
  for (const { target, texts } of rendered) write(target, texts, io);
  if (!flags.quiet) {
    for (const entry of audit.suppressions.expired) io.stderr(`aws-baseline: warning: the suppression of ${entry.check} ${entry.resource ?? '*'} expired on ${entry.expires} and no longer applies\n`);
    for (const entry of audit.suppressions.unused) io.stderr(`aws-baseline: warning: the suppression of ${entry.check} ${entry.resource ?? '*'} matched nothing (stale?)\n`);
  }
  if (flags.verbose) io.stderr(`aws-baseline: operations sent: ${source.operations().join(', ') || 'none'}\n`);
  return report.exitCode;
}
