import { byCodeUnit } from '../core/order.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { DiffCheck, DiffItem, ReportDiff } from '../report/diff.js';
import type { JsonReport, JsonResult } from '../report/schema.js';
import { applyBaseline, baselineOf } from './baseline.js';
import { EXIT, type FailOn, isGating } from './gate.js';

export interface DiffInput {
  file: string;
  report: JsonReport;
}

export interface DiffOptions {
  failOn?: FailOn;
  allowIncomplete: boolean;
}

type Kind = 'new' | 'fixed' | 'stillFailing' | 'newlyError';

const where = (result: Pick<JsonResult, 'region' | 'resource'>) => JSON.stringify([result.region, result.resource]);

/**
 * Two JSON reports of the same estate, the older read as the baseline of the newer: the answer an audit
 * given `--write-baseline` of the older then `--baseline` would give, plus what could be read before and
 * cannot now (lost visibility is news too). Exit 1 for a new FAIL at or above --fail-on, else 3 for a
 * new ERROR (unless --allow-incomplete), else 0.
 */
export function diffReports(older: DiffInput, newer: DiffInput, options: DiffOptions): ReportDiff {
  const failOn = options.failOn ?? newer.report.failOn;
  const read = applyBaseline({ ...newer.report, failOn }, baselineOf(older.report), older.file, { allowIncomplete: true, stale: false });
  const block = read.baseline;
  const erroredBefore = new Map(older.report.accounts.map((account) => [account.id, new Set(account.results.filter((result) => result.status === 'ERROR').map((result) => `${result.checkId} ${where(result)}`))]));
  const catalog = new Map([...older.report.catalog, ...newer.report.catalog].map((entry) => [entry.id, entry]));
  const order = new Map([...catalog.keys()].map((id, index) => [id, index]));
  const place = (id: string) => order.get(id) ?? order.size;
  const names = new Map([...older.report.accounts, ...newer.report.accounts].map((account) => [account.id, account.name]));
  const checks = new Map<string, { account: string; body: DiffCheck }>();
  const add = (account: string, check: string, kind: Kind, item: DiffItem) => {
    const key = `${account} ${check}`;
    const entry = catalog.get(check);
    const known = checks.get(key) ?? { account, body: { check, severity: entry?.severity ?? 'info', title: entry?.title ?? check, new: [], fixed: [], stillFailing: [], newlyError: [] } };
    known.body[kind].push(item);
    checks.set(key, known);
  };
  let gating = false;
  let newlyError = 0;
  for (const account of read.accounts) {
    for (const result of account.results) {
      const item = { region: result.region, resource: result.resource, message: result.message };
      if (result.baseline?.state === 'new') add(account.id, result.checkId, 'new', item);
      if (result.baseline?.state === 'known') add(account.id, result.checkId, 'stillFailing', { ...item, since: result.baseline.since });
      if (result.status === 'ERROR' && !erroredBefore.get(account.id)?.has(`${result.checkId} ${where(result)}`)) {
        add(account.id, result.checkId, 'newlyError', item);
        newlyError += 1;
      }
      if (isGating(result, failOn)) gating = true;
    }
  }
  for (const entry of block.fixed) add(entry.account, entry.check, 'fixed', { region: entry.region, resource: entry.resource, since: entry.since });
  const grouped = new Map<string, DiffCheck[]>();
  for (const { account, body } of [...checks.values()].sort((a, b) => byCodeUnit(a.account, b.account) || place(a.body.check) - place(b.body.check))) {
    grouped.set(account, [...(grouped.get(account) ?? []), body]);
  }
  return {
    format: 'aws-baseline-diff',
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    lang: newer.report.lang,
    old: { file: older.file, finishedAt: older.report.finishedAt },
    new: { file: newer.file, finishedAt: newer.report.finishedAt },
    failOn,
    exitCode: gating ? EXIT.findings : newlyError > 0 && !options.allowIncomplete ? EXIT.incomplete : EXIT.ok,
    summary: { new: block.new, fixed: block.fixed.length, stillFailing: block.known, newlyError, unjudged: block.unjudged },
    accounts: [...grouped].map(([id, list]) => ({ id, ...(names.get(id) ? { name: names.get(id) } : {}), checks: list })),
  };
}
