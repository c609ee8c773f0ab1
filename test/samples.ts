import { readFileSync } from 'node:fs';
import { CHECKS } from '../src/checks/index.js';
import { SEVERITIES, type Status } from '../src/core/model.js';

/** fixtures/expected.json, written by scripts/make-fixtures.ts: each sample's results by check and status. */
export const EXPECTED = JSON.parse(readFileSync('fixtures/expected.json', 'utf8')) as Record<string, Record<string, Partial<Record<Status, number>>>>;

export const SAMPLES = Object.keys(EXPECTED);

/** How many results of a status a sample gives, over all its checks (or the checks named). */
export function expectedCount(sample: string, status: Status, checks?: string[]): number {
  return Object.entries(EXPECTED[sample] ?? {})
    .filter(([check]) => !checks || checks.includes(check))
    .reduce((sum, [, statuses]) => sum + (statuses[status] ?? 0), 0);
}

/** The text report's "Failing checks by severity" line for a one-account sample: checks with a FAIL (however many regions), by severity. */
export function failingChecksBySeverity(sample: string): string {
  const failing = (severity: string) => CHECKS.filter((check) => check.severity === severity && (EXPECTED[sample]?.[check.id]?.FAIL ?? 0) > 0).length;
  return SEVERITIES.map((severity) => [severity, failing(severity)] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
}
