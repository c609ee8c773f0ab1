import { byCodeUnit } from '../core/order.js';
import { InputError } from '../core/errors.js';
import type { JsonReport } from '../report/schema.js';

/** One report of the past, reduced to what a trend needs: when, and each judged check's unsuppressed FAILs per account. */
export interface TrendPoint {
  file: string;
  at: string;
  organization?: string;
  /** `account check` → unsuppressed FAILs; a check judged without a FAIL is 0, one not judged is absent. */
  fails: Map<string, number>;
}

const keyOf = (account: string, check: string) => `${account} ${check}`;

/** A report as a point of the trend; the rest of it can be let go (a year of weekly reports of a large organization). */
export function trendPoint(file: string, report: Pick<JsonReport, 'finishedAt' | 'accounts' | 'organization'>): TrendPoint {
  const fails = new Map<string, number>();
  for (const account of report.accounts) {
    for (const result of account.results) {
      const key = keyOf(account.id, result.checkId);
      fails.set(key, (fails.get(key) ?? 0) + (result.status === 'FAIL' && !result.suppressed ? 1 : 0));
    }
  }
  return { file, at: report.finishedAt, ...(report.organization ? { organization: report.organization.id } : {}), fails };
}

/**
 * The report with its trend: each check of each account over the earlier reports and this one, oldest
 * first. Only what failed at some moment is drawn. Reports of another organization are refused.
 */
export function withTrend(report: JsonReport, history: readonly TrendPoint[]): JsonReport {
  const here = report.organization?.id;
  const stranger = history.find((point) => point.organization && here && point.organization !== here);
  if (stranger) throw new InputError(`--history: ${stranger.file} is a report of organization ${stranger.organization}, and this audit is of ${here}`, `--history: ${stranger.file} は組織 ${stranger.organization} のレポートで、この監査は ${here} のものです`);
  const points = [...history.filter((point) => point.at < report.finishedAt), trendPoint('', report)].sort((a, b) => byCodeUnit(a.at, b.at));
  const keys = new Set(points.flatMap((point) => [...point.fails].filter(([, count]) => count > 0).map(([key]) => key)));
  const series = [...keys].sort(byCodeUnit).map((key) => {
    const [account = '', check = ''] = key.split(' ');
    return { account, check, fails: points.map((point) => point.fails.get(key) ?? null) };
  });
  return { ...report, trend: { at: points.map((point) => point.at), series } };
}
