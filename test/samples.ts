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

/** The text report's "Failures by severity" line for a sample (unsuppressed FAILs, by the checks' severities). */
export function failuresBySeverity(sample: string): string {
  return SEVERITIES.map((severity) => [severity, expectedCount(sample, 'FAIL', CHECKS.filter((check) => check.severity === severity).map((check) => check.id))] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
}
