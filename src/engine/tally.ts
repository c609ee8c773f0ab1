import type { ErrorKind } from '../facts/errors.js';
import { type Severity, SEVERITIES, type Status, STATUSES, severityRank } from '../core/model.js';
import type { JsonReport } from '../report/schema.js';
import { exitCodeOf, type FailOn, type Gated, type GateOptions } from './gate.js';

type Counted = Gated & { checkId: string; details?: Record<string, string | number | boolean> };

/**
 * What a report's totals, its gate and its framework tables need of its results, as counts that add
 * up account by account: what a merge keeps of the accounts it reads again only to write them.
 */
export interface Tally {
  byStatus: Record<Status, number>;
  /** Unsuppressed FAILs. */
  failuresBySeverity: Record<Severity, number>;
  /** Unsuppressed FAILs that no baseline knows: those a gate counts, at or above its --fail-on. */
  gatableBySeverity: Record<Severity, number>;
  suppressed: number;
  errorKinds: Set<ErrorKind>;
  /** Each check's results by status, checks in the order their first result came. */
  byCheck: Map<string, Record<Status, number>>;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function emptyTally(): Tally {
  return { byStatus: zeroes(STATUSES), failuresBySeverity: zeroes(SEVERITIES), gatableBySeverity: zeroes(SEVERITIES), suppressed: 0, errorKinds: new Set(), byCheck: new Map() };
}

/** The tally with these results counted in. */
export function tallyInto(tally: Tally, results: readonly Counted[]): Tally {
  for (const result of results) {
    tally.byStatus[result.status] += 1;
    if (result.suppressed) tally.suppressed += 1;
    if (result.status === 'FAIL' && !result.suppressed) {
      tally.failuresBySeverity[result.severity] += 1;
      if (result.baseline?.state !== 'known') tally.gatableBySeverity[result.severity] += 1;
    }
    const kind = result.details?.errorKind;
    if (result.status === 'ERROR' && typeof kind === 'string') tally.errorKinds.add(kind as ErrorKind);
    const check = tally.byCheck.get(result.checkId) ?? tally.byCheck.set(result.checkId, zeroes(STATUSES)).get(result.checkId);
    if (check) check[result.status] += 1;
  }
  return tally;
}

/** The tally with another one's counts added (a merge's parts). */
export function addTally(tally: Tally, other: Tally): Tally {
  for (const status of STATUSES) tally.byStatus[status] += other.byStatus[status];
  for (const severity of SEVERITIES) {
    tally.failuresBySeverity[severity] += other.failuresBySeverity[severity];
    tally.gatableBySeverity[severity] += other.gatableBySeverity[severity];
  }
  tally.suppressed += other.suppressed;
  for (const kind of other.errorKinds) tally.errorKinds.add(kind);
  for (const [checkId, counts] of other.byCheck) {
    const own = tally.byCheck.get(checkId) ?? tally.byCheck.set(checkId, zeroes(STATUSES)).get(checkId);
    if (own) for (const status of STATUSES) own[status] += counts[status];
  }
  return tally;
}

const totalOf = (tally: Tally) => STATUSES.reduce((sum, status) => sum + tally.byStatus[status], 0);

/** The FAILs that gate at this --fail-on (docs/semantics.md: a suppressed FAIL, or one a baseline knows, does not). */
export function gatingOf(tally: Tally, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  return SEVERITIES.filter((severity) => severityRank(severity) >= severityRank(failOn)).reduce((sum, severity) => sum + tally.gatableBySeverity[severity], 0);
}

/** The report's totals. */
export function summaryOf(tally: Tally, failOn: FailOn, notListed?: JsonReport['notListed']): Pick<JsonReport, 'summary' | 'errorKinds' | 'incomplete'> {
  const errorKinds = new Set(tally.errorKinds);
  if (notListed) errorKinds.add(notListed.kind);
  return {
    incomplete: tally.byStatus.ERROR > 0 || notListed !== undefined,
    summary: { total: totalOf(tally), byStatus: { ...tally.byStatus }, failuresBySeverity: { ...tally.failuresBySeverity }, gating: gatingOf(tally, failOn), suppressed: tally.suppressed },
    errorKinds: [...errorKinds].sort(),
  };
}

/** The report's totals over any results (an audit's, or merged reports'). */
export const summarize = (all: readonly Counted[], failOn: FailOn, notListed?: JsonReport['notListed']) => summaryOf(tallyInto(emptyTally(), all), failOn, notListed);

/** The exit code of the results this tally counted. */
export const exitCodeOfTally = (tally: Tally, options: GateOptions, accountsNotListed = false) => exitCodeOf(gatingOf(tally, options.failOn), tally.byStatus.ERROR, options, accountsNotListed);
