import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type TestSuites } from 'junit2json';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_TYPE } from '../../src/report/github.js';
import { runCli } from '../run-cli.js';
import { githubAssertions, schemaErrors } from './sarif-validate.js';
import { EXPECTED, expectedCount } from '../samples.js';
import { CHECKS } from '../../src/checks/index.js';
import { SEVERITIES } from '../../src/core/model.js';

const SAMPLES = ['new-account', 'insecure', 'hardened', 'org-member', 'denied'];
const tmp = () => mkdtempSync(join(tmpdir(), 'aws-baseline-fmt-'));
const snapshot = (name: string) => `${process.cwd()}/fixtures/accounts/${name}.json`;

async function junitOf(sample: string): Promise<TestSuites> {
  const run = await runCli(['audit', '--snapshot', snapshot(sample), '--format', 'junit']);
  return (await parse(run.stdout)) as TestSuites;
}

describe('every format on every sample account, from one collection', () => {
  for (const sample of SAMPLES) {
    it(sample, async () => {
      const dir = tmp();
      const run = await runCli(
        ['audit', '--snapshot', snapshot(sample), '--format', 'text', '--format', `json=${dir}/r.json`, '--format', `sarif=${dir}/r.sarif`, '--format', `junit=${dir}/r.xml`, '--format', `markdown=${dir}/r.md`, '--format', `github=${dir}/r.txt`],
      );
      expect(run.stdout).toContain('Summary');
      const json = JSON.parse(readFileSync(`${dir}/r.json`, 'utf8')) as { summary: { total: number; byStatus: Record<string, number> }; exitCode: number };
      expect(json.exitCode).toBe(run.code);
      const sarif = JSON.parse(readFileSync(`${dir}/r.sarif`, 'utf8'));
      expect(schemaErrors(sarif)).toEqual([]);
      expect(githubAssertions(sarif)).toEqual([]);
      expect(sarif.runs[0].results).toHaveLength(json.summary.byStatus.FAIL ?? -1);
      const junit = (await parse(readFileSync(`${dir}/r.xml`, 'utf8'))) as TestSuites;
      expect(junit.testsuite?.[0]?.testcase).toHaveLength(json.summary.total);
      expect(readFileSync(`${dir}/r.md`, 'utf8')).toContain('## aws-baseline audit');
    });
  }
});

describe('JUnit', () => {
  it('one suite per account, one case per check and resource, names unique, counts right (parsed by junit2json)', async () => {
    const junit = await junitOf('insecure');
    const suite = junit.testsuite?.[0];
    expect(junit.testsuite).toHaveLength(1);
    expect(suite?.name).toBe('aws-baseline 222222222222');
    const names = suite?.testcase?.map((testcase) => testcase.name) ?? [];
    expect(new Set(names).size).toBe(names.length);
    expect(suite?.failures).toBe(expectedCount('insecure', 'FAIL'));
    expect(suite?.testcase?.filter((testcase) => testcase.failure)).toHaveLength(expectedCount('insecure', 'FAIL'));
    const bob = suite?.testcase?.find((testcase) => testcase.name?.endsWith('user/bob') && testcase.classname === 'aws-baseline.iam.user-console-mfa');
    expect(bob?.failure?.[0]).toMatchObject({ type: 'high', message: 'IAM user bob has a console password but no MFA. (credential report of 2026-11-20 08:30 UTC)' });
    expect(suite?.testcase?.filter((testcase) => testcase.skipped)).toHaveLength(expectedCount('insecure', 'SKIPPED') + expectedCount('insecure', 'MANUAL'));
  });

  it('errors are <error>, and text is escaped', async () => {
    const denied = await junitOf('denied');
    expect(denied.testsuite?.[0]?.errors).toBeGreaterThan(10);
    expect(denied.testsuite?.[0]?.testcase?.[0]?.error?.[0]?.type).toBe('access-denied');
    const org = await junitOf('org-member');
    expect(org.testsuite?.[0]?.testcase?.some((testcase) => testcase.skipped?.[0]?.message?.startsWith('manual verification needed'))).toBe(true);
  });
});

describe('GitHub annotations', () => {
  it('the most severe first, at most 10 per type, and how many were left out', async () => {
    const dir = tmp();
    // 12 high-severity failures: 12 console users without MFA
    const base = JSON.parse(readFileSync(snapshot('insecure'), 'utf8'));
    const rows = base.facts['iam.credentialReport'].value.users;
    for (let i = 0; i < 12; i += 1) rows.push({ user: `dev${i}`, arn: `arn:aws:iam::222222222222:user/dev${i}`, passwordEnabled: true, mfaActive: false, accessKey1Active: false, accessKey2Active: false });
    writeFileSync(`${dir}/many.json`, JSON.stringify(base));
    const run = await runCli(['audit', '--snapshot', `${dir}/many.json`, '--format', 'github']);
    const lines = run.stdout.trim().split('\n');
    const errors = lines.filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(ANNOTATIONS_PER_TYPE);
    expect(errors[0]).toMatch(/^::error title=critical /);
    expect(lines.at(-1)).toMatch(/^\d+ more finding\(s\) not annotated/);
    expect(run.stdout).not.toMatch(/::error title=[^:]*,/); // commas in properties are escaped
  });

  it("one annotation for what reads alike in an account's regions, naming them; the window shared across checks, each check's first finding before any check's second", async () => {
    const run = await runCli(['audit', '--snapshot', snapshot('new-account'), '--format', 'github']);
    const lines = run.stdout.trim().split('\n');
    const recorder = lines.filter((line) => line.includes(' config.recorder::'));
    expect(recorder).toHaveLength(1);
    expect(recorder[0]).toContain('::111111111111 ap-northeast-1, ap-northeast-2, ');
    expect(recorder[0]).toContain(', us-west-2: No configuration recorder in this region.');
    const checks = lines.filter((line) => line.startsWith('::')).map((line) => /title=[a-z]+ ([a-z0-9.-]+)::/.exec(line)?.[1]);
    expect(new Set(checks).size).toBe(checks.length); // no check twice while another waits
    expect(checks).toEqual(expect.arrayContaining(['config.recorder', 'guardduty.enabled', 'ec2.ebs-default-encryption', 'iam.root-mfa', 'cloudtrail.multi-region']));
    const account = lines.find((line) => line.includes(' iam.root-mfa::'));
    expect(account).toMatch(/::111111111111: The root user has no MFA device\./);
  });

  it('escapes % and newlines so a message cannot inject a command', async () => {
    // Two checks only: the window of ten annotations per type is another test's.
    const run = await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'github', '--checks', 'billing.*,guardduty.enabled']);
    expect(run.stdout).toContain('80%25 of actual cost');
    expect(run.stdout).toContain('::error title=high guardduty.enabled::222222222222 ap-northeast-1: GuardDuty detector');
  });
});

describe('Markdown', () => {
  it('summarizes counts and failing checks with their fix', async () => {
    const run = await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'markdown']);
    expect(run.stdout).toContain(`| FAIL | ${expectedCount('insecure', 'FAIL')} |`);
    // the finding, not the pass condition; the fix that fits it; where it came from and when
    expect(run.stdout).toContain("| critical | `iam.root-access-keys` | The root user has active access key 1, last used 2026-11-18 12:00 UTC. (credential report of 2026-11-20 08:30 UTC) | Delete the root user's access keys");
    expect(run.stdout).not.toContain('The root user has no access keys');
    expect(run.stdout).toContain('aws-baseline 0.1.0 · 2026-11-20 12:00 UTC · snapshot `');
    const severities = [...run.stdout.matchAll(/^\| (critical|high|medium|low|info) \| `/gm)].map((match) => match[1]);
    // one row per failing check, most severe first
    const failing = CHECKS.filter((check) => (EXPECTED.insecure?.[check.id]?.FAIL ?? 0) > 0).map((check) => check.severity);
    expect(severities).toEqual([...failing].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b)));
    expect(severities).toContain('critical');
    const ja = await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'markdown', '--lang', 'ja']);
    expect(ja.stdout).toContain('## aws-baseline 監査');
    expect(ja.stdout).toContain('2026年11月20日 12:00 UTC');
  });

  it('says which checks could not be evaluated, why, and what to do', async () => {
    const run = await runCli(['audit', '--snapshot', snapshot('denied'), '--format', 'markdown']);
    expect(run.stdout).toContain('### Could not evaluate');
    expect(run.stdout).toMatch(/… and \d+ more/);
    expect(run.stdout).toMatch(/\| `iam\.root-mfa` \| global \| Could not evaluate: iam:GetAccountSummary access denied .* \| Grant iam:GetAccountSummary to the principal that runs the audit/);
  });

  it('appends to $GITHUB_STEP_SUMMARY when markdown has no path', async () => {
    const dir = tmp();
    writeFileSync(`${dir}/summary.md`, '# earlier step\n');
    const run = await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'markdown', '--format', 'text'], { GITHUB_STEP_SUMMARY: `${dir}/summary.md` });
    expect(run.stdout).toContain('Summary:');
    const summary = readFileSync(`${dir}/summary.md`, 'utf8');
    expect(summary.startsWith('# earlier step\n## aws-baseline audit')).toBe(true);
  });
});

describe('suppressions in the gate', () => {
  function configured(yaml: string): string {
    const dir = tmp();
    writeFileSync(`${dir}/aws-baseline.config.yaml`, yaml);
    return dir;
  }

  it('suppressing every failure at or above the threshold turns exit 1 into 0; the results keep their status', async () => {
    const dir = configured('suppressions:\n  - check: "*"\n    reason: "accepted while migrating"\n    expires: 2027-01-31\n');
    const run = await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'json'], {}, dir);
    const report = JSON.parse(run.stdout) as { summary: { byStatus: Record<string, number>; suppressed: number; gating: number } };
    expect(run.code).toBe(0);
    expect(report.summary.byStatus.FAIL).toBe(expectedCount('insecure', 'FAIL'));
    expect(report.summary.gating).toBe(0);
  });

  it('an expired suppression no longer applies, and says so', async () => {
    const dir = configured('suppressions:\n  - check: "*"\n    reason: "accepted"\n    expires: 2026-11-19\n');
    const run = await runCli(['audit', '--snapshot', snapshot('insecure')], {}, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/expired on 2026-11-19 and no longer applies/);
    expect(run.stdout).toMatch(/expired suppression \(no longer applied\): \* \* \(2026-11-19\)/);
  });

  it('several entries combine as OR; a stale one warns, and fails only with --fail-on-stale', async () => {
    const dir = configured(
      'suppressions:\n  - check: iam.user-console-mfa\n    resource: "arn:aws:iam::222222222222:user/bob"\n    reason: r1\n  - check: iam.user-console-mfa\n    resource: "*carol*"\n    reason: r2\n  - check: guardduty.enabled\n    region: eu-*\n    reason: "nothing there"\n',
    );
    const run = await runCli(['audit', '--snapshot', snapshot('insecure'), '--checks', 'iam.user-console-mfa', '--format', 'json'], {}, dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/suppression of guardduty\.enabled \* matched nothing/);
    const stale = await runCli(['audit', '--snapshot', snapshot('insecure'), '--checks', 'iam.user-console-mfa', '--fail-on-stale'], {}, dir);
    expect(stale.code).toBe(1);    const ja = await runCli(['audit', '--snapshot', snapshot('insecure'), '--checks', 'iam.user-console-mfa', '--lang', 'ja'], {}, dir);
    expect(ja.stderr).toContain('aws-baseline: 警告: guardduty.enabled * の抑制はどの結果にも一致しませんでした');
  });
});

describe('the fix fits the finding', () => {
  it('a root user with no MFA at all is told to assign one, not to replace a virtual device', async () => {
    const run = await runCli(['audit', '--snapshot', snapshot('new-account'), '--checks', 'iam.root-hardware-mfa']);
    expect(run.stdout).toContain('The root user has no MFA device at all.');
    expect(run.stdout).toContain('→ Fix: Sign in as root and assign a hardware security key');
    expect(run.stdout).not.toContain("Replace the root user's virtual MFA device");
  });

  it('a stale CloudWatch Logs delivery is told to check the role and log group, not to configure delivery', async () => {
    const run = await runCli(['audit', '--snapshot', snapshot('hardened'), '--checks', 'cloudtrail.cloudwatch-logs', '--format', 'json'], { AWS_BASELINE_NOW: '2026-12-01T00:00:00Z' });
    const stale = (JSON.parse(run.stdout) as { accounts: { results: { messageKey: string; remediation: string }[] }[] }).accounts[0]?.results.find((result) => result.messageKey === 'stale');
    expect(stale?.remediation).toMatch(/is logging and that its CloudWatch Logs role and log group still exist/);
  });

  it('an ERROR annotation names the permission that is missing, in every format', async () => {
    const dir = tmp();
    const run = await runCli(['audit', '--snapshot', snapshot('denied'), '--checks', 'guardduty.enabled', '--regions', 'us-east-1', '--format', 'github', '--format', `junit=${dir}/r.xml`, '--format', `sarif=${dir}/r.sarif`]);
    expect(run.stdout).toMatch(/^::warning .*Grant guardduty:ListDetectors to the principal that runs the audit/m);
    expect(readFileSync(`${dir}/r.xml`, 'utf8')).toContain('Grant guardduty:ListDetectors');
    expect(readFileSync(`${dir}/r.sarif`, 'utf8')).toContain('Grant guardduty:ListDetectors');
  });
});

describe('Japanese wherever a person reads, and one line for a CI log', () => {
  it('GitHub annotations and Markdown speak Japanese with --lang ja: no "could not evaluate", no "→ exit"', async () => {
    const github = (await runCli(['audit', '--snapshot', snapshot('denied'), '--format', 'github', '--lang', 'ja'])).stdout;
    expect(github).toContain('title=評価できません ');
    expect(github).not.toMatch(/could not evaluate|not annotated/);
    const markdown = (await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'markdown', '--lang', 'ja'])).stdout;
    expect(markdown).toMatch(/→ 終了コード 1/);
    expect(markdown).not.toMatch(/→ exit/);
  });

  it('every report written to a file: one summary line on stderr, in the chosen language; not with --quiet, nor when a report goes to stdout', async () => {
    const dir = tmp();
    const files = await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', `json=${dir}/r.json`]);
    expect(files.stdout).toBe('');
    expect(files.stderr).toMatch(new RegExp(`^aws-baseline: .*\\d+ FAIL.*; \\d+ gating, exit 1; wrote ${dir}/r\\.json\\n$`));
    expect((await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', `json=${dir}/r.json`, '--lang', 'ja'])).stderr).toContain('終了コード 1');
    expect((await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', `json=${dir}/r.json`, '--quiet'])).stderr).toBe('');
    expect((await runCli(['audit', '--snapshot', snapshot('insecure'), '--format', 'json'])).stderr).toBe('');
  });
});
