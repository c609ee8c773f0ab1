import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { diffReports } from '../engine/diff.js';
import { readReport } from '../io/report-input.js';
import type { Io } from '../io/io.js';
import { writeAll } from '../io/outputs.js';
import { checkWritable } from '../io/write.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffText } from '../report/diff.js';
import { parseFailOn, parseFormats } from '../settings/options.js';

export interface DiffFlags {
  format?: string[];
  failOn?: string;
  allowIncomplete?: boolean;
}

const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

/** `diff OLD.json NEW.json`: what changed between two JSON reports (last week's artifact and today's). */
export async function diffCommand(older: string, newer: string, flags: DiffFlags, io: Io): Promise<number> {
  const targets = parseFormats(flags.format, io.env);
  for (const target of targets) {
    if (!(DIFF_FORMATS as readonly string[]).includes(target.format)) throw new InputError(`diff --format ${target.format}: expected one of ${DIFF_FORMATS.join(', ')}`, `diff --format ${target.format}: ${DIFF_FORMATS.join('、')} のいずれかを指定してください`);
    if (target.path) checkWritable(resolve(io.cwd, target.path), target.path);
  }
  const diff = diffReports(await readReport(older, io.cwd), await readReport(newer, io.cwd), { ...(flags.failOn ? { failOn: parseFailOn(flags.failOn, {}) } : {}), allowIncomplete: flags.allowIncomplete === true });
  const renderers = { text: renderDiffText, markdown: renderDiffMarkdown, json: renderDiffJson } as const;
  writeAll(targets.map((target) => ({ target, texts: [renderers[target.format as (typeof DIFF_FORMATS)[number]](diff)] })), io);
  return diff.exitCode;
}
