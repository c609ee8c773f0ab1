import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { runBinary, runCli } from '../run-cli.js';
import { withTable } from '../../scripts/readme-checks.js';

describe('checks, explain, policy, --help, --version', () => {
  it('checks --format json lists every id of the catalog with severity and references', async () => {
    const run = await runCli(['checks', '--format', 'json']);
    const catalog = JSON.parse(run.stdout) as { id: string; severity: string; references: { seed: string } }[];
    expect(run.code).toBe(0);
    expect(catalog.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id));
    expect(catalog.find((check) => check.id === 'iam.root-mfa')).toMatchObject({ severity: 'critical', references: { seed: 'iam-user', cis: ['1.5'], fsbp: ['IAM.9'] } });
  });

  it('explain ID --lang ja prints Japanese text for every check', async () => {
    for (const check of CHECKS) {
      const run = await runCli(['explain', check.id, '--lang', 'ja']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(check.text.ja.title);
      expect(run.stdout).toContain('コンソールでの手順');
      expect(run.stdout).toContain(check.references.docs);
    }
  });

  it('the catalog says what it promises: references in the list, the rule in explain, readable references', async () => {
    const list = await runCli(['checks']);
    expect(list.stdout).toMatch(/^iam\.root-mfa .*The root user has MFA {2}\[SSB ACCT\.05, CIS 1\.5, FSBP IAM\.9\]$/m);
    expect(list.stdout).toContain('CIS: CIS AWS Foundations Benchmark v3.0.0');
    for (const check of CHECKS) {
      for (const lang of ['en', 'ja'] as const) {
        const run = await runCli(['explain', check.id, '--lang', lang]);
        const passes = run.stdout.split('\n').findIndex((line) => /^(Passes when|合格の条件):$/.test(line));
        expect(passes, `${check.id} ${lang}`).toBeGreaterThan(0);
        expect(run.stdout.split('\n')[passes + 1]?.trim()).toBe(check.text[lang].passes);
        expect(check.text[lang].passes).not.toBe(check.text[lang].title);
        expect(run.stdout).not.toMatch(/seed:/);
        if (check.references.cis?.length) expect(run.stdout).toContain(`CIS AWS Foundations Benchmark v3.0.0: ${check.references.cis.join(', ')}`);
      }
    }
    const ja = await runCli(['explain', 'iam.admin-mfa', '--lang', 'ja']);
    expect(ja.stdout).toContain('元記事: 「AWSクラウドを使い始めたら、まず設定すべきこと」 — IAMユーザの登録');
    expect(ja.stdout).toContain('重大度: critical · 範囲: account');
  });

  it('explain in English names the permissions the check needs', async () => {
    const run = await runCli(['explain', 'guardduty.enabled', '--lang', 'en']);
    expect(run.stdout).toContain('guardduty:ListDetectors');
    expect(run.stdout).toContain('guardduty:GetDetector');
  });

  it('policy prints a least-privilege policy for the selected checks', async () => {
    const all = JSON.parse((await runCli(['policy'])).stdout) as { Statement: { Action: string[] }[] };
    const actions = all.Statement[0]?.Action ?? [];
    expect(actions).toContain('iam:GenerateCredentialReport');
    expect(actions).toContain('ce:GetCostAndUsage');
    expect(actions.every((action) => /^[a-z0-9-]+:(Get|List|Describe|View|GenerateCredentialReport|BatchGetProjects$)/.test(action))).toBe(true);
    const narrow = JSON.parse((await runCli(['policy', '--checks', 'guardduty.*'])).stdout) as { Statement: { Action: string[] }[] };
    expect(narrow.Statement[0]?.Action).toEqual(['account:ListRegions', 'ec2:DescribeRegions', 'guardduty:GetAdministratorAccount', 'guardduty:GetDetector', 'guardduty:ListDetectors', 'sts:GetCallerIdentity']);
  });

  it('policy --beside a managed policy prints only what that policy lacks of the selected checks\' reads, and nothing where it lacks none', async () => {
    const beside = await runCli(['policy', '--beside', 'SecurityAudit', '--checks', 'billing.*,guardduty.*']);
    expect(beside.code).toBe(0);
    expect((JSON.parse(beside.stdout) as { Statement: { Action: string[] }[] }).Statement.map((statement) => statement.Action)).toEqual([['account:ListRegions', 'budgets:ViewBudget', 'ce:GetCostAndUsage']]);
    // The caller of --org: AssumeRole on the audit role, which no managed policy grants, stays its own statement.
    const caller = JSON.parse((await runCli(['policy', '--org', '--beside', 'ReadOnlyAccess'])).stdout) as { Statement: { Sid: string; Action: string[] }[] };
    expect(caller.Statement.map((statement) => [statement.Sid, statement.Action])).toEqual([['AwsBaselineAssumeAuditRole', ['sts:AssumeRole']]]);
    const none = await runCli(['policy', '--beside', 'ReadOnlyAccess']);
    expect([none.code, none.stdout]).toEqual([0, '']);
    expect(none.stderr).toContain('ReadOnlyAccess grants every read the selected checks need');
    const unknown = await runCli(['policy', '--beside', 'AdministratorAccess']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('SecurityAudit, ReadOnlyAccess');
  });

  it('--help and --version answer with exit 0', () => {
    const help = runBinary(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('audit');
    const auditHelp = runBinary(['audit', '--help']);
    for (const flag of ['--snapshot', '--profile', '--regions', '--checks', '--skip-checks', '--format', '--fail-on', '--config', '--lang', '--no-paid-calls', '--no-color', '--quiet', '--verbose', '--allow-incomplete']) {
      expect(auditHelp.stdout).toContain(flag);
    }
    const version = runBinary(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the README check reference', () => {
  it('states each check\'s rule as the check itself does (npm run readme-checks rewrites it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withTable(readme)).toBe(readme);
  });
});
