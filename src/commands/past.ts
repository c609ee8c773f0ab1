import type { Lang } from '../core/model.js';
import type { BaselineGate } from '../engine/baseline.js';
import { withTrend } from '../engine/trend.js';
import type { Io } from '../io/io.js';
import type { JsonReport } from '../report/schema.js';
import { openBaselines, withBaseline, writeBaselines } from './baseline.js';
import { readHistory } from './history.js';
import type { PastFlags } from './past-flags.js';

export interface Past {
  /** The report read against the baseline, and with its trend. */
  apply(report: JsonReport, gate: BaselineGate): JsonReport;
  /** After the reports are written: the baseline files. */
  write(report: JsonReport, io: Io, lang: Lang): void;
}

/** Every file of the past read and checked before the audit (and its paid call): a bad one is exit 2 at once. */
export async function openPast(flags: PastFlags & { quiet?: boolean }, cwd: string): Promise<Past> {
  const baselines = await openBaselines(flags, cwd);
  const history = await readHistory(flags.history, cwd);
  return {
    apply: (report, gate) => {
      const read = withBaseline(report, baselines, gate);
      return history ? withTrend(read, history) : read;
    },
    write: (report, io, lang) => writeBaselines(report, baselines, flags, io, lang),
  };
}
