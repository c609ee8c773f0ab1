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

/**
 * A report as a point of the trend; the rest of it can be let go (a year of weekly reports of a large
 * organization). A check that failed nowhere is 0 only where it was read: with an ERROR, or nothing but
 * skips, it is not judged (a gap in the line, never a fall to zero).
 */
export function trendPoint(file: string, report: Pick<JsonReport, 'finishedAt' | 'accounts' | 'organization'>): TrendPoint {
  const seen = new Map<string, { fails: number; unread: boolean; judged: boolean }>();
  for (const account of report.accounts) {
    for (const result of account.results) {
      const key = keyOf(account.id, result.checkId);
      const tally = seen.get(key) ?? { fails: 0, unread: false, judged: false };
      if (result.status === 'FAIL' && !result.suppressed) tally.fails += 1;
      if (result.status === 'ERROR') tally.unread = true;
      if (result.status !== 'ERROR' && result.status !== 'SKIPPED') tally.judged = true;
      seen.set(key, tally);
    }
  }
  const fails = new Map([...seen].filter(([, tally]) => tally.fails > 0 || (tally.judged && !tally.unread)).map(([key, tally]) => [key, tally.fails]));
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
