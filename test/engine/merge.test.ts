// mergeReports directly: each refusal names what differs, in both languages, and the merged report's
// own fields (times, paid calls, organization) are those of the whole audit.
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeReports, type MergeInput } from '../../src/engine/merge.js';
import { InputError } from '../../src/core/errors.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';

let whole: JsonReport;
beforeAll(async () => {
  const run = await runCli(['audit', '--snapshot', 'fixtures/accounts/several.json', '--format', 'json']);
  whole = JSON.parse(run.stdout) as JsonReport;
});

/** The audit split into one report per account, each adjusted as a test needs. */
const shards = (adjust: (report: JsonReport, index: number) => Partial<JsonReport> = () => ({})): MergeInput[] =>
  whole.accounts.map((account, index) => {
    const report: JsonReport = { ...whole, accounts: [account] };
    return { file: `shard-${index + 1}.json`, report: { ...report, ...adjust(report, index) } };
  });

function refusal(inputs: MergeInput[]): InputError {
  try {
    mergeReports(inputs, { allowIncomplete: false });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('merge accepted what it should refuse');
}

describe('mergeReports', () => {
  it('refuses no report at all', () => {
    const error = refusal([]);
    expect([error.text('en'), error.text('ja')]).toEqual(['merge: no report given', 'merge: レポートが指定されていません']);
  });

  it.each([
    ['tool version', 'ツールのバージョン', (report: JsonReport) => ({ tool: { ...report.tool, version: '9.9.9' } })],
    ['language', '言語', () => ({ lang: 'ja' as const })],
    ['the checks selected', '選択されたチェック', (report: JsonReport) => ({ catalog: report.catalog.slice(1) })],
    ['organization', '組織', () => ({ organization: { id: 'o-other', managementAccountId: '999999999999' } })],
    ['source (live or snapshot)', '収集元(ライブかスナップショットか)', () => ({ source: { kind: 'live' as const } as JsonReport['source'] })],
    ['--fail-on', '--fail-on', () => ({ failOn: 'critical' as const })],
  ])('refuses reports that differ in %s, naming both files', (en, ja, change) => {
    const error = refusal(shards((report, index) => (index === 2 ? change(report) : {})));
    expect(error.text('en')).toBe(`merge: shard-3.json and shard-1.json differ in ${en}: reports of one audit only (run every shard with the same version, checks, language and config)`);
    expect(error.text('ja')).toBe(`merge: shard-3.json と shard-1.json で${ja}が異なります。同じ監査のレポートだけを結合できます(すべてのシャードを同じバージョン、チェック、言語、設定で実行してください)`);
  });

  it('refuses two organizations, not only an organization and none', () => {
    const error = refusal(shards((_, index) => ({ organization: { id: index === 2 ? 'o-bbbbbb' : 'o-aaaaaa', managementAccountId: '111111111111' } })));
    expect(error.text('en')).toContain('shard-3.json and shard-1.json differ in organization');
  });

  it('refuses reports that hold no result at all', () => {
    const error = refusal(shards().map((input) => ({ ...input, report: { ...input.report, accounts: [] } })));
    expect([error.text('en'), error.text('ja')]).toEqual(['merge: nothing was judged: the reports hold no result', 'merge: 何も判定されませんでした: レポートに結果がありません']);
  });

  it('refuses an account that two reports hold', () => {
    const inputs = shards();
    const error = refusal([...inputs, { file: 'again.json', report: inputs[1]!.report }]);
    const id = whole.accounts[1]!.id;
    expect(error.text('en')).toBe(`merge: account ${id} is in both shard-2.json and again.json: each account may come from one report only`);
    expect(error.text('ja')).toContain(`アカウント ${id} が shard-2.json と again.json の両方にあります`);
  });

  it('spans the earliest start to the latest finish, adds paid calls, and keeps the organization', () => {
    const starts = ['2026-11-20T12:00:03Z', '2026-11-20T12:00:01Z', '2026-11-20T12:00:05Z', '2026-11-20T12:00:02Z', '2026-11-20T12:00:04Z'];
    const organization = { id: 'o-abc123', managementAccountId: '111111111111' };
    const { report: merged } = mergeReports(
      shards((_, index) => ({
        startedAt: starts[index]!,
        finishedAt: starts[index]!.replace(':00:', ':01:'),
        paidCalls: { count: index + 1, costUsd: (index + 1) / 100, skipped: index === 3 },
        organization,
      })),
      { allowIncomplete: false },
    );
    expect([merged.startedAt, merged.finishedAt]).toEqual(['2026-11-20T12:00:01Z', '2026-11-20T12:01:05Z']);
    expect(merged.paidCalls).toEqual({ count: 15, costUsd: 0.15, skipped: true });
    expect(merged.organization).toEqual(organization);
    expect(merged.accounts.map((account) => account.id)).toEqual(whole.accounts.map((account) => account.id));
  });

  it('keeps where the account list broke off (the shard that listed fewest), and makes a clean whole incomplete: exit 3, or 0 with allowIncomplete', () => {
    const clean = shards((report) => ({ accounts: report.accounts.map((account) => ({ ...account, results: account.results.filter((result) => result.status === 'PASS') })) }));
    expect(mergeReports(clean, { failOn: 'none', allowIncomplete: false }).report).toMatchObject({ exitCode: 0, incomplete: false });
    const cut = clean.map((input, index) => (index < 2 ? { ...input, report: { ...input.report, notListed: { after: 40 - index * 20, kind: 'throttled' as const, message: 'Rate exceeded' } } } : input));
    const { report: merged } = mergeReports(cut, { failOn: 'none', allowIncomplete: false });
    expect(merged).toMatchObject({ exitCode: 3, incomplete: true, notListed: { after: 20, kind: 'throttled' } });
    expect(merged.errorKinds).toContain('throttled');
    expect(mergeReports(cut, { failOn: 'none', allowIncomplete: true }).report.exitCode).toBe(0);
  });
});
