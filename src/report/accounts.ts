import { SEVERITIES, type Severity } from '../core/model.js';
import type { JsonReport } from './schema.js';

/** One line per account of a multi-account report: what fails there, by severity, and what could not be read. */
export interface AccountRow {
  id: string;
  name: string;
  fails: Record<Severity, number>;
  errors: number;
}

export function accountRows(report: JsonReport): AccountRow[] {
  return report.accounts.map((account) => {
    const fails = Object.fromEntries(SEVERITIES.map((severity) => [severity, account.results.filter((result) => result.status === 'FAIL' && !result.suppressed && result.severity === severity).length])) as Record<Severity, number>;
    return { id: account.id, name: account.name ?? '', fails, errors: account.results.filter((result) => result.status === 'ERROR').length };
  });
}

export const ACCOUNT_COLUMNS = { en: { account: 'Account', name: 'Name' }, ja: { account: 'アカウント', name: '名前' } } as const;
