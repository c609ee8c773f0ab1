// Issue 24's gate for an account with a past, on what users install, against moto: a baseline written on
// one state; the state changed (two things fixed, one broken); the audit read against the baseline in
// every format; a second baseline after the fixes; diff of the two JSON reports.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/engine/baseline.js';
import type { ReportDiff } from '../../src/report/diff.js';
import type { JsonReport } from '../../src/report/schema.js';
import { multitoolErrors, schemaErrors } from '../report/sarif-validate.js';
import { Scenario } from './support/scenario.js';
import { AccountState } from './support/states.js';

// Fast checks that a state change moves: a user without MFA, GuardDuty in two regions, a budget.
const AUDIT = ['audit', '--checks', 'iam.user-console-mfa,guardduty.enabled,billing.budget', '--regions', 'us-east-1,eu-west-1'];

describe('a baseline on the emulator: fix two things, break one', () => {
  let scenario: Scenario;
  let state: AccountState;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-baseline-'));
  const at = (file: string) => join(dir, file);
  const read = (file: string) => readFileSync(at(file), 'utf8');
  const json = <T>(file: string) => JSON.parse(read(file)) as T;

  beforeAll(async () => {
    scenario = await Scenario.create();
    state = new AccountState(scenario);
    await state.user('bob', { console: true });
  });
  afterAll(() => scenario.stop());

  it('writes the baseline of the first state: each FAIL once', async () => {
    const run = await scenario.run([...AUDIT, '--write-baseline', at('baseline.json'), '--format', `json=${at('before.json')}`]);
    expect(run.code, run.stderr).toBe(1);
    const findings = json<Baseline>('baseline.json').findings.map((entry) => `${entry.check} ${entry.region} ${entry.resource.split('/').pop()}`);
    expect(findings).toEqual(['billing.budget global account', 'guardduty.enabled eu-west-1 region', 'guardduty.enabled us-east-1 region', 'iam.user-console-mfa global bob']);
  });

  it('after the change: exit 1 on the one new FAIL; new, fixed and known right in every format', async () => {
    await state.budget('monthly');
    await state.detector('us-east-1');
    await state.user('carol', { console: true });
    const formats = ['json', 'sarif', 'junit', 'csv', 'markdown', 'html'].flatMap((format) => ['--format', `${format}=${at(`after.${format}`)}`]);
    const run = await scenario.run([...AUDIT, '--baseline', at('baseline.json'), '--format', 'text', ...formats]);
    expect(run.code, run.stderr).toBe(1);
    const report = json<JsonReport>('after.json');
    expect(report.baseline).toMatchObject({ new: 1, known: 2, unjudged: 0 });
    expect(report.baseline?.fixed.map((entry) => `${entry.check} ${entry.region}`)).toEqual(['billing.budget global', 'guardduty.enabled us-east-1']);
    const marked = report.accounts[0]?.results.filter((result) => result.baseline).map((result) => `${result.checkId} ${result.resource.split('/').pop()} ${result.baseline?.state}`);
    expect(marked?.sort()).toEqual(['guardduty.enabled region known', 'iam.user-console-mfa bob known', 'iam.user-console-mfa carol new']);

    expect(run.stdout).toMatch(/carol.*\[new\]/);
    expect(run.stdout).toMatch(/bob.*\[known since 2026-11-20\]/);
    expect(run.stdout).toContain('1 new, 2 fixed, 2 known');

    const sarif = json<{ runs: { results: { baselineState?: string; message: { text: string } }[] }[] }>('after.sarif');
    expect(sarif.runs[0]?.results.map((result) => result.baselineState).sort()).toEqual(['new', 'unchanged', 'unchanged']);
    expect(sarif.runs[0]?.results.find((result) => result.baselineState === 'new')?.message.text).toContain('carol');
    expect(schemaErrors(sarif)).toEqual([]);
    expect(multitoolErrors(sarif)).toEqual([]);

    expect(read('after.junit')).toMatch(/failures="1"/);
    expect(read('after.junit')).toMatch(/user\/bob" time="0">\s*<skipped message="known since 2026-11-20/);
    // The baseline column, then the OU's two (empty: one account, no organization).
    expect(read('after.csv').trim().split('\r\n').flatMap((row) => /,(new|known),,$/.exec(row)?.[1] ?? []).sort()).toEqual(['known', 'known', 'new']);
    expect(read('after.markdown')).toMatch(/### New failing checks\n\n\| Severity \| Check \| Finding \| Fix \|\n\|---\|---\|---\|---\|\n\| high \| `iam.user-console-mfa` \| IAM user carol/);
    expect(read('after.html')).toContain('<div class="note new">new</div>');
  });

  it('a second baseline after the fixes is smaller; diff of the two JSON reports gives the same answer', async () => {
    const run = await scenario.run([...AUDIT, '--write-baseline', at('baseline.json'), '--quiet']);
    expect(run.code).toBe(1);
    expect(json<Baseline>('baseline.json').findings.map((entry) => `${entry.check} ${entry.resource.split('/').pop()}`)).toEqual(['guardduty.enabled region', 'iam.user-console-mfa bob', 'iam.user-console-mfa carol']);
    const diff = await scenario.run(['diff', at('before.json'), at('after.json'), '--format', 'json']);
    expect(diff.code, diff.stderr).toBe(1);
    const answer = JSON.parse(diff.stdout) as ReportDiff;
    const report = json<JsonReport>('after.json');
    expect(answer.summary).toEqual({ new: report.baseline?.new, fixed: report.baseline?.fixed.length, stillFailing: report.baseline?.known, newlyError: 0, unjudged: 0 });
  });
});
