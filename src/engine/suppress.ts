import picomatch from 'picomatch';
import type { Result } from '../model.js';
import { isExpired } from './attest.js';

export interface Suppression {
  check: string;
  resource?: string;
  region?: string;
  reason: string;
  expires?: string;
}

export interface SuppressionReport {
  /** Entries past their expiry: no longer applied, and the report says so. */
  expired: Suppression[];
  /** Entries that matched no result: probably stale. */
  unused: Suppression[];
}

function matches(entry: Suppression, result: Result): boolean {
  return (
    picomatch.isMatch(result.checkId, entry.check) &&
    (entry.resource === undefined || picomatch.isMatch(result.resource, entry.resource, { dot: true, bash: true })) && // bash: a star crosses '/' in ARNs
    (entry.region === undefined || picomatch.isMatch(result.region, entry.region))
  );
}

/** Marks results suppressed (their status stays); entries combine as OR. */
export function applySuppressions(results: Result[], suppressions: Suppression[], now: Date): { results: Result[]; report: SuppressionReport } {
  const active = suppressions.filter((entry) => !isExpired(entry.expires, now));
  const used = new Set<Suppression>();
  const marked = results.map((result) => {
    const entry = active.find((candidate) => matches(candidate, result));
    if (!entry) return result;
    used.add(entry);
    return { ...result, suppressed: { reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}) } };
  });
  return {
    results: marked,
    report: {
      expired: suppressions.filter((entry) => isExpired(entry.expires, now)),
      unused: active.filter((entry) => !used.has(entry)),
    },
  };
}
