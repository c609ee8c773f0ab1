import { type AuditClock, auditClock, type AuditFlags, auditAccount, reportFor, resolveAudit, type SourceSummary, staleSuppressions } from '../audit.js';
import type { AccountAudit } from '../engine/run.js';
import type { Io } from '../io.js';
import { parseFormats } from '../options.js';
import { auditAccounts } from '../organization-audit.js';
import { render, type TextFlags, write } from '../outputs.js';
import { openSource } from '../sources.js';
import { InputError } from '../errors.js';
import { checkWritable } from '../write.js';
import { resolve } from 'node:path';
import { say } from '../messages.js';

export interface AuditCommandFlags extends AuditFlags, TextFlags {
  format?: string[];
}

export async function auditCommand(flags: AuditCommandFlags, io: Io): Promise<number> {
  const resolved = await resolveAudit(flags, io.env, io.cwd);
  const targets = parseFormats(flags.format?.length ? flags.format : resolved.config.formats, io.env);
  // Every output can be written, checked before the first AWS call (and the paid one).
  for (const target of targets) if (target.path) checkWritable(resolve(io.cwd, target.path), target.path);
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
  // Nothing judged is never success: no region left (a snapshot with none, say) or no account listed.
  if (report.summary.total === 0) throw new InputError('nothing was judged: no account, region or check was left to audit (see --regions, --checks, --accounts)', '何も判定されませんでした: 監査するアカウント、リージョン、チェックが残っていません(--regions、--checks、--accounts を確認してください)');
  const rendered = targets.map((target) => ({ target, texts: render(target, report, resolved, flags, io) })); // all rendered before any is written
  for (const { target, texts } of rendered) write(target, texts, io);
  if (!flags.quiet) {
    for (const entry of audits[0]?.suppressions.expired ?? []) io.stderr(`aws-baseline: ${say(resolved.lang).expired(entry.check, entry.resource ?? '*', entry.expires ?? '')}\n`);
    for (const entry of staleSuppressions(audits)) io.stderr(`aws-baseline: ${say(resolved.lang).stale(entry.check, entry.resource ?? '*')}\n`);
  }
  if (flags.verbose) io.stderr(`aws-baseline: ${say(resolved.lang).operations(operations.join(', '))}\n`);
  return report.exitCode;
}
