import { type Result, SEVERITIES, severityRank } from '../core/model.js';

export const FAIL_ON = [...SEVERITIES, 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const EXIT = { ok: 0, findings: 1, usage: 2, incomplete: 3 } as const;

export interface GateOptions {
  failOn: FailOn;
  allowIncomplete: boolean;
}

/** What gating looks at, in a result or in a JSON report's result: a suppressed FAIL, or one a baseline knows, does not gate. */
export type Gated = Pick<Result, 'status' | 'severity'> & { suppressed?: unknown; baseline?: { state: string } };

export function isGating(result: Gated, failOn: FailOn): boolean {
  return result.status === 'FAIL' && !result.suppressed && result.baseline?.state !== 'known' && failOn !== 'none' && severityRank(result.severity) >= severityRank(failOn);
}

/**
 * docs/semantics.md: 1 (gating FAIL) beats 3 (incomplete: an ERROR, or accounts of the organization left unlisted)
 * beats 0; usage errors (2) never reach here.
 */
export function exitCode(results: readonly Gated[], options: GateOptions, accountsNotListed = false): number {
  return exitCodeOf(results.filter((result) => isGating(result, options.failOn)).length, results.filter((result) => result.status === 'ERROR').length, options, accountsNotListed);
}

/** The same, from counts: gating FAILs and ERRORs. */
export function exitCodeOf(gating: number, errors: number, options: GateOptions, accountsNotListed = false): number {
  if (gating > 0) return EXIT.findings;
  if (!options.allowIncomplete && (accountsNotListed || errors > 0)) return EXIT.incomplete;
  return EXIT.ok;
}
