import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { say } from '../core/messages.js';
import { applyBaseline, type Baseline, type BaselineGate, baselineOf, baselineSchema, checkBaselineScope, serializeBaseline, withoutFixed } from '../engine/baseline.js';
import { loadStructuredFile, validateFile } from '../io/input.js';
import type { Io } from '../io/io.js';
import { checkWritable, writeFileAtomic } from '../io/write.js';
import type { Lang } from '../core/model.js';
import type { JsonReport } from '../report/schema.js';
import type { PastFlags } from './past-flags.js';

/** `--baseline FILE`, `--write-baseline FILE`, `--prune-baseline`: of audit and merge alike. */
type BaselineFlags = Omit<PastFlags, 'history'>;

interface Opened {
  /** --baseline, read. */
  given?: { file: string; baseline: Baseline };
  /** --write-baseline's file as it stands, when there is one (or --baseline's): its entries keep their day. */
  previous?: { file: string; baseline: Baseline };
}

export async function readBaseline(file: string, cwd: string): Promise<Baseline> {
  const loaded = await loadStructuredFile(resolve(cwd, file), 'baseline');
  return validateFile(baselineSchema, { ...loaded, file }, 'baseline');
}

/**
 * Every baseline file read and every one to write checked before the audit (and its paid call): a bad
 * file is exit 2 at once, not after an hour of reading an organization. A file --write-baseline would
 * replace must be a baseline already: a report or a config given there by mistake is never overwritten.
 */
export async function openBaselines(flags: BaselineFlags, cwd: string): Promise<Opened> {
  if (flags.pruneBaseline && !flags.baseline) throw new InputError('--prune-baseline removes fixed findings from the file --baseline names: give --baseline FILE', '--prune-baseline は --baseline で指定したファイルから修正済みの指摘を削除します。--baseline FILE を指定してください');
  const given = flags.baseline ? { file: flags.baseline, baseline: await readBaseline(flags.baseline, cwd) } : undefined;
  if (given && flags.pruneBaseline) checkWritable(resolve(cwd, given.file), given.file);
  if (!flags.writeBaseline) return given ? { given } : {};
  const path = resolve(cwd, flags.writeBaseline);
  checkWritable(path, flags.writeBaseline);
  const previous = existsSync(path) ? { file: flags.writeBaseline, baseline: await readBaseline(flags.writeBaseline, cwd) } : given;
  return { ...(given ? { given } : {}), ...(previous ? { previous } : {}) };
}

/** The report read against --baseline, when given. */
export function withBaseline(report: JsonReport, opened: Opened, gate: BaselineGate): JsonReport {
  if (opened.previous) checkBaselineScope(opened.previous.baseline, report, opened.previous.file);
  return opened.given ? applyBaseline(report, opened.given.baseline, opened.given.file, gate) : report;
}

/** After the reports: the new baseline, and --baseline with its fixed entries removed; each said on stderr unless --quiet. */
export function writeBaselines(report: JsonReport, opened: Opened, flags: BaselineFlags & { quiet?: boolean }, io: Io, lang: Lang): void {
  const tell = (text: string) => (flags.quiet ? undefined : io.stderr(`aws-baseline: ${text}\n`));
  const given = opened.given;
  if (given && flags.pruneBaseline && given.file !== flags.writeBaseline) {
    const pruned = withoutFixed(given.baseline, report.baseline?.fixed ?? []);
    writeFileAtomic(resolve(io.cwd, given.file), serializeBaseline(pruned));
    tell(say(lang).pruned(given.file, given.baseline.findings.length - pruned.findings.length, pruned.findings.length));
  }
  if (flags.writeBaseline) {
    const written = baselineOf(report, opened.previous?.baseline);
    writeFileAtomic(resolve(io.cwd, flags.writeBaseline), serializeBaseline(written));
    tell(say(lang).baselineWritten(flags.writeBaseline, written.findings.length));
  }
}
