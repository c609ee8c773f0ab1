import type { z as Zod } from 'zod';
import { InputError } from '../core/errors.js';
import { byCodeUnit } from '../core/order.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { z } from '../core/zod.js';
import { type BaselineEntry, baselineEntrySchema, type JsonReport, type JsonResult } from '../report/schema.js';
import { EXIT, exitCode, isGating } from './gate.js';

/**
 * Known findings. A baseline file records an audit's unsuppressed FAILs by the identity SARIF's
 * fingerprints use (account, check, region, resource): an audit given it fails its gate on what is new
 * only, and says what was fixed. It is written for review in a pull request: sorted, one finding a
 * line, each with the day it was first recorded, and nothing that changes from run to run.
 */
export const BASELINE_FORMAT = 'aws-baseline-baseline';

export const baselineSchema = z.strictObject({
  format: z.literal(BASELINE_FORMAT),
  version: z.literal(1),
  tool: z.strictObject({ name: z.literal(TOOL_NAME), version: z.string() }),
  organization: z.string().optional().describe('the organization the findings were recorded in (an --org audit)'),
  findings: z.array(baselineEntrySchema),
});

export type Baseline = Zod.infer<typeof baselineSchema>;
export type { BaselineEntry };
type Identity = Pick<BaselineEntry, 'account' | 'check' | 'region' | 'resource'>;

const keyOf = (entry: Identity) => JSON.stringify([entry.account, entry.check, entry.region, entry.resource]);
const identityOf = (account: string, result: Pick<JsonResult, 'checkId' | 'region' | 'resource'>): Identity => ({ account, check: result.checkId, region: result.region, resource: result.resource });
const isFailing = (result: Pick<JsonResult, 'status' | 'suppressed'>) => result.status === 'FAIL' && !result.suppressed;
const byIdentity = (a: Identity, b: Identity) => byCodeUnit(a.account, b.account) || byCodeUnit(a.check, b.check) || byCodeUnit(a.region, b.region) || byCodeUnit(a.resource, b.resource);

/** What a report says of one baseline entry. */
export type EntryState = 'failing' | 'fixed' | 'unjudged';

/**
 * `fixed` only on evidence: the account, check and region were judged and gave no FAIL for the resource,
 * and nothing there could not be read (an ERROR or a skip of the resource, or of the whole account or
 * region). Entries of accounts, checks or regions this audit did not look at are `unjudged`: kept.
 */
function stateIn(report: JsonReport): (entry: Identity) => EntryState {
  const judged = new Map<string, JsonResult[]>();
  for (const account of report.accounts) {
    for (const result of account.results) {
      const place = JSON.stringify([account.id, result.checkId, result.region]);
      const there = judged.get(place);
      if (there) there.push(result);
      else judged.set(place, [result]);
    }
  }
  // An account this audit did not look at has no results: unjudged, as a check that gave none.
  return (entry) => {
    const results = judged.get(JSON.stringify([entry.account, entry.check, entry.region])) ?? [];
    if (results.some((result) => result.resource === entry.resource && result.status === 'FAIL')) return 'failing';
    const unread = results.some((result) => (result.status === 'ERROR' || result.status === 'SKIPPED') && [entry.resource, 'account', 'region'].includes(result.resource));
    return results.length === 0 || unread ? 'unjudged' : 'fixed';
  };
}

/**
 * The baseline of a report: its unsuppressed FAILs, each once, sorted. Given the previous baseline, an
 * entry already known keeps its day, and entries this audit did not judge (other accounts, checks or
 * regions, or what could not be read) are kept: writing a baseline from a part of the estate never
 * forgets the rest.
 */
export function baselineOf(report: JsonReport, previous?: Baseline): Baseline {
  const today = report.source.judgedAt.slice(0, 10);
  const since = new Map(previous?.findings.map((entry) => [keyOf(entry), entry.since]));
  const entries = new Map<string, BaselineEntry>();
  for (const account of report.accounts) {
    for (const result of account.results.filter(isFailing)) {
      const identity = identityOf(account.id, result);
      const key = keyOf(identity);
      entries.set(key, { ...identity, since: since.get(key) ?? today });
    }
  }
  const state = stateIn(report);
  for (const entry of previous?.findings ?? []) if (state(entry) === 'unjudged' && !entries.has(keyOf(entry))) entries.set(keyOf(entry), entry);
  const organization = report.organization?.id ?? previous?.organization;
  return { format: BASELINE_FORMAT, version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...(organization ? { organization } : {}), findings: [...entries.values()].sort(byIdentity) };
}

/** The file's text: keys in a fixed order, one finding a line, so that a review reads what changed. */
export function serializeBaseline(baseline: Baseline): string {
  const head = { format: baseline.format, version: baseline.version, tool: baseline.tool, ...(baseline.organization ? { organization: baseline.organization } : {}) };
  const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const findings = baseline.findings.map((entry, index) => {
    const { account, check, region, resource, since } = entry;
    return `    ${JSON.stringify({ account, check, region, resource, since })}${index < baseline.findings.length - 1 ? ',' : ''}`;
  });
  return ['{', ...lines, findings.length ? '  "findings": [' : '  "findings": []', ...(findings.length ? [...findings, '  ]'] : []), '}', ''].join('\n');
}

/** --prune-baseline: the baseline without the entries a report found fixed. */
export function withoutFixed(baseline: Baseline, fixed: readonly Identity[]): Baseline {
  const gone = new Set(fixed.map(keyOf));
  return { ...baseline, findings: baseline.findings.filter((entry) => !gone.has(keyOf(entry))) };
}

/** A baseline recorded in another organization judges nothing here: refused, naming both. */
export function checkBaselineScope(baseline: Baseline, report: Pick<JsonReport, 'organization'>, file: string): void {
  const here = report.organization?.id;
  if (baseline.organization && here && baseline.organization !== here) {
    throw new InputError(
      `${file}: the baseline was recorded in organization ${baseline.organization}, and this audit is of ${here}: give the baseline of this organization, or write one with --write-baseline`,
      `${file}: このベースラインは組織 ${baseline.organization} で記録されたもので、この監査は ${here} のものです。この組織のベースラインを指定するか、--write-baseline で作成してください`,
    );
  }
}

export interface BaselineGate {
  allowIncomplete: boolean;
  /** --fail-on-stale found a stale suppression: the gate fails whatever the baseline says. */
  stale: boolean;
}

/**
 * The report read against a baseline: each unsuppressed FAIL marked known (with its day) or new; the
 * entries fixed since; the gate judged again, known findings no longer failing it.
 */
export function applyBaseline(report: JsonReport, baseline: Baseline, file: string, gate: BaselineGate): JsonReport & Required<Pick<JsonReport, 'baseline'>> {
  checkBaselineScope(baseline, report, file);
  const since = new Map(baseline.findings.map((entry) => [keyOf(entry), entry.since]));
  let known = 0;
  let added = 0;
  const accounts = report.accounts.map((account) => ({
    ...account,
    results: account.results.map((result): JsonResult => {
      if (!isFailing(result)) return result;
      const day = since.get(keyOf(identityOf(account.id, result)));
      if (day === undefined) {
        added += 1;
        return { ...result, baseline: { state: 'new' } };
      }
      known += 1;
      return { ...result, baseline: { state: 'known', since: day } };
    }),
  }));
  const state = stateIn(report);
  const fixed = baseline.findings.filter((entry) => state(entry) === 'fixed');
  const unjudged = baseline.findings.filter((entry) => state(entry) === 'unjudged').length;
  const results = accounts.flatMap((account) => account.results);
  const code = exitCode(results, { failOn: report.failOn, allowIncomplete: gate.allowIncomplete }, report.notListed !== undefined);
  return {
    ...report,
    accounts,
    exitCode: gate.stale ? EXIT.findings : code,
    summary: { ...report.summary, gating: results.filter((result) => isGating(result, report.failOn)).length },
    baseline: { file, entries: baseline.findings.length, new: added, known, fixed, unjudged },
  };
}
