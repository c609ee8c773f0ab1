import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './errors.js';
import type { Io } from './io.js';
import type { OutputTarget } from './options.js';
import { renderCsv } from './report/csv.js';
import { renderGithub } from './report/github.js';
import { renderHtml } from './report/html.js';
import { renderJson } from './report/json.js';
import { renderJunit } from './report/junit.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarifLogs, sarifPartPath } from './report/sarif.js';
import type { JsonReport } from './report/schema.js';
import { renderText } from './report/text.js';
import { writeFileAtomic } from './write.js';

/** How text is shown: flags that only the text report reads. */
export interface TextFlags {
  color?: boolean;
  quiet?: boolean;
}

/** What renderers take besides the report: the config's SARIF locations, the text flags. */
export interface RenderOptions extends TextFlags {
  sarifLocations?: Record<string, string>;
}

/** Each target's file(s) and text: SARIF splits past 20 accounts, the others are one text each. */
export function render(target: OutputTarget, report: JsonReport, options: RenderOptions, io: Io): string[] {
  switch (target.format) {
    case 'json':
      return [renderJson(report)];
    case 'sarif':
      return renderSarifLogs(report, { locations: options.sarifLocations }).map((log) => `${JSON.stringify(log, null, 2)}\n`);
    case 'junit':
      return [renderJunit(report)];
    case 'github':
      return [renderGithub(report)];
    case 'markdown':
      return [renderMarkdown(report)];
    case 'html':
      return [renderHtml(report)];
    case 'csv':
    case 'csv-excel':
      return [renderCsv(report, { excel: target.format === 'csv-excel' })];
    case 'text': {
      const color = target.path === undefined && io.stdoutIsTty && !io.env.NO_COLOR && options.color !== false;
      return [renderText(report, { color, quiet: options.quiet === true })];
    }
  }
}

export function write(target: OutputTarget, texts: string[], io: Io): void {
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

