import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Io } from './io.js';
import type { OutputTarget } from '../settings/options.js';
import type { Format } from '../core/model.js';
import type { JsonReport } from '../report/schema.js';
import { sarifPartPath } from '../report/sarif-path.js';
import { type Content, type Staged, stageFile, wholeText } from './write.js';
import { reportTextPool } from '../engine/texts.js';

/** How text is shown: flags that only the text report reads. */
export interface TextFlags {
  color?: boolean;
  quiet?: boolean;
}

/** What renderers take besides the report: the config's SARIF locations, the text flags. */
export interface RenderOptions extends TextFlags {
  sarifLocations?: Record<string, string>;
}

/**
 * The formats that read each account's results once or twice, in order, and hold none of them: an
 * HTML page of a few accounts holds those few, one of many each account's worst status per check; the
 * Markdown summary each account's row, each failing check's first finding and fixes, the first ERRORs.
 */
export const STREAMED_FORMATS: readonly Format[] = ['json', 'csv', 'csv-excel', 'html', 'markdown'];

/**
 * A report whose accounts are read from a file as they are asked for (a large shard's, a spread audit's
 * spool): read once and held, each text once, where an output looks at every account at once or a
 * baseline or history marks their results; else left there, each output reading them in turn.
 */
export function heldFor(report: JsonReport, targets: readonly OutputTarget[], marked: boolean): JsonReport {
  return marked || targets.some((target) => !STREAMED_FORMATS.includes(target.format)) ? { ...report, accounts: report.accounts.map(reportTextPool()) } : report;
}

/** Each target's file(s) and text: SARIF splits past 20 accounts, the others are one text each. Each renderer loads only when asked for. */
export async function render(target: OutputTarget, report: JsonReport, options: RenderOptions, io: Io): Promise<Content[]> {
  switch (target.format) {
    case 'json': {
      // In pieces, an account at a time: the report of an organization is never held as one text.
      const { jsonPieces } = await import('../report/json.js');
      return [{ pieces: () => jsonPieces(report) }];
    }
    case 'sarif':
      return (await import('../report/sarif.js')).renderSarifLogs(report, { locations: options.sarifLocations }).map((log) => `${JSON.stringify(log, null, 2)}\n`);
    case 'junit':
      return [(await import('../report/junit.js')).renderJunit(report)];
    case 'github':
      return [(await import('../report/github.js')).renderGithub(report)];
    case 'markdown':
      return [(await import('../report/markdown.js')).renderMarkdown(report)];
    case 'html': {
      const { MANY_ACCOUNTS, manyAccountsHtml } = await import('../report/html-many.js');
      if (report.accounts.length > MANY_ACCOUNTS) return [{ pieces: () => manyAccountsHtml(report) }];
      return [(await import('../report/html.js')).renderHtml(report)];
    }
    case 'csv':
    case 'csv-excel': {
      const { csvPieces } = await import('../report/csv.js');
      return [{ pieces: () => csvPieces(report, { excel: target.format === 'csv-excel' }) }];
    }
    case 'text': {
      const color = target.path === undefined && io.stdoutIsTty() && !io.env.NO_COLOR && options.color !== false;
      return [(await import('../report/text.js')).renderText(report, { color, quiet: options.quiet === true })];
    }
  }
}

/** Stdout, an append, or a file staged (written to its temporary): a target's texts where they go. */
function deliver(target: OutputTarget, texts: Content[], io: Io): Staged[] {
  if (!target.path) {
    if (texts.length > 1) {
      throw new InputError(
        `--format ${target.format}: the report needs ${texts.length} files (GitHub takes 20 runs per file); give it a path, e.g. --format ${target.format}=out.${target.format}`,
        `--format ${target.format}: レポートは ${texts.length} ファイルになります(GitHub は 1 ファイルに 20 ランまで): 出力先を指定してください(例: --format ${target.format}=out.${target.format})`,
      );
    }
    for (const text of texts) for (const piece of typeof text === 'string' ? [text] : text.pieces()) io.stdout(piece);
    return [];
  }
  const path = resolve(io.cwd, target.path);
  if (target.append) {
    try {
      appendFileSync(path, texts.map(wholeText).join(''));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new InputError(`cannot append to ${target.path}: ${reason}`, `${target.path} に追記できません: ${reason}`);
    }
    return [];
  }
  const staged: Staged[] = [];
  try {
    texts.forEach((text, index) => staged.push(stageFile(sarifPartPath(path, index), text)));
  } catch (error) {
    staged.forEach((file) => file.discard()); // a SARIF in parts is whole or not at all
    throw error;
  }
  return staged;
}

/**
 * Every output: each file written to its temporary first, then all renamed together, so a run ended
 * between them leaves the previous reports or the new ones. One that cannot be written does not stop
 * the others; the run then ends on its error (exit 2), naming each.
 */
export function writeAll(outputs: readonly { target: OutputTarget; texts: Content[] }[], io: Io): void {
  const staged: Staged[] = [];
  const failures: InputError[] = [];
  const attempt = (write: () => void) => {
    try {
      write();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push(error);
    }
  };
  for (const { target, texts } of outputs) attempt(() => staged.push(...deliver(target, texts, io)));
  for (const file of staged) attempt(() => file.commit());
  const [only] = failures;
  if (only && failures.length === 1) throw only;
  if (failures.length > 1) throw new InputError(failures.map((error) => error.message).join('\n'), failures.map((error) => error.ja ?? error.message).join('\n'));
}
