import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSarifLogs } from '../../src/report/sarif.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';
import { githubAssertions, multitoolErrors, type SarifLogShape, type SarifRunShape, schemaErrors } from './sarif-validate.js';
import { expectedCount } from '../samples.js';
import { CHECKS } from '../../src/checks/index.js';

const SAMPLES = ['new-account', 'insecure', 'hardened', 'org-member', 'denied'];
type Log = SarifLogShape;

async function sarifOf(sample: string, extra: string[] = []): Promise<{ code: number; log: Log; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-sarif-'));
  const run = await runCli(['audit', '--snapshot', `fixtures/accounts/${sample}.json`, '--format', `sarif=${dir}/out.sarif`, ...extra]);
  return { code: run.code, log: JSON.parse(readFileSync(`${dir}/out.sarif`, 'utf8')) as Log, dir };
}

describe('SARIF that GitHub code scanning accepts', () => {
  it('insecure: exit 1, and the file passes the SARIF schema, the Multitool (GitHub + SARIF rules) and our own assertions', async () => {
    const { code, log } = await sarifOf('insecure', ['--fail-on', 'low']);
    expect(code).toBe(1);
    expect(schemaErrors(log)).toEqual([]);
    expect(multitoolErrors(log)).toEqual([]);
    expect(githubAssertions(log)).toEqual([]);
    expect(log.runs[0]?.results).toHaveLength(expectedCount('insecure', 'FAIL'));
  });

  it('hardened exits 0 with an empty but valid run', async () => {
    const { code, log } = await sarifOf('hardened', ['--config', 'fixtures/accounts/hardened.config.yaml']);
    expect(code).toBe(0);
    expect(log.runs[0]?.results).toEqual([]);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('every sample account gives valid SARIF', async () => {
    for (const sample of SAMPLES) {
      const { log } = await sarifOf(sample);
      expect(schemaErrors(log), sample).toEqual([]);
      expect(githubAssertions(log), sample).toEqual([]);
    }
  });

  it('the validators can fail: a result located by an ARN is caught', () => {
    const bad = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'arn:aws:iam::1:user/x' } } }] }] }] };
    expect(multitoolErrors(bad).length).toBeGreaterThan(0);
    expect(githubAssertions(bad as unknown as SarifLogShape)).toContain('result 0: uri arn:aws:iam::1:user/x has a scheme');
    expect(schemaErrors({ version: '2.1.0' }).length).toBeGreaterThan(0);
  });

  it('rules: one per evaluated check, with severities GitHub understands', async () => {
    const { log } = await sarifOf('insecure');
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules).toHaveLength(CHECKS.length);
    const severity = Object.fromEntries(rules.map((rule) => [rule.id, rule.properties?.['security-severity']]));
    expect(severity['iam.root-mfa']).toBe('9.5');
    expect(severity['config.recorder']).toBe('8.0');
    expect(severity['cloudtrail.log-validation']).toBe('5.5');
    expect(severity['billing.cost-explorer']).toBe('2.0');
    expect(severity['organizations.member']).toBeUndefined();
    const rule = log.runs[0]?.tool.driver.rules?.find((candidate) => candidate.id === 'iam.root-mfa');
    expect(rule?.help?.markdown).toContain('Assign MFA device');
    expect(rule?.properties?.tags).toEqual(['security', 'aws', 'iam', 'SSB-ACCT.05', 'CIS-1.5', 'FSBP-IAM.9']);
  });

  it('results: FAILs only, located by a relative path, ARN kept as the logical location, message names the place', async () => {
    const { log } = await sarifOf('insecure');
    const bob = log.runs[0]?.results?.find((result) => result.properties.resource.endsWith('user/bob'));
    expect(bob?.level).toBe('error');
    expect(bob?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('aws-baseline/222222222222/global/iam/user/bob');
    expect(bob?.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe('arn:aws:iam::222222222222:user/bob');
    expect(bob?.message.text).toMatch(/^arn:aws:iam::222222222222:user\/bob \(account 222222222222, global\): /);
    expect(log.runs[0]?.automationDetails?.id).toBe('aws-baseline/222222222222/');
  });

  it('fingerprints are identical across runs on the same snapshot and differ between resources', async () => {
    const first = (await sarifOf('insecure')).log.runs[0]?.results?.map((result) => result.partialFingerprints?.primaryLocationLineHash);
    const second = (await sarifOf('insecure')).log.runs[0]?.results?.map((result) => result.partialFingerprints?.primaryLocationLineHash);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first?.length);
  });

  it('ERRORs go to tool execution notifications, and the run says it was not successful', async () => {
    const { log } = await sarifOf('denied');
    const invocation = log.runs[0]?.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    expect(invocation?.toolExecutionNotifications.length).toBeGreaterThan(10);
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('suppressed results carry SARIF suppressions with the justification; config maps checks to IaC files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-sarif-cfg-'));
    writeFileSync(
      `${dir}/aws-baseline.config.yaml`,
      'suppressions:\n  - check: iam.user-console-mfa\n    resource: "arn:aws:iam::222222222222:user/bob"\n    reason: "leaving on Friday"\nsarif:\n  locations:\n    "cloudtrail.*": infra/cloudtrail.tf\n',
    );
    await runCli(['audit', '--snapshot', `${process.cwd()}/fixtures/accounts/insecure.json`, '--format', 'sarif=out.sarif'], {}, dir);
    const log = JSON.parse(readFileSync(`${dir}/out.sarif`, 'utf8')) as Log;
    const results = log.runs[0]?.results ?? [];
    expect(results.find((result) => result.ruleId === 'iam.user-console-mfa' && result.properties.resource.endsWith('user/bob'))?.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'leaving on Friday' }]);
    const trailUris = results.filter((result) => result.ruleId.startsWith('cloudtrail.')).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri);
    expect(trailUris.length).toBeGreaterThanOrEqual(3);
    expect(new Set(trailUris)).toEqual(new Set(['infra/cloudtrail.tf']));
    expect(results.filter((result) => !result.ruleId.startsWith('cloudtrail.')).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).not.toContain('infra/cloudtrail.tf');
    expect(githubAssertions(log)).toEqual([]);
  });
});

describe('SARIF limits', () => {
  const base = async () => JSON.parse((await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--format', 'json'])).stdout) as JsonReport;

  it('more than 20 accounts: several files of at most 20 runs, one category each', async () => {
    const report = await base();
    const account = report.accounts[0]!;
    const many = { ...report, accounts: Array.from({ length: 45 }, (_, index) => ({ ...account, id: String(100000000000 + index) })) };
    const logs = renderSarifLogs(many);
    expect(logs.map((log) => log.runs.length)).toEqual([20, 20, 5]);
    for (const log of logs) expect(githubAssertions(log as unknown as SarifLogShape)).toEqual([]);
  });

  it('caps a run at 5,000 results, dropping the lowest severity first, and says so', async () => {
    const report = await base();
    const account = report.accounts[0]!;
    const template = account.results.find((result) => result.checkId === 'iam.user-console-mfa' && result.status === 'FAIL')!;
    const low = account.results.find((result) => result.checkId === 'billing.cost-explorer')!;
    const results = [...Array.from({ length: 4990 }, (_, i) => ({ ...template, resource: `arn:aws:iam::222222222222:user/u${i}` })), ...Array.from({ length: 20 }, (_, i) => ({ ...low, resource: `r${i}` }))];
    const [log] = renderSarifLogs({ ...report, accounts: [{ ...account, results }] });
    const run = log!.runs[0] as unknown as SarifRunShape;
    expect(run.results).toHaveLength(5000);
    expect(run.results?.filter((result) => result.ruleId === 'billing.cost-explorer')).toHaveLength(10);
    expect(run.invocations?.[0]?.toolExecutionNotifications.at(-1)?.message.text).toContain('10 lowest-severity results were left out');
  });
});
