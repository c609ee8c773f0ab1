import { resolve } from 'node:path';
import { type AuditFlags, auditAccount, type FactsSource, openSnapshot, readsOf, reportFor, type ResolvedAudit, resolveAudit } from '../audit.js';
import { writeFileAtomic } from '../aws/snapshot.js';
import type { Io } from '../cli.js';
import { InputError } from '../input.js';
import { parseFormats, type OutputTarget } from '../options.js';
import { renderJson } from '../report/json.js';
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
  return openLiveSession({ profile: flags.profile, paidCalls: resolved.paidCalls, env: io.env, log: flags.verbose ? io.stderr : undefined, needs: readsOf(resolved.checks) });
}

function render(target: OutputTarget, report: JsonReport, flags: AuditCommandFlags, io: Io): string {
  if (target.format === 'json') return renderJson(report);
  const color = target.path === undefined && io.stdoutIsTty && !io.env.NO_COLOR && flags.color !== false;
  return renderText(report, { color, quiet: flags.quiet === true });
}

export async function auditCommand(flags: AuditCommandFlags, io: Io): Promise<number> {
  const resolved = resolveAudit(flags, io.env, io.cwd);
  const targets = parseFormats(flags.format);
  const now = auditClock(io.env);
  const source = await openSource(flags, resolved, io);
  const progress = io.stderrIsTty && !flags.quiet;
  if (progress) io.stderr(`aws-baseline: evaluating ${resolved.checks.length} checks…\n`);
  const startedAt = new Date();
  const audit = await auditAccount(source, resolved, now);
  const report = reportFor([audit], resolved, source, startedAt, new Date());
  for (const target of targets) {
    const text = render(target, report, flags, io);
    if (target.path) writeFileAtomic(resolve(io.cwd, target.path), text);
    else io.stdout(text);
  }
  if (flags.verbose) io.stderr(`aws-baseline: operations sent: ${source.operations().join(', ') || 'none'}\n`);
  return report.exitCode;
}
