import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { applyBaseline, type Baseline, type BaselineEntry, baselineOf, baselineSchema, serializeBaseline, withoutFixed } from '../../src/engine/baseline.js';
import { diffReports } from '../../src/engine/diff.js';
import { EXIT } from '../../src/engine/gate.js';
import { mergeReports } from '../../src/engine/merge.js';
import type { JsonReport, JsonResult } from '../../src/report/schema.js';

// Reports are built by hand: only what the baseline reads (accounts, results, the judging day, the organization, the gate).
const A = '111111111111';
const B = '222222222222';

const result = (checkId: string, status: JsonResult['status'], fields: Partial<JsonResult> = {}): JsonResult => ({
  checkId,
  severity: 'high',
  status,
  region: 'global',
  resource: 'account',
  message: `${checkId} ${status}`,
  messages: { en: `${checkId} ${status}`, ja: `${checkId} ${status}` },
  messageKey: status.toLowerCase(),
  title: checkId,
  remediation: 'fix it',
  docs: 'https://docs.aws.amazon.com/',
  ...fields,
});

type Account = JsonReport['accounts'][number];
const account = (id: string, results: JsonResult[]): Account => ({ id, partition: 'aws', regions: ['us-east-1', 'eu-west-1'], results, checks: [], suppressions: { expired: [], unused: [] } });

const report = (accounts: Account[], fields: Partial<JsonReport> = {}): JsonReport => ({
  schemaVersion: 1,
  tool: { name: 'aws-baseline', version: '0.1.0' },
  startedAt: '2026-12-01T09:00:00.000Z',
  finishedAt: '2026-12-01T09:01:00.000Z',
  lang: 'en',
  source: { kind: 'snapshot', judgedAt: '2026-12-01T09:00:00.000Z', clock: 'fixed' },
  incomplete: false,
  exitCode: 1,
  failOn: 'low',
  accounts,
  catalog: [],
  summary: { total: 0, byStatus: { PASS: 0, FAIL: 0, ERROR: 0, SKIPPED: 0, MANUAL: 0 }, failuresBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, gating: 0, suppressed: 0 },
  paidCalls: { count: 0, costUsd: 0, skipped: false },
  errorKinds: [],
  ...fields,
});

const entry = (account: string, check: string, fields: Partial<BaselineEntry> = {}): BaselineEntry => ({ account, check, region: 'global', resource: 'account', since: '2026-11-01', ...fields });
const baseline = (findings: BaselineEntry[], organization?: string): Baseline => ({ format: 'aws-baseline-baseline', version: 1, tool: { name: 'aws-baseline', version: '0.1.0' }, ...(organization ? { organization } : {}), findings });
const gate = { allowIncomplete: false, stale: false };
const bob = 'arn:aws:iam::111111111111:user/bob';
const carol = 'arn:aws:iam::111111111111:user/carol';

describe('writing a baseline', () => {
  it('records each unsuppressed FAIL once, sorted, dated by the judging day; never a PASS, an ERROR or a suppressed FAIL', () => {
    const written = baselineOf(
      report([
        account(B, [result('iam.root-mfa', 'FAIL')]),
        account(A, [
          result('iam.user-console-mfa', 'FAIL', { resource: carol }),
          result('iam.user-console-mfa', 'FAIL', { resource: bob }),
          result('config.recorder', 'FAIL', { region: 'us-east-1', resource: 'region' }),
          result('iam.root-mfa', 'PASS'),
          result('guardduty.enabled', 'ERROR', { region: 'us-east-1', resource: 'region' }),
          result('iam.admin-mfa', 'FAIL', { suppressed: { reason: 'break-glass' } }),
        ]),
      ]),
    );
    expect(written.findings.map((found) => `${found.account} ${found.check} ${found.region} ${found.resource.split('/').pop()} ${found.since}`)).toEqual([
      `${A} config.recorder us-east-1 region 2026-12-01`,
      `${A} iam.user-console-mfa global bob 2026-12-01`,
      `${A} iam.user-console-mfa global carol 2026-12-01`,
      `${B} iam.root-mfa global account 2026-12-01`,
    ]);
    expect(written.organization).toBeUndefined();
  });

  it('keeps the day of a finding already known; drops what was fixed; keeps what this audit did not judge (another account, check or region, or an ERROR)', () => {
    const previous = baseline(
      [
        entry(A, 'iam.root-mfa', { since: '2026-10-01' }), // still failing: keeps its day
        entry(A, 'iam.user-console-mfa', { resource: bob }), // now PASS: fixed, dropped
        entry(B, 'iam.root-mfa'), // another account: kept
        entry(A, 'billing.budget'), // a check not run: kept
        entry(A, 'guardduty.enabled', { region: 'us-east-1', resource: 'region' }), // ERROR now: kept
        entry(A, 'config.recorder', { region: 'ap-south-1', resource: 'region' }), // a region not audited: kept
      ],
      'o-abc',
    );
    const now = report(
      [
        account(A, [
          result('iam.root-mfa', 'FAIL'),
          result('iam.user-console-mfa', 'PASS', { resource: bob }),
          result('guardduty.enabled', 'ERROR', { region: 'us-east-1', resource: 'region' }),
          result('config.recorder', 'PASS', { region: 'us-east-1', resource: 'region' }),
        ]),
      ],
      { organization: { id: 'o-abc', managementAccountId: A } },
    );
    const written = baselineOf(now, previous);
    expect(written.findings.map((found) => `${found.account} ${found.check} ${found.region} ${found.since}`)).toEqual([
      `${A} billing.budget global 2026-11-01`,
      `${A} config.recorder ap-south-1 2026-11-01`,
      `${A} guardduty.enabled us-east-1 2026-11-01`,
      `${A} iam.root-mfa global 2026-10-01`,
      `${B} iam.root-mfa global 2026-11-01`,
    ]);
    expect(written.organization).toBe('o-abc');
  });

  it('is written one finding a line, keys in a fixed order, and reads back as it was', () => {
    const written = baseline([entry(A, 'iam.root-mfa'), entry(B, 'config.recorder', { region: 'us-east-1', resource: 'region' })], 'o-abc');
    const text = serializeBaseline(written);
    expect(text.split('\n')).toEqual([
      '{',
      '  "format": "aws-baseline-baseline",',
      '  "version": 1,',
      '  "tool": {"name":"aws-baseline","version":"0.1.0"},',
      '  "organization": "o-abc",',
      '  "findings": [',
      `    {"account":"${A}","check":"iam.root-mfa","region":"global","resource":"account","since":"2026-11-01"},`,
      `    {"account":"${B}","check":"config.recorder","region":"us-east-1","resource":"region","since":"2026-11-01"}`,
      '  ]',
      '}',
      '',
    ]);
    expect(baselineSchema.parse(JSON.parse(text))).toEqual(written);
    const empty = serializeBaseline(baseline([]));
    expect(baselineSchema.parse(JSON.parse(empty))).toEqual(baseline([]));
    expect(empty).toContain('"findings": []');
  });
});

describe('an audit read against a baseline', () => {
  const known = baseline([entry(A, 'iam.root-mfa', { since: '2026-10-01' }), entry(A, 'iam.user-console-mfa', { resource: bob }), entry(B, 'iam.root-mfa')]);

  it('marks each unsuppressed FAIL known (with its day) or new, lists what was fixed, counts what it could not judge', () => {
    const read = applyBaseline(
      report([
        account(A, [
          result('iam.root-mfa', 'FAIL'),
          result('iam.user-console-mfa', 'PASS', { resource: bob }),
          result('iam.user-console-mfa', 'FAIL', { resource: carol }),
          result('iam.admin-mfa', 'FAIL', { suppressed: { reason: 'break-glass' } }),
        ]),
      ]),
      known,
      'b.json',
      gate,
    );
    const marks = read.accounts[0]?.results.map((found) => `${found.checkId} ${found.resource.split('/').pop()} ${JSON.stringify(found.baseline ?? null)}`);
    expect(marks).toEqual([
      'iam.root-mfa account {"state":"known","since":"2026-10-01"}',
      'iam.user-console-mfa bob null',
      'iam.user-console-mfa carol {"state":"new"}',
      'iam.admin-mfa account null',
    ]);
    expect(read.baseline).toEqual({ file: 'b.json', entries: 3, new: 1, known: 1, fixed: [entry(A, 'iam.user-console-mfa', { resource: bob })], unjudged: 1 });
    expect(read.summary.gating).toBe(1);
    expect(read.exitCode).toBe(EXIT.findings);
  });

  it.each([
    { name: 'only known FAILs: the gate passes', results: [result('iam.root-mfa', 'FAIL')], options: gate, exit: EXIT.ok },
    { name: 'a new FAIL below --fail-on: passes', results: [result('iam.root-mfa', 'FAIL'), result('x.low', 'FAIL', { severity: 'low' })], failOn: 'medium' as const, options: gate, exit: EXIT.ok },
    { name: 'a new FAIL at --fail-on: fails', results: [result('x.medium', 'FAIL', { severity: 'medium' })], failOn: 'medium' as const, options: gate, exit: EXIT.findings },
    { name: 'known FAILs and an ERROR: incomplete', results: [result('iam.root-mfa', 'FAIL'), result('x.error', 'ERROR')], options: gate, exit: EXIT.incomplete },
    { name: 'known FAILs and an ERROR, --allow-incomplete: passes', results: [result('iam.root-mfa', 'FAIL'), result('x.error', 'ERROR')], options: { allowIncomplete: true, stale: false }, exit: EXIT.ok },
    { name: 'only known FAILs, a stale suppression with --fail-on-stale: fails', results: [result('iam.root-mfa', 'FAIL')], options: { allowIncomplete: false, stale: true }, exit: EXIT.findings },
    { name: 'only known FAILs, accounts not listed: incomplete', results: [result('iam.root-mfa', 'FAIL')], notListed: true, options: gate, exit: EXIT.incomplete },
  ])('gate: $name', ({ results, failOn, options, notListed, exit }) => {
    const fields: Partial<JsonReport> = { ...(failOn ? { failOn } : {}), ...(notListed ? { notListed: { after: 1, kind: 'throttled', message: 'throttled' } } : {}) };
    expect(applyBaseline(report([account(A, results)], fields), known, 'b.json', options).exitCode).toBe(exit);
  });

  it.each([
    { name: 'judged without a FAIL', results: [result('iam.user-console-mfa', 'PASS', { resource: carol })], state: 'fixed' },
    { name: 'the resource is gone (the check judged others)', results: [], state: 'fixed' },
    { name: "an ERROR on another resource does not hide this one's PASS", results: [result('iam.user-console-mfa', 'ERROR', { resource: carol })], state: 'fixed' },
    { name: 'an ERROR on this resource', results: [result('iam.user-console-mfa', 'ERROR', { resource: bob })], state: 'unjudged' },
    { name: 'an ERROR of the whole account', results: [result('iam.user-console-mfa', 'ERROR')], state: 'unjudged', alone: true },
    { name: 'a skip of the whole region', results: [result('iam.user-console-mfa', 'SKIPPED', { resource: 'region' })], state: 'unjudged', alone: true },
    { name: 'no result of the check there at all', results: [], state: 'unjudged', alone: true },
  ])('an entry is fixed only on evidence: $name → $state', ({ results, state, alone }) => {
    const others = alone ? [] : [result('iam.user-console-mfa', 'PASS', { resource: 'arn:aws:iam::111111111111:user/dave' })];
    const read = applyBaseline(report([account(A, [...others, ...results])]), baseline([entry(A, 'iam.user-console-mfa', { resource: bob })]), 'b.json', gate);
    expect(read.baseline?.fixed.length ? 'fixed' : read.baseline?.unjudged ? 'unjudged' : 'neither').toBe(state);
  });

  it('refuses a baseline of another organization, naming both (exit 2)', () => {
    const run = () => applyBaseline(report([account(A, [])], { organization: { id: 'o-here', managementAccountId: A } }), baseline([], 'o-there'), 'b.json', gate);
    expect(run).toThrow(InputError);
    expect(run).toThrow(/b\.json: the baseline was recorded in organization o-there, and this audit is of o-here/);
    // A baseline of no organization, or an audit of one account, is taken.
    expect(() => applyBaseline(report([account(A, [])]), baseline([], 'o-there'), 'b.json', gate)).not.toThrow();
  });

  it('--prune-baseline keeps every entry but the fixed ones', () => {
    const pruned = withoutFixed(known, [entry(A, 'iam.user-console-mfa', { resource: bob, since: 'ignored' })]);
    expect(pruned.findings).toEqual([known.findings[0], known.findings[2]]);
  });

  it('merge: shards read against one baseline add up; each entry judged by no shard stays unjudged', () => {
    const shard = (accounts: Account[]) => applyBaseline(report(accounts), known, 'b.json', gate);
    const first = shard([account(A, [result('iam.root-mfa', 'FAIL'), result('iam.user-console-mfa', 'PASS', { resource: bob })])]);
    const second = shard([account('333333333333', [result('iam.root-mfa', 'FAIL')])]);
    const { report: merged } = mergeReports([{ file: '1.json', report: first }, { file: '2.json', report: second }], { allowIncomplete: false });
    expect(merged.baseline).toEqual({ file: 'b.json', entries: 3, new: 1, known: 1, fixed: [known.findings[1]], unjudged: 1 });
    expect(merged.exitCode).toBe(EXIT.findings);
    expect(() => mergeReports([{ file: '1.json', report: first }, { file: '2.json', report: { ...second, baseline: { ...second.baseline, file: 'other.json' } } }], { allowIncomplete: false })).toThrow(/differ in baseline/);
  });
});

describe('diff of two reports', () => {
  const older = report([account(A, [result('iam.root-mfa', 'FAIL'), result('iam.user-console-mfa', 'FAIL', { resource: bob }), result('guardduty.enabled', 'PASS', { region: 'us-east-1', resource: 'region' })])], { finishedAt: '2026-11-24T09:00:00.000Z', source: { kind: 'live', judgedAt: '2026-11-24T09:00:00.000Z', clock: 'wall' } });
  const newer = report([
    account(A, [
      result('iam.root-mfa', 'FAIL'),
      result('iam.user-console-mfa', 'PASS', { resource: bob }),
      result('iam.user-console-mfa', 'FAIL', { resource: carol, severity: 'low' }),
      result('guardduty.enabled', 'ERROR', { region: 'us-east-1', resource: 'region' }),
    ]),
  ]);

  it('says what is new, fixed, still failing and newly ERROR, by account and check; the same answer as --baseline of the older report', () => {
    const diff = diffReports({ file: 'old.json', report: older }, { file: 'new.json', report: newer }, { allowIncomplete: false });
    expect(diff.summary).toEqual({ new: 1, fixed: 1, stillFailing: 1, newlyError: 1, unjudged: 0 });
    const lines = diff.accounts.flatMap((found) => found.checks.flatMap((check) => (['new', 'fixed', 'stillFailing', 'newlyError'] as const).flatMap((kind) => check[kind].map((item) => `${found.id} ${check.check} ${kind} ${item.resource.split('/').pop()}${item.since ? ` ${item.since}` : ''}`))));
    expect(lines.sort()).toEqual([`${A} guardduty.enabled newlyError region`, `${A} iam.root-mfa stillFailing account 2026-12-01`, `${A} iam.user-console-mfa fixed bob 2026-12-01`, `${A} iam.user-console-mfa new carol`].sort().map((line) => line.replace('2026-12-01', '2026-11-24')));
    const read = applyBaseline(newer, baselineOf(older), 'old.json', gate);
    expect(read.baseline).toMatchObject({ new: diff.summary.new, known: diff.summary.stillFailing, unjudged: diff.summary.unjudged });
    expect(read.baseline?.fixed.length).toBe(diff.summary.fixed);
    expect(diff.exitCode).toBe(EXIT.findings);
  });

  it.each([
    { name: 'a new FAIL at --fail-on', failOn: 'low' as const, allowIncomplete: false, exit: EXIT.findings },
    { name: 'the new FAIL below --fail-on, a new ERROR', failOn: 'medium' as const, allowIncomplete: false, exit: EXIT.incomplete },
    { name: 'below --fail-on, the new ERROR allowed', failOn: 'medium' as const, allowIncomplete: true, exit: EXIT.ok },
  ])('exit: $name → $exit', ({ failOn, allowIncomplete, exit }) => {
    expect(diffReports({ file: 'old.json', report: older }, { file: 'new.json', report: newer }, { failOn, allowIncomplete }).exitCode).toBe(exit);
  });

  it('an ERROR that was already there is not news; a known FAIL does not gate', () => {
    const diff = diffReports({ file: 'a.json', report: newer }, { file: 'b.json', report: newer }, { allowIncomplete: false });
    expect(diff.summary).toEqual({ new: 0, fixed: 0, stillFailing: 2, newlyError: 0, unjudged: 0 });
    expect(diff.exitCode).toBe(EXIT.ok);
  });

  it('refuses reports of two organizations', () => {
    const org = (id: string) => ({ organization: { id, managementAccountId: A } });
    expect(() => diffReports({ file: 'a.json', report: { ...older, ...org('o-one') } }, { file: 'b.json', report: { ...newer, ...org('o-two') } }, { allowIncomplete: false })).toThrow(InputError);
  });
});

describe('the edges a mutation run found untested', () => {
  const entryOf = (id: string, title: string): JsonReport['catalog'][number] => ({ id, title, severity: 'high' } as JsonReport['catalog'][number]);

  it('diff: accounts in id order, each one\'s checks in catalog order, with their titles and names; a check the catalogs lack is named by its id', () => {
    const catalog = [entryOf('z.first', 'First in the catalog'), entryOf('a.second', 'Second in the catalog')];
    const older = report([account(B, [])], { catalog });
    const newer = report([{ ...account(B, [result('a.second', 'FAIL'), result('z.first', 'FAIL'), result('x.unknown', 'FAIL')]), name: 'prod' }, account(A, [result('z.first', 'FAIL')])], { catalog });
    const diff = diffReports({ file: 'old.json', report: older }, { file: 'new.json', report: newer }, { allowIncomplete: false });
    expect(diff.accounts.map((found) => `${found.id}${found.name ? ` (${found.name})` : ''}: ${found.checks.map((check) => `${check.check} "${check.title}" ${check.severity}`).join(', ')}`)).toEqual([
      `${A}: z.first "First in the catalog" high`,
      `${B} (prod): z.first "First in the catalog" high, a.second "Second in the catalog" high, x.unknown "x.unknown" info`,
    ]);
  });

  it('diff: an ERROR of an account the older report did not have is newly ERROR', () => {
    const diff = diffReports({ file: 'old.json', report: report([account(A, [])]) }, { file: 'new.json', report: report([account(B, [result('x.error', 'ERROR')])]) }, { allowIncomplete: true });
    expect(diff.summary.newlyError).toBe(1);
  });

  it('a baseline of the same organization, or of none, is taken; another is refused in both languages', () => {
    const inOrg = report([account(A, [result('iam.root-mfa', 'FAIL')])], { organization: { id: 'o-here', managementAccountId: A } });
    expect(applyBaseline(inOrg, baseline([entry(A, 'iam.root-mfa')], 'o-here'), 'b.json', gate).baseline.known).toBe(1);
    expect(applyBaseline(inOrg, baseline([entry(A, 'iam.root-mfa')]), 'b.json', gate).baseline.known).toBe(1);
    try {
      applyBaseline(inOrg, baseline([], 'o-there'), 'b.json', gate);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).ja).toBe('b.json: このベースラインは組織 o-there で記録されたもので、この監査は o-here のものです。この組織のベースラインを指定するか、--write-baseline で作成してください');
    }
  });
});
