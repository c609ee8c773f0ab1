import { resolve } from 'node:path';
import { mergeReports } from '../engine/merge.js';
import { InputError } from '../core/errors.js';
import { readShard } from '../io/report-input.js';
import type { Io } from '../io/io.js';
import { parseFailOn, parseFormats, parseFrameworks } from '../settings/options.js';
import { withFrameworks } from '../engine/frameworks.js';
import { heldFor, render, type TextFlags, writeAll } from '../io/outputs.js';
import { checkWritable } from '../io/write.js';
import { type PastFlags, wantsPast } from './past-flags.js';

export interface MergeFlags extends TextFlags, PastFlags {
  format?: string[];
  framework?: string[];
  failOn?: string;
  allowIncomplete?: boolean;
}

/** `merge A.json B.json …`: the shards of one audit as one report, in any format; the exit code is the whole audit's. */
export async function mergeCommand(files: string[], flags: MergeFlags, io: Io): Promise<number> {
  const targets = parseFormats(flags.format, io.env);
  const asked = parseFrameworks(flags.framework);
  for (const target of targets) if (target.path) checkWritable(resolve(io.cwd, target.path), target.path);
  if (files.length === 0) throw new InputError('merge: give the JSON reports to combine', 'merge: まとめる JSON レポートを指定してください');
  const past = wantsPast(flags) ? await (await import('./past.js')).openPast(flags, io.cwd) : undefined;
  const inputs = [];
  for (const file of files) inputs.push(await readShard(file, io.cwd));
  const { report: merged, tally } = mergeReports(inputs, { ...(flags.failOn ? { failOn: parseFailOn(flags.failOn, {}) } : {}), allowIncomplete: flags.allowIncomplete === true });
  // Large shards' accounts are read from their files as they are written; outputs that look at every
  // account's results at once (and a baseline or history, which marks them) get them all, each text held once.
  const held = heldFor(merged, targets, past !== undefined);
  // The frameworks are read again from the whole: by default, those the parts were read against.
  const frameworks = asked.length ? asked : parseFrameworks(inputs.flatMap(({ report: part }) => part.frameworks?.map((table) => table.id) ?? []));
  const allowIncomplete = flags.allowIncomplete === true;
  const report = past ? withFrameworks(past.apply(held, { allowIncomplete, stale: false }), frameworks) : withFrameworks(held, frameworks, tally);
  const rendered = await Promise.all(targets.map(async (target) => ({ target, texts: await render(target, report, flags, io) })));
  writeAll(rendered, io);
  past?.write(report, io, report.lang);
  return report.exitCode;
}
