import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, type TestSuites } from 'junit2json';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKS } from '../../src/checks/index.js';
import { controlsOf, FRAMEWORK_IDS, FRAMEWORKS } from '../../src/checks/frameworks.js';
import { SEED_SECTIONS } from '../../src/checks/references.js';
import { frameworkTable } from '../../src/engine/frameworks.js';
import { type JsonReport, reportSchema } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';

const sample = (name: string) => join(process.cwd(), `fixtures/accounts/${name}.json`);

async function audited(name: string, ...args: string[]): Promise<JsonReport> {
  const run = await runCli(['audit', '--snapshot', sample(name), '--format', 'json', ...args]);
  return reportSchema.parse(JSON.parse(run.stdout));
}

const statusOf = (report: JsonReport, framework: string) => Object.fromEntries((report.frameworks?.find((table) => table.id === framework)?.controls ?? []).map((control) => [control.id, control.status]));

describe('framework catalogs', () => {
  it('every control a check cites exists in its framework, and each framework names a control once', () => {
    for (const id of FRAMEWORK_IDS) {
      const framework = FRAMEWORKS[id];
      const ids = framework.controls.map((control) => control.id);
      expect(new Set(ids).size, id).toBe(ids.length);
      for (const check of CHECKS) for (const control of controlsOf(check.references, framework)) expect(ids, `${check.id} cites ${id} ${control}`).toContain(control);
    }
  });

  it("the seed's framework is the article's sections, in its order", () => {
    expect(FRAMEWORKS.seed.controls.map((control) => control.id)).toEqual(Object.keys(SEED_SECTIONS));
  });
});

describe('a report read against a framework', () => {
  it('a new account: what it lacks FAILs, what no check decides is MANUAL', async () => {
    const report = await audited('new-account', '--framework', 'ssb');
    expect(statusOf(report, 'ssb')).toMatchObject({ 'ACCT.01': 'FAIL', 'ACCT.02': 'FAIL', 'ACCT.03': 'FAIL', 'ACCT.04': 'MANUAL', 'ACCT.06': 'FAIL', 'ACCT.07': 'FAIL', 'ACCT.10': 'FAIL', 'ACCT.11': 'FAIL', 'ACCT.12': 'MANUAL' });
  });

  it('the hardened account: controls its checks pass are PASS; one whose checks judge only part of it is MANUAL at best', async () => {
    const report = await audited('hardened', '--framework', 'ssb', '--framework', 'cis');
    expect(report.frameworks?.map((table) => table.id)).toEqual(['ssb', 'cis']);
    expect(statusOf(report, 'ssb')).toMatchObject({ 'ACCT.01': 'PASS', 'ACCT.02': 'PASS', 'ACCT.05': 'PASS', 'ACCT.06': 'PASS', 'ACCT.07': 'MANUAL', 'ACCT.10': 'PASS', 'ACCT.11': 'MANUAL', 'ACCT.12': 'PASS' });
    const ssb = report.frameworks?.[0];
    expect(ssb?.summary.byStatus.PASS).toBe(Object.values(statusOf(report, 'ssb')).filter((status) => status === 'PASS').length);
    expect(ssb?.controls.find((control) => control.id === 'ACCT.07')?.reason).toContain("who may read or delete the logs inside the organization");
  });

  it('every status follows from the results of the deciding checks, on every sample and framework', async () => {
    for (const name of ['new-account', 'insecure', 'hardened', 'org-member', 'denied', 'several']) {
      const report = await audited(name, ...FRAMEWORK_IDS.flatMap((id) => ['--framework', id]));
      for (const table of report.frameworks ?? []) {
        for (const control of table.controls) {
          const statuses = new Set(report.accounts.flatMap((account) => account.results.filter((result) => control.checks.includes(result.checkId)).map((result) => result.status)));
          const where = `${name} ${table.id} ${control.id}`;
          if (control.status === 'PASS') expect([...statuses].every((status) => status === 'PASS' || status === 'SKIPPED') && statuses.has('PASS'), where).toBe(true);
          if (control.status === 'FAIL') expect(statuses.has('FAIL'), where).toBe(true);
          if (control.status === 'ERROR') expect(statuses.has('ERROR') && !statuses.has('FAIL'), where).toBe(true);
          if (control.checks.length === 0) expect(control.status, where).toBe('MANUAL');
        }
      }
    }
  });

  it('a suppressed FAIL still fails the control (it is accepted, not met); a check not run leaves it SKIPPED, never PASS', async () => {
    const report = await audited('hardened');
    const results = report.accounts[0]?.results ?? [];
    const suppressedFail = { ...report, accounts: report.accounts.map((account) => ({ ...account, results: results.map((result) => (result.checkId === 'iam.password-policy' ? { ...result, status: 'FAIL' as const, suppressed: { reason: 'accepted' } } : result)) })) };
    expect(frameworkTable(suppressedFail, FRAMEWORKS.ssb).controls.find((control) => control.id === 'ACCT.06')?.status).toBe('FAIL');
    const partial = await audited('hardened', '--checks', 'iam.root-mfa', '--framework', 'ssb');
    const controls = partial.frameworks?.[0]?.controls ?? [];
    expect(controls.find((control) => control.id === 'ACCT.05')).toMatchObject({ status: 'SKIPPED', checks: expect.arrayContaining(['iam.root-mfa', 'iam.user-console-mfa']) });
    expect(controls.find((control) => control.id === 'ACCT.06')?.status).toBe('SKIPPED');
    expect(controls.find((control) => control.id === 'ACCT.04')?.status).toBe('MANUAL');
  });

  it('each control says why, with what decided it: the failing checks and how many, the errors, the checks not run', async () => {
    const why = (report: JsonReport) => (report.frameworks?.[0]?.controls ?? []).map((control) => `${control.id} ${control.status}: ${control.reason}`);
    const insecure = why(await audited('insecure', '--framework', 'ssb'));
    expect(insecure).toContain('ACCT.01 FAIL: 1 FAIL(s) in account.alternate-contacts (a suppressed FAIL counts: the control is not met).');
    // Each failing check named once, however many findings it has.
    expect(insecure).toContain('ACCT.05 FAIL: 6 FAIL(s) in iam.user-console-mfa, iam.admin-mfa (a suppressed FAIL counts: the control is not met).');
    expect(why(await audited('denied', '--framework', 'ssb'))).toContain('ACCT.01 ERROR: 1 ERROR(s): what decides it could not be read.');
    const partial = why(await audited('hardened', '--checks', 'iam.root-mfa', '--framework', 'ssb'));
    expect(partial).toContain('ACCT.06 SKIPPED: Its checks were not run (iam.password-policy): select them to judge it.');
    expect(partial.find((line) => line.startsWith('ACCT.05 '))).toMatch(/^ACCT\.05 SKIPPED: Nothing failed, but iam\.[a-z-]+(, iam\.[a-z-]+)* were not run\.$/);
    expect(partial.find((line) => line.startsWith('ACCT.05 '))).not.toContain('iam.root-mfa,');
  });

  it('ERROR where the deciding checks could not read, unless one already failed', async () => {
    expect(statusOf(await audited('denied', '--framework', 'ssb'), 'ssb')).toMatchObject({ 'ACCT.01': 'ERROR', 'ACCT.06': 'ERROR', 'ACCT.04': 'MANUAL' });
  });

  it('text and Markdown show the table in the report language; merge reads the whole again', async () => {
    const text = await runCli(['audit', '--snapshot', sample('hardened'), '--framework', 'ssb', '--lang', 'ja']);
    expect(text.stdout).toMatch(/AWS Startup Security Baseline\(アカウントのコントロール\): 12 件中 \d+ 件のコントロールが合格/);
    expect(text.stdout).toMatch(/MANUAL +ACCT\.04 権限を割り当てる/);
    const markdown = await runCli(['audit', '--snapshot', sample('insecure'), '--framework', 'cis', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/\| 1\.4 Ensure no 'root' user account access key exists \| FAIL \| `iam\.root-access-keys` \|/);
    const dir = mkdtempSync(join(tmpdir(), 'frameworks-'));
    for (const name of ['insecure', 'hardened']) writeFileSync(join(dir, `${name}.json`), (await runCli(['audit', '--snapshot', sample(name), '--format', 'json', '--framework', 'ssb'])).stdout);
    const merged = reportSchema.parse(JSON.parse((await runCli(['merge', join(dir, 'insecure.json'), join(dir, 'hardened.json'), '--format', 'json'])).stdout));
    expect(merged.frameworks?.map((table) => table.id)).toEqual(['ssb']);
    // The insecure account lacks a security contact: over both accounts, ACCT.01 fails.
    expect(statusOf(merged, 'ssb')['ACCT.01']).toBe('FAIL');
  });

  it('JUnit carries each framework as a suite of its own, one case per control; GitHub says each table in one notice first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frameworks-'));
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--framework', 'ssb', '--format', `json=${dir}/r.json`, '--format', `junit=${dir}/r.xml`, '--format', 'github']);
    const report = reportSchema.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    const table = report.frameworks?.[0];
    const junit = (await parse(readFileSync(join(dir, 'r.xml'), 'utf8'))) as TestSuites;
    const suite = junit.testsuite?.find((each) => each.name === `aws-baseline ${table?.title}`);
    const cases = suite?.testcase ?? [];
    expect(cases.map((each) => each.name)).toEqual(table?.controls.map((control) => `${control.id} ${control.title}`));
    const of = (id: string) => cases.find((each) => each.name?.startsWith(`${id} `));
    expect(of('ACCT.01')?.failure?.[0]?.message).toBe('1 FAIL(s) in account.alternate-contacts (a suppressed FAIL counts: the control is not met).');
    expect(of('ACCT.04')?.skipped?.[0]?.message).toBe('MANUAL: No check decides it: a person attests it.');
    const count = (status: string) => table?.controls.filter((control) => control.status === status).length;
    expect(suite).toMatchObject({ tests: table?.controls.length, failures: count('FAIL'), errors: count('ERROR'), skipped: (count('MANUAL') ?? 0) + (count('SKIPPED') ?? 0) });
    // The totals are the suites' sums: the account's findings and the framework's controls.
    expect(junit.tests).toBe(report.summary.total + (table?.controls.length ?? 0));
    expect(junit.failures).toBe((report.summary.byStatus.FAIL ?? 0) - report.summary.suppressed + (count('FAIL') ?? 0));
    expect(run.stdout.split('\n')[0]).toBe(
      '::notice title=AWS Startup Security Baseline (account controls)::0 of 12 controls pass; FAIL: ACCT.01, ACCT.02, ACCT.03, ACCT.05, ACCT.06, ACCT.07, ACCT.08, ACCT.10, ACCT.11, ACCT.12; MANUAL: ACCT.04, ACCT.09',
    );
    const ja = await runCli(['audit', '--snapshot', sample('insecure'), '--framework', 'cis', '--format', 'github', '--lang', 'ja']);
    expect(ja.stdout.split('\n')[0]).toMatch(/^::notice title=CIS AWS Foundations Benchmark v3\.0\.0(.+)::19 件中 \d+ 件のコントロールが合格; FAIL: 1\./);
  });

  it('checks --framework lists the coverage: every control, the checks that decide it, none for a manual one', async () => {
    const run = await runCli(['checks', '--framework', 'ssb', '--format', 'json']);
    const coverage = JSON.parse(run.stdout) as { controls: { id: string; checks: string[]; rest?: string }[] };
    expect(coverage.controls.map((control) => control.id)).toEqual(FRAMEWORKS.ssb.controls.map((control) => control.id));
    expect(coverage.controls.find((control) => control.id === 'ACCT.01')?.checks).toEqual(['account.alternate-contacts']);
    expect(coverage.controls.find((control) => control.id === 'ACCT.09')?.checks).toEqual([]);
    const text = await runCli(['checks', '--framework', 'cis', '--lang', 'ja']);
    expect(text.stdout).toMatch(/1\.1 +連絡先の情報を最新に保つ\n +→ 手動: 判定するチェックがありません/);
    expect(text.stdout).toMatch(/1\.20 +すべてのリージョンで IAM Access Analyzer が有効\n +→ iam.access-analyzer/);
    expect(text.stdout).toMatch(/件中 \d+ 件のコントロールをチェックが判定します/);
  });

  it('an unknown framework is exit 2 naming the ones there are', async () => {
    const run = await runCli(['audit', '--snapshot', sample('hardened'), '--framework', 'soc2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--framework soc2: expected one of ssb, cis, fsbp, seed');
  });
});
