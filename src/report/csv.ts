import { stringify } from 'csv-stringify/sync';
import type { JsonReport } from './schema.js';
import { ouPath } from './accounts.js';

/** Column names stay English in every language (they are what scripts and spreadsheets key on). */
export const CSV_COLUMNS = ['account', 'account_name', 'region', 'check', 'title', 'severity', 'status', 'suppressed', 'resource', 'message', 'remediation', 'cis', 'fsbp', 'docs', 'ssb', 'baseline', 'ou', 'ou_id'] as const;

export interface CsvOptions {
  /**
   * For Excel (csv-excel): a byte-order mark, without which Excel misreads UTF-8 (Japanese), and cells
   * that Excel would run as a formula (=, +, -, @ first: an account name, say) prefixed with an apostrophe.
   */
  excel: boolean;
}

const FORMULA = /^[=+\-@\t\r]/;

/** One row per result, RFC 4180 (CRLF, quoted where needed), through csv-stringify. */
export function renderCsv(report: JsonReport, options: CsvOptions): string {
  return [...csvPieces(report, options)].join('');
}

/** The same text in pieces, the header then an account at a time: an organization's CSV is never held whole. */
export function* csvPieces(report: JsonReport, options: CsvOptions): Generator<string> {
  const catalog = new Map(report.catalog.map((entry) => [entry.id, entry]));
  const cell = (value: string) => (options.excel && FORMULA.test(value) ? `'${value}` : value);
  yield stringify([], { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', bom: options.excel });
  for (const account of report.accounts) {
    const rows = account.results.map((result) => {
      const references = catalog.get(result.checkId)?.references;
      return ([
        account.id,
        account.name ?? '',
        result.region,
        result.checkId,
        result.title,
        result.severity,
        result.status,
        result.suppressed ? result.suppressed.reason : '',
        result.resource,
        result.message,
        result.status === 'PASS' ? '' : result.remediation,
        (references?.cis ?? []).join(' '),
        (references?.fsbp ?? []).join(' '),
        result.docs,
        (references?.ssb ?? []).join(' '),
        result.baseline?.state ?? '',
        ouPath(account),
        account.ou?.id ?? '',
      ] as string[]).map(cell);
    });
    yield stringify(rows, { record_delimiter: 'windows' });
  }
}
