import { InputError } from '../core/errors.js';
import type { JsonReport } from '../report/schema.js';
import { costOf } from './report.js';
import type { FailOn } from './gate.js';
import { addTally, emptyTally, exitCodeOfTally, summaryOf, type Tally, tallyInto } from './tally.js';
import { byCodeUnit } from '../core/order.js';

export interface MergeInput {
  file: string;
  /** Its accounts may be read from the file only when asked for (io/report-input.ts): the merge never reads their results. */
  report: JsonReport;
  /** Its results counted, when they were counted as they were read; else they are counted here. */
  tally?: Tally;
}

/** The merged report, and its results counted (framework tables are read from those counts). */
export interface Merged {
  report: JsonReport;
  tally: Tally;
}

export interface MergeOptions {
  /** undefined: the reports' own --fail-on (they must agree). */
  failOn?: FailOn;
  allowIncomplete: boolean;
}

function refuse(en: string, ja: string): never {
  throw new InputError(`merge: ${en}`, `merge: ${ja}`);
}

/** The one value every report shares, or a clear refusal naming the first file that differs. */
function same<T>(inputs: readonly MergeInput[], pick: (report: JsonReport) => T, what: { en: string; ja: string }): T {
  const [first, ...rest] = inputs;
  if (!first) refuse('no report given', 'レポートが指定されていません');
  const expected = JSON.stringify(pick(first.report));
  const other = rest.find((input) => JSON.stringify(pick(input.report)) !== expected);
  if (other) refuse(`${other.file} and ${first.file} differ in ${what.en}: reports of one audit only (run every shard with the same version, checks, language and config)`, `${other.file} と ${first.file} で${what.ja}が異なります。同じ監査のレポートだけを結合できます(すべてのシャードを同じバージョン、チェック、言語、設定で実行してください)`);
  return pick(first.report);
}

/**
 * JSON reports of one audit (the shards of a CI matrix) as one report: same tool and catalog, same
 * organization, each account once. Totals and the exit code are computed again over every account
 * (docs/semantics.md), so that a merged gate is the gate the whole audit would have been.
 */
export function mergeReports(inputs: readonly MergeInput[], options: MergeOptions): Merged {
  same(inputs, (report) => report.tool, { en: 'tool version', ja: 'ツールのバージョン' });
  same(inputs, (report) => report.lang, { en: 'language', ja: '言語' });
  same(inputs, (report) => report.catalog, { en: 'the checks selected', ja: '選択されたチェック' });
  same(inputs, (report) => report.organization?.id ?? null, { en: 'organization', ja: '組織' });
  same(inputs, (report) => report.source.kind, { en: 'source (live or snapshot)', ja: '収集元(ライブかスナップショットか)' });
  const failOn = options.failOn ?? same(inputs, (report) => report.failOn, { en: '--fail-on', ja: '--fail-on' });
  const seen = new Map<string, string>();
  for (const { file, report } of inputs) {
    for (const account of report.accounts) {
      const before = seen.get(account.id);
      if (before !== undefined) refuse(`account ${account.id} is in both ${before} and ${file}: each account may come from one report only`, `アカウント ${account.id} が ${before} と ${file} の両方にあります。各アカウントは 1 つのレポートからのみ結合できます`);
      seen.set(account.id, file);
    }
  }
  const reports = inputs.map((input) => input.report);
  const [first] = reports as [JsonReport, ...JsonReport[]];
  const accounts = reports.flatMap((report) => report.accounts).sort((a, b) => byCodeUnit(a.id, b.id));
  const tally = inputs.reduce((sum, input) => addTally(sum, input.tally ?? input.report.accounts.reduce((own, account) => tallyInto(own, account.results), emptyTally())), emptyTally());
  if (Object.values(tally.byStatus).every((count) => count === 0)) refuse('nothing was judged: the reports hold no result', '何も判定されませんでした: レポートに結果がありません');
  // Each shard lists the organization: the one that listed fewest says where the list broke off.
  const notListed = reports.flatMap((report) => (report.notListed ? [report.notListed] : [])).sort((a, b) => a.after - b.after)[0];
  const { summary, errorKinds, incomplete } = summaryOf(tally, failOn, notListed);
  const baseline = mergedBaseline(inputs);
  const paid = reports.reduce((sum, report) => sum + report.paidCalls.count, 0);
  const report: JsonReport = {
    schemaVersion: first.schemaVersion,
    tool: first.tool,
    startedAt: reports.map((report) => report.startedAt).sort()[0] ?? first.startedAt,
    finishedAt: reports.map((report) => report.finishedAt).sort().at(-1) ?? first.finishedAt,
    lang: first.lang,
    source: first.source,
    ...(first.organization ? { organization: first.organization } : {}),
    ...(notListed ? { notListed } : {}),
    incomplete,
    exitCode: exitCodeOfTally(tally, { failOn, allowIncomplete: options.allowIncomplete }, notListed !== undefined),
    failOn,
    accounts,
    catalog: first.catalog,
    summary,
    paidCalls: { count: paid, costUsd: costOf(paid), skipped: reports.some((report) => report.paidCalls.skipped) },
    errorKinds,
    ...(baseline ? { baseline } : {}),
  };
  return { report, tally };
}

/**
 * Shards read against one baseline: their counts add up, each fixed what it judged; an entry judged by
 * no shard is left unjudged. The parts' marks stand for the whole only when every part was read against it.
 */
function mergedBaseline(inputs: readonly MergeInput[]): JsonReport['baseline'] {
  const parts = inputs.map((input) => input.report.baseline);
  if (parts.every((part) => part === undefined)) return undefined;
  const file = same(inputs, (report) => (report.baseline ? { file: report.baseline.file, entries: report.baseline.entries } : null), { en: 'baseline (--baseline)', ja: 'ベースライン(--baseline)' });
  if (!file) return undefined;
  const sum = (pick: (part: NonNullable<JsonReport['baseline']>) => number) => parts.reduce((total, part) => total + (part ? pick(part) : 0), 0);
  const fixed = parts.flatMap((part) => part?.fixed ?? []);
  const known = sum((part) => part.known);
  return { ...file, new: sum((part) => part.new), known, fixed, unjudged: file.entries - known - fixed.length };
}
