// Each renderer on reports the samples never produce: text that must be escaped, more results than a
// view shows, a check with no result in one account, a wall-clock live audit, results of a check that
// is not in the catalog. The golden files pin the usual; these pin the edges.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';
import { renderGithub } from '../../src/report/github.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJunit, xml } from '../../src/report/junit.js';
import { resourceKey, resourcePath } from '../../src/report/locate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarifLogs, SARIF_LIMITS, sarifPartPath } from '../../src/report/sarif.js';
import type { CatalogEntry, JsonReport, JsonResult } from '../../src/report/schema.js';
import { renderText } from '../../src/report/text.js';
import { runCli } from '../run-cli.js';

type Account = JsonReport['accounts'][number];

let base: JsonReport;
beforeAll(async () => {
  const run = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--format', 'json']);
  base = JSON.parse(run.stdout) as JsonReport;
});

const entry = (id: string): CatalogEntry => {
  const found = base.catalog.find((check) => check.id === id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
};

const result = (overrides: Partial<JsonResult>): JsonResult => ({
  checkId: 'iam.user-console-mfa',
  severity: 'high',
  status: 'FAIL',
  region: 'global',
  resource: 'arn:aws:iam::222222222222:user/bob',
  message: 'bob has no MFA',
  messages: { en: 'bob has no MFA', ja: 'bob に MFA がありません' },
  messageKey: 'no-mfa',
  title: 'IAM users with a console password have MFA',
  remediation: 'Assign an MFA device.',
  docs: 'https://docs.aws.amazon.com/',
  ...overrides,
});

const account = (id: string, results: JsonResult[], overrides: Partial<Account> = {}): Account => ({
  id,
  partition: 'aws',
  regions: ['us-east-1'],
  results,
  checks: [],
  suppressions: { expired: [], unused: [] },
  ...overrides,
});

/** A report of the given accounts over the given checks; its summary is not recomputed (renderers show what they are given). */
const report = (accounts: Account[], overrides: Partial<JsonReport> = {}): JsonReport => ({ ...base, accounts, ...overrides });

describe('escaping', () => {
  it('XML: the five special characters, and characters XML 1.0 cannot carry are dropped', () => {
    expect(xml(`a&b<c>d"e'f\u0001g\uFFFEh`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fgh');
  });

  it('HTML: an account name and a message cannot open a tag', () => {
    const page = renderHtml(report([account('111111111111', [result({ message: `<img src=x onerror="alert('x')"> & more` })], { name: '<b>prod</b>' }), account('222222222222', [])]));
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; more');
    expect(page).toContain('<small>&lt;b&gt;prod&lt;/b&gt;</small>');
    expect(page).not.toContain('<b>prod</b>');
  });

  it('GitHub annotations: %, CR and LF in data; also : and , in properties', () => {
    const output = renderGithub(report([account('111111111111', [result({ message: '100%\r\ndone', checkId: 'x.a:b,c' })])]));
    expect(output).toContain('100%25%0D%0Adone');
    expect(output).toContain('title=high x.a%3Ab%2Cc::');
  });

  it('Markdown: a pipe or a newline cannot break a table row', () => {
    const output = renderMarkdown(report([account('111111111111', [result({ message: 'a | b\nc' })])]));
    // The line break shown as its escape (its backslash escaped for Markdown): the row stays one row.
    expect(output).toContain('a \\| b\\\\u000ac');
  });

  it('CSV for Excel: only a cell that starts like a formula is defused', () => {
    const [header, row] = renderCsv(report([account('111111111111', [result({ message: '=HYPERLINK("x")', remediation: 'use multi-region trails' })], { name: '@prod' })]), { excel: true })
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header).toContain('account,account_name');
    expect(row).toContain(`'@prod`);
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain(',use multi-region trails,');
    expect(row).toContain(',iam.user-console-mfa,');
  });
});

describe('a result of a check the catalog lacks (a hand-edited report)', () => {
  it('CSV: its references are empty, the rest of the row is kept', () => {
    const [, row] = renderCsv(report([account('111111111111', [result({ checkId: 'x.unknown' })])]), { excel: false }).split('\r\n');
    expect(row).toMatch(/,x\.unknown,.*,Assign an MFA device\.,,,https:\/\/docs\.aws\.amazon\.com\/,,,,$/);
  });
});

describe('locating a resource', () => {
  it('keeps the colons of an ARN resource, and names an empty segment', () => {
    expect(resourceKey('arn:aws:logs:us-east-1:111111111111:log-group:/aws/trail')).toBe('log-group:/aws/trail');
    expect(resourceKey('account')).toBe('account');
    expect(resourcePath('111111111111', { checkId: 'iam.x', region: '', resource: 'arn:aws:iam::111111111111:user//bob' })).toBe('aws-baseline/111111111111/_/iam/user/_/bob');
  });

  it('numbers SARIF parts before the extension, or at the end when there is none', () => {
    expect(sarifPartPath('out/r.sarif', 0)).toBe('out/r.sarif');
    expect(sarifPartPath('out/r.sarif', 1)).toBe('out/r-2.sarif');
    expect(sarifPartPath('out.d/report', 1)).toBe('out.d/report-2');
    expect(sarifPartPath('report', 2)).toBe('report-3');
  });
});

/** A framework's table as the engine makes it: one control of each status. */
const framework = (): NonNullable<JsonReport['frameworks']>[number] => ({
  id: 'ssb',
  title: 'SSB <account>',
  url: 'https://docs.aws.amazon.com/',
  controls: [
    { id: 'C1', title: 'passes', checks: ['iam.root-mfa'], status: 'PASS', reason: 'Every deciding check passed everywhere.' },
    { id: 'C2', title: 'fails', checks: ['iam.root-mfa'], status: 'FAIL', reason: '1 FAIL(s) in "iam.root-mfa" & more' },
    { id: 'C3', title: 'unread', checks: ['iam.root-mfa'], status: 'ERROR', reason: "1 ERROR(s): can't read" },
    { id: 'C4', title: 'attested', checks: [], status: 'MANUAL', reason: 'A person attests it.' },
    { id: 'C5', title: 'not run', checks: ['iam.root-mfa'], status: 'SKIPPED', reason: 'Its checks were not run.' },
  ],
  summary: { total: 5, byStatus: { PASS: 1, FAIL: 1, ERROR: 1, MANUAL: 1, SKIPPED: 1 } },
});

describe('framework tables in JUnit and GitHub annotations', () => {
  it('JUnit: one suite per framework, one case per control, escaped; the document totals are the suites\' sums', () => {
    const output = renderJunit(report([account('111111111111', [result({}), result({ status: 'MANUAL', message: 'check it', resource: 'r2' })])], { startedAt: '2026-11-20T12:00:00.000Z', finishedAt: '2026-11-20T12:00:01.000Z', frameworks: [framework()], notListed: undefined }));
    expect(output).toContain('<testsuites name="aws-baseline" tests="7" failures="2" errors="1" time="1.000">');
    expect(output).toContain(
      [
        '  <testsuite name="aws-baseline SSB &lt;account&gt;" tests="5" failures="1" errors="1" skipped="2" time="0" timestamp="2026-11-20T12:00:00.000">',
        '    <testcase classname="aws-baseline.framework.ssb" name="C1 passes" time="0"></testcase>',
        '    <testcase classname="aws-baseline.framework.ssb" name="C2 fails" time="0">',
        '      <failure message="1 FAIL(s) in &quot;iam.root-mfa&quot; &amp; more" type="control">1 FAIL(s) in &quot;iam.root-mfa&quot; &amp; more</failure>',
        '    </testcase>',
        '    <testcase classname="aws-baseline.framework.ssb" name="C3 unread" time="0">',
        '      <error message="1 ERROR(s): can&apos;t read" type="control">1 ERROR(s): can&apos;t read</error>',
        '    </testcase>',
        '    <testcase classname="aws-baseline.framework.ssb" name="C4 attested" time="0">',
        '      <skipped message="MANUAL: A person attests it."/>',
        '    </testcase>',
        '    <testcase classname="aws-baseline.framework.ssb" name="C5 not run" time="0">',
        '      <skipped message="SKIPPED: Its checks were not run."/>',
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
    expect(output).toContain('<skipped message="manual verification needed: check it"/>');
  });

  it('JUnit: accounts never listed are one error suite of their own, counted in the totals', () => {
    const output = renderJunit(report([account('111111111111', [])], { startedAt: '2026-11-20T12:00:00.000Z', notListed: { after: 3, kind: 'throttled', message: 'Rate exceeded' } }));
    expect(output).toContain('<testsuites name="aws-baseline" tests="1" failures="0" errors="1"');
    expect(output).toMatch(/ {2}<testsuite name="aws-baseline organization" tests="1" failures="0" errors="1" skipped="0" time="0" timestamp="2026-11-20T12:00:00.000">\n {4}<testcase classname="aws-baseline.organization" name="organizations:ListAccounts" time="0">\n {6}<error message="[^"]*3 account[^"]*Rate exceeded[^"]*" type="throttled">/);
  });

  it('GitHub: each framework one notice before the findings, in the window it shares with them', () => {
    const lows = Array.from({ length: 11 }, (_, index) => result({ checkId: `low.check-${index}`, severity: 'low', message: `low ${index}`, resource: 'account' }));
    const output = renderGithub(report([account('111111111111', lows)], { frameworks: [framework()], notListed: undefined }));
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe('::notice title=SSB <account>::1 of 5 controls pass; FAIL: C2; ERROR: C3; MANUAL: C4; SKIPPED: C5');
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^2 more finding\(s\) not annotated/);
    const ja = renderGithub(report([account('111111111111', [])], { lang: 'ja', frameworks: [framework()], notListed: { after: 2, kind: 'throttled', message: 'Rate exceeded' } }));
    expect(ja.split('\n')[0]).toMatch(/^::error title=aws-baseline::/);
    expect(ja.split('\n')[1]).toBe('::notice title=SSB <account>::5 件中 1 件のコントロールが合格; FAIL: C2; ERROR: C3; MANUAL: C4; SKIPPED: C5');
  });
});

describe('JUnit', () => {
  it('numbers repeated test names, types an ERROR without a kind, and times as a wall clock would: a suite by its longest check (they run side by side), the document by the run', () => {
    const same = result({});
    const output = renderJunit(
      report(
        [
          account('111111111111', [same, same, same, result({ status: 'ERROR', message: 'crashed', details: undefined }), result({ status: 'PASS' })], {
            checks: [
              { id: 'iam.user-console-mfa', durationMs: 1500 },
              { id: 'iam.root-mfa', durationMs: 900 },
              { id: 'guardduty.enabled', durationMs: 1200 },
            ],
          }),
        ],
        { startedAt: '2026-11-20T12:00:00.000Z', finishedAt: '2026-11-20T12:00:02.250Z' },
      ),
    );
    expect(output).toMatch(/<testsuites name="aws-baseline" tests="5" failures="3" errors="1" time="2\.250">/);
    expect(output).toContain('name="iam.user-console-mfa [global] arn:aws:iam::222222222222:user/bob"');
    expect(output).toContain('name="iam.user-console-mfa [global] arn:aws:iam::222222222222:user/bob #2"');
    expect(output).toContain('name="iam.user-console-mfa [global] arn:aws:iam::222222222222:user/bob #3"');
    expect(output).toContain('<error message="crashed" type="error">');
    expect(output).toContain('time="1.500" timestamp="2026-11-20T12:00:00.000"');
  });
});

describe('SARIF', () => {
  it('truncates a long rationale to GitHub’s limit, keeps one that fits, and caps tags at ten', () => {
    const long = { ...entry('iam.user-console-mfa'), rationale: 'x'.repeat(SARIF_LIMITS.fullDescription + 5), references: { ...entry('iam.user-console-mfa').references, cis: Array.from({ length: 12 }, (_, index) => `1.${index}`) } };
    const fits = { ...entry('iam.root-mfa'), rationale: 'y'.repeat(SARIF_LIMITS.fullDescription) };
    const [log] = renderSarifLogs(report([account('111111111111', [result({}), result({ checkId: 'iam.root-mfa', resource: 'account' })])], { catalog: [long, fits, entry('cloudtrail.multi-region')] }));
    const rules = (log?.runs[0] as { tool: { driver: { rules: { id: string; fullDescription: { text: string }; properties: { tags: string[] } }[] } } }).tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(['iam.user-console-mfa', 'iam.root-mfa']); // only the checks with results
    expect(rules[0]?.fullDescription.text).toHaveLength(SARIF_LIMITS.fullDescription);
    expect(rules[0]?.fullDescription.text.endsWith('x…')).toBe(true);
    expect(rules[1]?.fullDescription.text).toBe('y'.repeat(SARIF_LIMITS.fullDescription));
    expect(rules[0]?.properties.tags).toHaveLength(SARIF_LIMITS.tagsPerRule);
  });

  it('a finding without a fix says only what was found; a check missing from the catalog has no rule index', () => {
    const [log] = renderSarifLogs(
      report([account('111111111111', [result({ remediation: '' }), result({ checkId: 'x.unknown', status: 'FAIL' }), result({ checkId: 'x.unknown', status: 'ERROR', details: undefined, message: 'm' })])], { catalog: [entry('iam.user-console-mfa')] }),
    );
    const run = log?.runs[0] as { results: Record<string, unknown>[]; invocations: { toolExecutionNotifications: Record<string, unknown>[] }[] };
    expect((run.results[0]?.message as { text: string }).text).toBe('arn:aws:iam::222222222222:user/bob (account 111111111111, global): bob has no MFA');
    expect('ruleIndex' in (run.results[1] ?? {})).toBe(false);
    expect(run.results[0]?.ruleIndex).toBe(0);
    const [notification] = run.invocations[0]?.toolExecutionNotifications ?? [];
    expect(notification?.associatedRule).toStrictEqual({ id: 'x.unknown' });
    expect(notification?.properties).toMatchObject({ errorKind: 'unknown' });
  });

  it('says how many results were left out past 5,000, as a warning', () => {
    const failures = Array.from({ length: SARIF_LIMITS.resultsPerRun + 3 }, (_, index) => result({ resource: `arn:aws:iam::111111111111:user/u${index}` }));
    const [log] = renderSarifLogs(report([account('111111111111', failures)]));
    const notifications = (log?.runs[0] as { invocations: { toolExecutionNotifications: Record<string, unknown>[] }[] }).invocations[0]?.toolExecutionNotifications;
    expect(notifications).toEqual([
      { level: 'warning', message: { text: `3 lowest-severity results were left out: GitHub accepts ${SARIF_LIMITS.resultsPerRun} per run.` }, descriptor: { id: 'aws-baseline/results-capped' } },
    ]);
  });

  it('20 accounts fit one file; no account is still one valid file', () => {
    const twenty = Array.from({ length: SARIF_LIMITS.runsPerFile }, (_, index) => account(String(100000000000 + index), []));
    expect(renderSarifLogs(report(twenty))).toHaveLength(1);
    expect(renderSarifLogs(report([])).map((log) => log.runs)).toEqual([[]]);
  });
});

describe('text', () => {
  const render = (value: JsonReport, options = { color: false, quiet: false }) => renderText(value, options);

  it('places each result: account-wide, in a region, or a resource with its region', () => {
    const output = render(
      report([
        account('111111111111', [
          result({ checkId: 'guardduty.enabled', region: 'us-east-1', resource: 'account', message: 'acct' }),
          result({ checkId: 'guardduty.enabled', region: 'us-east-1', resource: 'arn:aws:guardduty:us-east-1:111111111111:detector/d', message: 'det' }),
          result({ checkId: 'guardduty.enabled', region: 'eu-west-1', resource: 'region', message: 'reg' }),
        ]),
      ]),
    );
    expect(output).toContain('FAIL account: acct');
    expect(output).toContain('FAIL us-east-1 arn:aws:guardduty:us-east-1:111111111111:detector/d: det');
    expect(output).toContain('FAIL eu-west-1: reg');
  });

  it('names a snapshot without a path; a live audit on the wall clock says when it read, in its header', () => {
    const snapshot = render(report([account('111111111111', [result({})])], { source: { ...base.source, snapshot: undefined } }));
    expect(snapshot.split('\n')[0]).toMatch(/— snapshot$/);
    const live = render(report([account('111111111111', [result({})])], { source: { kind: 'live', judgedAt: base.source.judgedAt, clock: 'wall' }, paidCalls: { count: 0, costUsd: 0, skipped: false } }));
    expect(live.split('\n')[0]).toMatch(/— live 2026-11-20 \d\d:\d\d UTC$/);
    expect(live).not.toContain('judged as of');
    expect(live).toContain('Paid API calls: none.');
    const paid = render(report([account('111111111111', [result({})])], { paidCalls: { count: 2, costUsd: 0.02, skipped: false } }));
    expect(paid).toContain('Paid API calls: 2 Cost Explorer call(s), $0.02.');
  });

  it('shows 25 lines of a check and counts the rest; each fix once; a suppressed one with its reason', () => {
    const many = Array.from({ length: 30 }, (_, index) => result({ resource: `arn:aws:iam::111111111111:user/u${String(index).padStart(2, '0')}`, message: `u${String(index).padStart(2, '0')} has no MFA`, remediation: index === 0 ? '' : 'Assign an MFA device.' }));
    many[1] = { ...many[1]!, suppressed: { reason: 'break-glass user' } };
    const output = render(report([account('111111111111', many)]));
    expect(output.match(/ {10}FAIL /g)).toHaveLength(25);
    expect(output).toContain('… and 5 more');
    expect(output.match(/→ Fix: /g)).toHaveLength(1);
    expect(output).toContain('user/u01: u01 has no MFA [suppressed: break-glass user]');
    const exactly = render(report([account('111111111111', many.slice(0, 25))]));
    expect(exactly).not.toContain('more');
  });

  it('one line for what reads alike in several places (the regions without a detector), naming each; severity totals count checks, not places', () => {
    const regional = (region: string, status: 'FAIL' | 'ERROR', message: string, suppressed?: { reason: string }) =>
      result({ checkId: 'guardduty.enabled', severity: 'high', region, resource: 'region', status, message, ...(suppressed ? { suppressed } : {}) });
    const output = render(
      report([
        account('111111111111', [
          regional('eu-west-1', 'FAIL', 'GuardDuty is not enabled in this region.'),
          regional('us-east-1', 'FAIL', 'GuardDuty is not enabled in this region.'),
          regional('us-west-2', 'FAIL', 'GuardDuty is not enabled in this region.', { reason: 'unused region' }),
          regional('ap-south-1', 'FAIL', 'Detector d-1 is suspended.'),
          regional('sa-east-1', 'ERROR', 'Could not evaluate: throttled'),
          regional('ca-central-1', 'FAIL', 'GuardDuty is not enabled in this region.'),
        ]),
      ]),
    );
    const lines = output.split('\n').filter((line) => /^ {10}(FAIL|ERROR) /.test(line));
    expect(lines).toEqual([
      '          FAIL eu-west-1, us-east-1, ca-central-1: GuardDuty is not enabled in this region.',
      '          FAIL us-west-2: GuardDuty is not enabled in this region. [suppressed: unused region]',
      '          FAIL ap-south-1: Detector d-1 is suspended.',
      '          ERROR sa-east-1: Could not evaluate: throttled',
    ]);
    expect(output).toContain('Failing checks by severity: 1 high\n');
  });

  it('an account-wide finding says where it is in the report language, never the English token', () => {
    const finding = result({ checkId: 'iam.root-mfa', resource: 'account', message: 'ルートユーザーに MFA がありません。' });
    expect(render(report([account('111111111111', [finding])], { lang: 'ja' }))).toContain('          FAIL アカウント全体: ルートユーザーに MFA がありません。');
    expect(render(report([account('111111111111', [{ ...finding, message: 'The root user has no MFA.' }])]))).toContain('          FAIL account: The root user has no MFA.');
  });

  it('skips checks without results and empty sections, and lists stale suppressions with * for any resource', () => {
    const quiet = render(report([account('111111111111', [result({ status: 'PASS' })], { suppressions: { expired: [{ check: 'iam.*', reason: 'r', expires: '2026-01-01' }], unused: [{ check: 'fms.*', reason: 'r' }] } })]), { color: false, quiet: true });
    const titles = [...new Set(base.catalog.map((check) => check.section.title))];
    for (const title of titles) expect(quiet).not.toContain(`\n${title}\n`);
    expect(quiet).toContain('! expired suppression (no longer applied): iam.* * (2026-01-01)');
    expect(quiet).toContain('! suppression matched nothing (stale: consider removing it): fms.* *');
  });

  it('in colour, every status, a suppression, stale entries and the incomplete warning have their style', () => {
    const statuses = (['PASS', 'FAIL', 'ERROR', 'MANUAL', 'SKIPPED'] as const).map((status) => result({ status, resource: `arn:aws:iam::111111111111:user/${status}` }));
    const suppressed = result({ resource: 'arn:aws:iam::111111111111:user/kept', suppressed: { reason: 'break-glass' } });
    const suppressions = { expired: [{ check: 'iam.*', reason: 'r', expires: '2026-01-01' }], unused: [{ check: 'fms.*', reason: 'r' }] };
    const output = render(report([account('111111111111', [...statuses, suppressed], { suppressions })], { incomplete: true, summary: { ...base.summary, byStatus: { PASS: 1, FAIL: 2, ERROR: 1, MANUAL: 1, SKIPPED: 1 } } }), { color: true, quiet: false });
    expect(output).toContain('\u001B[32m1 PASS\u001B[39m');
    expect(output).toContain('\u001B[35mThe audit is incomplete');
    expect(output).toContain('\u001B[90m [suppressed: break-glass]\u001B[39m');
    expect(output).toContain('\u001B[33m! expired suppression (no longer applied): iam.* * (2026-01-01)\u001B[39m');
    expect(output).toContain('\u001B[33m! suppression matched nothing (stale: consider removing it): fms.* *\u001B[39m');
  });
});

describe('Markdown', () => {
  it('gives each fix once, places a region-wide error by its region, and shows exactly 20 errors without "more"', () => {
    const errors = Array.from({ length: 20 }, (_, index) => result({ status: 'ERROR', region: `r-${index}`, resource: 'region', message: 'denied' }));
    const output = renderMarkdown(report([account('111111111111', [result({}), result({ resource: 'arn:aws:iam::1:user/x' }), ...errors])]));
    expect(output.match(/Assign an MFA device\./g)).toHaveLength(21); // once in the failing table, once per error row
    expect(output).toContain('| `iam.user-console-mfa` | r-0 | denied |');
    expect(output).not.toContain('more (see');
    const live = renderMarkdown(report([account('111111111111', [])], { source: { kind: 'live', judgedAt: base.source.judgedAt, clock: 'wall' } }));
    expect(live).toContain('· live account');
    const bare = renderMarkdown(report([account('111111111111', [])], { source: { ...base.source, snapshot: undefined } }));
    expect(bare).toContain('· snapshot ``');
  });

  it('gives only the fixes there are: a finding without one adds no empty line', () => {
    const output = renderMarkdown(report([account('111111111111', [result({ remediation: '' }), result({ resource: 'arn:aws:iam::1:user/x', remediation: 'Fix A' })])]));
    expect(output).toContain('| high | `iam.user-console-mfa` | bob has no MFA (+1) | Fix A |');
  });

  it('lists an account without a name with an empty name cell', () => {
    const output = renderMarkdown(report([account('111111111111', [], { name: 'prod' }), account('222222222222', [])]));
    expect(output).toContain('| `111111111111` | prod |');
    expect(output).toContain('| `222222222222` |  |');
  });
});

describe('HTML', () => {
  it('a cell shows the worst status; a check without results in an account has an empty cell and no group', () => {
    const page = renderHtml(
      report(
        [
          account('111111111111', [result({ status: 'PASS', resource: 'a' }), result({ status: 'FAIL', resource: 'b' }), result({ checkId: 'iam.root-mfa', status: 'SKIPPED', resource: 'account' })], { name: 'prod' }),
          account('222222222222', [result({ checkId: 'iam.root-mfa', status: 'SKIPPED', resource: 'account' })]),
        ],
        { catalog: [entry('iam.user-console-mfa'), entry('iam.root-mfa')], organization: { id: 'o-abc123', managementAccountId: '111111111111' } },
      ),
    );
    expect(page).toContain('<td data-check="iam.user-console-mfa" class="cell st-FAIL">');
    expect(page).toContain('<td data-check="iam.root-mfa" class="cell st-SKIPPED">');
    expect(page).toContain('<td data-check="iam.user-console-mfa"></td>');
    expect(page).not.toContain('id="f-222222222222-iam_user-console-mfa"');
    expect(page).toContain('<br><small>prod</small>');
    expect(page).toContain('<a href="#acct-222222222222">222222222222</a></th>'); // no name, nothing under the id
    expect(page).toContain(' · o-abc123 · ');
    expect(page).toMatch(/<details class="group" id="f-111111111111-iam_root-mfa"[^>]*data-statuses="SKIPPED">\n<summary><span class="st st-SKIPPED">/);
  });
});
