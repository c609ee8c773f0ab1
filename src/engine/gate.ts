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
  if (results.some((result) => isGating(result, options.failOn))) return EXIT.findings;
  if (!options.allowIncomplete && (accountsNotListed || results.some((result) => result.status === 'ERROR'))) return EXIT.incomplete;
  return EXIT.ok;
}
