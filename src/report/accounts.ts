import { SEVERITIES, type Severity } from '../core/model.js';
import type { JsonReport } from './schema.js';

/** One line per account of a multi-account report: what fails there, by severity, and what could not be read. */
export interface AccountRow {
  id: string;
  name: string;
  /** Its organizational unit's path ('' where the report has none). */
  ou: string;
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

export function accountRow(account: JsonReport['accounts'][number]): AccountRow {
  return { id: account.id, name: account.name ?? '', ou: ouPath(account), fails: failingChecksBySeverity([account]), errors: account.results.filter((result) => result.status === 'ERROR').length };
}

export const accountRows = (report: JsonReport): AccountRow[] => report.accounts.map(accountRow);

export const ACCOUNT_COLUMNS = { en: { account: 'Account', name: 'Name', ou: 'OU' }, ja: { account: 'アカウント', name: '名前', ou: 'OU' } } as const;

/** An account's place as people read it: the units' names from the root down ('' when the report does not know it). */
export const ouPath = (account: Pick<JsonReport['accounts'][number], 'ou'>) => account.ou?.path.map((unit) => unit.name).join(' / ') ?? '';

/** Whether the report knows where its accounts sit (an --org audit that could read the tree). */
export const hasUnits = (report: Pick<JsonReport, 'accounts'>) => report.accounts.some((account) => account.ou !== undefined);
