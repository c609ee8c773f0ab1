import { resolve } from 'node:path';
import { type JsonReport, reportSchema } from '../report/schema.js';
import { loadStructuredFile, validateFile } from './input.js';

// A module of its own: the report's schema is loaded by the commands that read reports (merge, diff,
// --history), never at the start of an audit.
/** A JSON report written by `audit --format json=FILE`, read and checked (as merge, diff and --history take it); `what` names it in errors. */
export async function readReport(file: string, cwd: string, what = 'JSON report'): Promise<{ file: string; report: JsonReport }> {
  const loaded = await loadStructuredFile(resolve(cwd, file), 'report');
  return { file, report: await validateFile(reportSchema, { ...loaded, file }, what) };
}
