// Known findings through the CLI, in-process, on the bundled insecure sample: --write-baseline, --baseline
// in every format, --prune-baseline, diff, and each mistake a user can make with the files (exit 2, located).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/engine/baseline.js';
import type { ReportDiff } from '../../src/report/diff.js';
import type { JsonReport } from '../../src/report/schema.js';
import { multitoolErrors, schemaErrors } from '../report/sarif-validate.js';
import { runCli } from '../run-cli.js';

const SAMPLE = 'fixtures/accounts/insecure.json';
const ACCOUNT = '222222222222';
const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
const at = (file: string) => join(dir, file);
const read = (file: string) => readFileSync(at(file), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;

let first: JsonReport;
let written: Baseline;

beforeAll(async () => {
  const run = await runCli(['audit', '--snapshot', SAMPLE, '--write-baseline', at('b.json'), '--format', `json=${at('first.json')}`]);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain(`wrote the baseline ${at('b.json')}: 60 known finding(s)`);
  first = json<JsonReport>('first.json');
  written = json<Baseline>('b.json');
});

/** The recorded baseline with one finding forgotten (so it is new again) and one that passes added (so it is fixed). */
function edited(): Baseline {
  const forgotten = written.findings.filter((entry) => entry.check !== 'billing.budget-alerts');
  return { ...written, findings: [...forgotten, { account: ACCOUNT, check: 'iam.root-mfa', region: 'global', resource: 'account', since: '2026-10-01' }] };
}

describe('--write-baseline', () => {
  it("records every unsuppressed FAIL of the report once, one a line, with the snapshot's day", () => {
    const fails = first.accounts.flatMap((account) => account.results.filter((result) => result.status === 'FAIL' && !result.suppressed));
    expect(written.findings).toHaveLength(fails.length);
    expect(new Set(written.findings.map((entry) => entry.since))).toEqual(new Set(['2026-11-20']));
    const lines = read('b.json').split('\n');
    expect(lines.filter((line) => line.startsWith('    {"account"'))).toHaveLength(fails.length);
    expect(lines[3]).toBe('  "tool": {"name":"aws-baseline","version":"0.1.0"},');
  });

  it('written again, nothing in it churns: the same audit gives the same file; weeks later, what was known keeps its day and only what is new is added', async () => {
    const before = read('b.json');
    await runCli(['audit', '--snapshot', SAMPLE, '--write-baseline', at('b.json'), '--quiet']);
    expect(read('b.json')).toBe(before);
    await runCli(['audit', '--snapshot', SAMPLE, '--write-baseline', at('b.json'), '--quiet'], { AWS_BASELINE_NOW: '2027-01-01T00:00:00Z' });
    const after = json<Baseline>('b.json').findings;
    const kept = (JSON.parse(before) as Baseline).findings;
    expect(after.filter((entry) => entry.since === '2026-11-20')).toEqual(kept);
    // Six weeks on, a password and a key of dave-ops have aged past their limits: new findings, of the new day.
    expect(after.filter((entry) => entry.since === '2027-01-01').map((entry) => entry.resource)).toEqual(['arn:aws:iam::222222222222:user/dave-ops#access-key-2', 'arn:aws:iam::222222222222:user/dave-ops#password']);
    expect(after).toHaveLength(kept.length + 2);
    writeFileSync(at('b.json'), before);
  });
});

describe('--baseline, in every format', () => {
  const outputs = ['json', 'sarif', 'junit', 'csv', 'markdown', 'github', 'html'];
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: JsonReport;
  beforeAll(async () => {
    writeFileSync(at('edited.json'), JSON.stringify(edited()));
    run = await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('edited.json'), ...outputs.flatMap((format) => ['--format', `${format}=${at(`out.${format}`)}`])]);
    report = json<JsonReport>('out.json');
  });

  it('exits 1 on the one new FAIL; counts new, fixed and known apart', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(report.baseline).toMatchObject({ new: 1, known: 59, unjudged: 0, fixed: [{ check: 'iam.root-mfa', since: '2026-10-01' }] });
    expect(report.summary.gating).toBe(1);
    const marks = report.accounts[0]?.results.filter((result) => result.baseline).map((result) => result.baseline?.state);
    expect(marks?.filter((state) => state === 'new')).toHaveLength(1);
  });

  it('without the new one in --fail-on, the known backlog passes the gate', async () => {
    const passing = await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('edited.json'), '--fail-on', 'high', '--quiet']);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('Baseline');
    expect(passing.stdout).toContain('1 new, 1 fixed, 59 known');
  });

  it('text: each FAIL says new or known since when; the summary says what changed and lists what was fixed', async () => {
    const text = (await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('edited.json')])).stdout;
    expect(text).toContain('No cost budget has a notification with a subscriber (1 budget(s) checked). [new]');
    expect(text).toMatch(/The root user has active access key 1.* \[known since 2026-11-20\]/);
    expect(text).toContain(`Baseline ${at('edited.json')}: 1 new, 1 fixed, 59 known`);
    expect(text).toContain(`  FIXED   ${ACCOUNT} iam.root-mfa account (known since 2026-10-01)`);
    const quiet = (await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('edited.json'), '--quiet'])).stdout;
    expect(quiet).toContain('billing.budget-alerts');
    expect(quiet).not.toContain('iam.root-access-keys'); // known only: the backlog is not what --quiet shows
    const ja = (await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('edited.json'), '--lang', 'ja'])).stdout;
    expect(ja).toContain('[新規]');
    expect(ja).toContain('[既知(2026-11-20 から)]');
    expect(ja).toContain('新規 1 件、修正済み 1 件、既知 59 件');
  });

  it('Markdown: the new failing checks apart from the known ones, then what was fixed', () => {
    const markdown = read('out.markdown');
    expect(markdown).toContain('**Baseline');
    const newPart = markdown.slice(markdown.indexOf('### New failing checks'), markdown.indexOf('### Known failing checks'));
    expect(newPart).toContain('`billing.budget-alerts`');
    expect(newPart).not.toContain('`iam.root-access-keys`');
    expect(markdown.slice(markdown.indexOf('### Known failing checks'))).toContain('`iam.root-access-keys`');
    expect(markdown).toMatch(/### Fixed since the baseline\n\n- 222222222222 iam\.root-mfa account \(known since 2026-10-01\)/);
  });

  it('SARIF: baselineState new or unchanged on every result, valid by the 2.1.0 schema and by GitHub\'s ingestion rules; fixed findings in the run\'s properties, never as results', () => {
    const log = json<{ runs: { results: { ruleId: string; baselineState?: string }[]; properties: { baseline?: { fixed: { ruleId: string }[] } } }[] }>('out.sarif');
    const states = log.runs.flatMap((sarifRun) => sarifRun.results.map((result) => result.baselineState));
    expect(states.filter((state) => state === 'new')).toHaveLength(1);
    expect(states.filter((state) => state === 'unchanged')).toHaveLength(59);
    expect(log.runs[0]?.results.find((result) => result.baselineState === 'new')?.ruleId).toBe('billing.budget-alerts');
    expect(log.runs[0]?.properties.baseline?.fixed).toEqual([{ ruleId: 'iam.root-mfa', region: 'global', resource: 'account', since: '2026-10-01' }]);
    expect(schemaErrors(log)).toEqual([]);
    expect(multitoolErrors(log)).toEqual([]);
  });

  it('JUnit: a known finding is a skip that says so, not a failure; the new one fails', () => {
    const junit = read('out.junit');
    expect(junit).toMatch(/<testsuite name="aws-baseline 222222222222" tests="\d+" failures="1" /);
    expect(junit).toContain('<skipped message="known since 2026-11-20: The root user has active access key 1');
    expect(junit).toMatch(/<failure message="No cost budget has a notification/);
  });

  it('every report to a file: the one line on stderr says what changed too; JUnit in Japanese marks known findings in Japanese', async () => {
    expect(run.stderr).toMatch(/^aws-baseline: 55 PASS, 60 FAIL, 16 SKIPPED, 2 MANUAL \(1 new, 1 fixed, 59 known\); 1 gating, exit 1; wrote /m);
    const ja = await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('edited.json'), '--lang', 'ja', '--format', `junit=${at('ja.junit')}`]);
    expect(ja.stderr).toContain('(新規 1 件、修正済み 1 件、既知 59 件)');
    expect(read('ja.junit')).toContain('<skipped message="既知(2026-11-20 から): ');
  });

  it('CSV: a baseline column, new or known on each FAIL', () => {
    const rows = read('out.csv').trim().split('\r\n');
    const column = rows[0]?.split(',').indexOf('baseline') ?? -1;
    expect(column).toBeGreaterThan(0);
    // A snapshot of one account outside an organization: its OU cells are empty, last in the row.
    expect(rows.filter((row) => row.endsWith(',new,,'))).toHaveLength(1);
    expect(rows.filter((row) => row.endsWith(',known,,'))).toHaveLength(59);
  });

  it('GitHub: one notice says what changed; the new finding is annotated, the known are not', () => {
    const github = read('out.github');
    expect(github.split('\n')[0]).toBe(`::notice title=aws-baseline::Baseline ${at('edited.json')}: 1 new, 1 fixed, 59 known`);
    expect(github).toContain('billing.budget-alerts');
    expect(github).not.toContain('iam.root-access-keys');
  });

  it('HTML: new and known on each finding; the summary says what changed and lists what was fixed', () => {
    const html = read('out.html');
    expect(html).toContain('<div class="note new">new</div>');
    expect(html).toContain('<div class="note">known since 2026-11-20</div>');
    expect(html).toContain(`<p id="baseline">Baseline ${at('edited.json')}: 1 new, 1 fixed, 59 known</p>`);
    expect(html).toContain(`<li>${ACCOUNT} iam.root-mfa account (known since 2026-10-01)</li>`);
  });
});

describe('--prune-baseline', () => {
  it('removes from the --baseline file what this audit found fixed, and nothing else', async () => {
    writeFileSync(at('prune.json'), JSON.stringify(edited()));
    const run = await runCli(['audit', '--snapshot', SAMPLE, '--baseline', at('prune.json'), '--prune-baseline', '--format', `json=${at('pruned-report.json')}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 fixed finding(s) removed, 59 left');
    const pruned = json<Baseline>('prune.json');
    expect(pruned.findings).toEqual(edited().findings.filter((entry) => entry.check !== 'iam.root-mfa').sort((a, b) => (a.check < b.check ? -1 : a.check > b.check ? 1 : a.resource < b.resource ? -1 : 1)));
  });
});

describe('diff OLD.json NEW.json', () => {
  it('gives the answer --baseline gives: new, fixed and still failing; every format; the JSON by its schema', async () => {
    // The older report: the sample with the budget alert passing and the root MFA failing.
    const older = structuredClone(first);
    for (const result of older.accounts[0]?.results ?? []) {
      if (result.checkId === 'billing.budget-alerts') result.status = 'PASS';
      if (result.checkId === 'iam.root-mfa') result.status = 'FAIL';
    }
    writeFileSync(at('older.json'), JSON.stringify(older));
    const text = await runCli(['diff', at('older.json'), at('first.json'), '--format', 'text', '--format', `json=${at('diff.json')}`, '--format', `markdown=${at('diff.md')}`]);
    expect(text.code, text.stderr).toBe(1);
    expect(text.stdout).toContain('1 new, 1 fixed, 59 still failing, 0 newly ERROR');
    expect(text.stdout).toMatch(/NEW {7}medium {3}billing\.budget-alerts {2}account: No cost budget/);
    expect(text.stdout).toMatch(/FIXED {5}critical iam\.root-mfa {2}account \(since 2026-11-20\)/);
    const diff = json<ReportDiff>('diff.json');
    expect(diff.summary).toEqual({ new: 1, fixed: 1, stillFailing: 59, newlyError: 0, unjudged: 0 });
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schema/diff.schema.json', 'utf8')) as object);
    expect(validate(diff), ajv.errorsText(validate.errors)).toBe(true);
    expect(read('diff.md')).toContain('### New\n\n| Account | Check | Where | Finding |');
    // The same older report made a baseline, then the sample audited against it: the same counts.
    const older2 = await runCli(['audit', '--snapshot', SAMPLE, '--checks', 'iam.*', '--quiet']);
    expect(older2.code).toBe(1);
    const same = await runCli(['diff', at('first.json'), at('first.json')]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('0 new, 0 fixed, 60 still failing, 0 newly ERROR');
  });

  it('--fail-on above the new finding: exit 0', async () => {
    expect((await runCli(['diff', at('older.json'), at('first.json'), '--fail-on', 'high'])).code).toBe(0);
  });
});

describe('--history DIR', () => {
  it("the HTML report draws each failing check's line over the earlier reports; a file there that is not a report is exit 2, located", async () => {
    const history = mkdtempSync(join(dir, 'history-'));
    const older = structuredClone(first);
    older.finishedAt = '2026-11-13T09:00:00.000Z';
    for (const result of older.accounts[0]?.results ?? []) if (result.checkId === 'iam.root-mfa') result.status = 'FAIL';
    writeFileSync(join(history, 'week-1.json'), JSON.stringify(older));
    writeFileSync(join(history, 'notes.txt'), 'not a report, and not *.json: left alone');
    const run = await runCli(['audit', '--snapshot', SAMPLE, '--history', history, '--format', `json=${at('trend.json')}`, '--format', `html=${at('trend.html')}`]);
    expect(run.code, run.stderr).toBe(1);
    const trend = json<JsonReport>('trend.json').trend;
    expect(trend?.at).toHaveLength(2);
    expect(trend?.series.find((line) => line.check === 'iam.root-mfa')?.fails).toEqual([1, 0]);
    expect(read('trend.html')).toMatch(/<td><code>iam\.root-mfa<\/code><\/td><td><svg class="spark"[^>]*>[\s\S]*?<polyline points="2\.0,2\.0 118\.0,22\.0"\/><\/svg><\/td><td>0<\/td>/);
    writeFileSync(join(history, 'config.json'), '{"failOn": "high"}');
    const bad = await runCli(['audit', '--snapshot', SAMPLE, '--history', history]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid JSON report (--history)');
    expect(bad.stderr).toContain(`${join(history, 'config.json')}: schemaVersion`);
    expect((await runCli(['audit', '--snapshot', SAMPLE, '--history', join(dir, 'none')])).stderr).toContain('cannot read the folder: ENOENT');
  });
});

describe('mistakes with the files: exit 2, saying what and where', () => {
  it.each([
    { name: 'a baseline that is not JSON', content: () => '{"format": ', args: (file: string) => ['--baseline', file], message: /b-bad\.json: the baseline file is not valid JSON: Unexpected end of JSON input/ },
    { name: 'a baseline with a wrong key', content: () => JSON.stringify({ ...edited(), findings: [{ account: '1', check: 'x', region: 'global', resource: 'account', since: '2026-01-01' }] }, null, 2), args: (file: string) => ['--baseline', file], message: /b-bad\.json:\d+: findings\[0\]\.account: expected a 12-digit account id/ },
    { name: 'a report where a baseline is to be written', content: () => '{"schemaVersion": 1}', args: (file: string) => ['--write-baseline', file], message: /invalid baseline file:\n.*b-bad\.json: format: Invalid input: expected "aws-baseline-baseline"/ },
    { name: 'a baseline of another organization', content: () => JSON.stringify({ ...edited(), organization: 'o-elsewhere' }), args: (file: string) => ['--baseline', file], message: null },
  ])('$name', async ({ content: make, args, message }) => {
    const content = make();
    writeFileSync(at('b-bad.json'), content);
    const run = await runCli(['audit', '--snapshot', SAMPLE, ...args(at('b-bad.json'))]);
    if (message === null) {
      // A snapshot of one account outside an organization: the baseline's organization cannot be compared, so it is taken.
      expect(run.code).toBe(1);
      return;
    }
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(read('b-bad.json')).toBe(content); // never overwritten
  });

  it('--prune-baseline without --baseline', async () => {
    const run = await runCli(['audit', '--snapshot', SAMPLE, '--prune-baseline']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--prune-baseline removes fixed findings from the file --baseline names');
  });

  it('diff of two organizations, and diff --format html', async () => {
    const other = { ...first, organization: { id: 'o-two', managementAccountId: ACCOUNT } };
    writeFileSync(at('org-one.json'), JSON.stringify({ ...first, organization: { id: 'o-one', managementAccountId: ACCOUNT } }));
    writeFileSync(at('org-two.json'), JSON.stringify(other));
    const run = await runCli(['diff', at('org-one.json'), at('org-two.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('recorded in organization o-one, and this audit is of o-two');
    expect((await runCli(['diff', at('first.json'), at('first.json'), '--format', 'html'])).stderr).toContain('diff --format html: expected one of text, markdown, json');
  });
});
