import { SEVERITIES, type Severity } from '../core/model.js';
import type { JsonReport } from './schema.js';

/** One line per account of a multi-account report: what fails there, by severity, and what could not be read. */
export interface AccountRow {
  id: string;
  name: string;
  fails: Record<Severity, number>;
  errors: number;
}

/**
 * Failing checks by severity, as a reader counts them: one per check and account, however many regions
 * or resources of it fail (seventeen regions without a recorder are one missing setting, not seventeen
 * high findings). The JSON summary keeps the count of results.
 */
export function failingChecksBySeverity(accounts: readonly Pick<JsonReport['accounts'][number], 'results'>[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const account of accounts) {
    const failing = new Map(account.results.filter((result) => result.status === 'FAIL' && !result.suppressed).map((result) => [result.checkId, result.severity]));
    for (const severity of failing.values()) counts[severity] += 1;
  }
  return counts;
}

export function accountRows(report: JsonReport): AccountRow[] {
  return report.accounts.map((account) => ({ id: account.id, name: account.name ?? '', fails: failingChecksBySeverity([account]), errors: account.results.filter((result) => result.status === 'ERROR').length }));
}

export const ACCOUNT_COLUMNS = { en: { account: 'Account', name: 'Name' }, ja: { account: 'アカウント', name: '名前' } } as const;
