import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { type TrendPoint, trendPoint } from '../engine/trend.js';
import { readReport } from '../io/report-input.js';

/**
 * --history DIR: every `*.json` there is an earlier JSON report of this audit (a folder of last runs'
 * artifacts). Each is validated (a file that is not a report is exit 2, located) and reduced to its
 * point of the trend as it is read.
 */
export async function readHistory(dir: string | undefined, cwd: string): Promise<TrendPoint[] | undefined> {
  if (dir === undefined) return undefined;
  let names: string[];
  try {
    names = readdirSync(resolve(cwd, dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new InputError(`--history ${dir}: cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, `--history ${dir}: フォルダーを読めません: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const points: TrendPoint[] = [];
  for (const name of names) {
    const { file, report } = await readReport(join(dir, name), cwd, 'history');
    points.push(trendPoint(file, report));
  }
  return points;
}
