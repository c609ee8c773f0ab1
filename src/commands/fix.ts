import { resolve } from 'node:path';
import { type AuditFlags, auditAccount, auditClock, reportFor, resolveAudit } from '../audit/audit.js';
import { EXIT } from '../engine/gate.js';
import { InputError } from '../core/errors.js';
import { buildPlan } from '../fix/plan.js';
import { renderBash, renderPlanMarkdown } from '../fix/render.js';
import type { Io } from '../io/io.js';
import { openSource } from '../audit/sources.js';
import { checkWritable, writeFileAtomic } from '../io/write.js';

export interface FixFlags extends AuditFlags {
  format?: string;
  output?: string;
}

/**
 * `fix`: audits (live or --snapshot) and writes the plan that fixes what an API can fix, as a bash
 * script of AWS CLI commands or as Markdown. It sends no write itself: the plan is for a person to read
 * and run.
 */
export async function fixCommand(flags: FixFlags, io: Io): Promise<number> {
  const format = flags.format ?? 'bash';
  if (format !== 'bash' && format !== 'markdown') throw new InputError(`--format ${format}: a fix plan is "bash" (a script) or "markdown" (for the console)`, `--format ${format}: 修正プランは "bash"(スクリプト)か "markdown"(コンソール向け)です`);
  if (flags.org || flags.accounts) throw new InputError('fix plans one account at a time: run it with each account\'s credentials (or on its snapshot)', '修正プランは 1 アカウントずつ作成します。各アカウントの認証情報(またはスナップショット)で実行してください');
  if (flags.output) checkWritable(resolve(io.cwd, flags.output), flags.output);
  const resolved = await resolveAudit(flags, io.env, io.cwd);
  const source = await openSource(flags, resolved, io);
  const clock = auditClock(io.env, source.collectedAt);
  const startedAt = new Date();
  const audit = await auditAccount(source, resolved, clock.now);
  const report = reportFor([audit], resolved, { kind: source.kind, ...(source.snapshot ? { snapshot: source.snapshot } : {}), paidCalls: source.paidCalls() }, startedAt, new Date(), clock);
  const plan = buildPlan(report);
  const meta = { judgedAt: report.source.judgedAt, source: source.snapshot ? `snapshot ${source.snapshot}` : 'live' };
  const text = format === 'bash' ? renderBash(plan, meta) : renderPlanMarkdown(plan, meta);
  if (flags.output) writeFileAtomic(resolve(io.cwd, flags.output), text, 0o755);
  else io.stdout(text);
  return EXIT.ok;
}
