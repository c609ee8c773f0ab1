import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };
const steps = action.runs.steps;
const auditStep = steps.find((step) => step.id === 'audit');

/** What GitHub does with `${{ … }}` in a step's env: the action path and the inputs, as plain values. */
function expand(template: string, inputs: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_whole, expression: string) => {
    if (expression === 'github.action_path') return process.cwd();
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input?.[1]) return inputs[input[1]] ?? action.inputs[input[1]]?.default ?? '';
    throw new Error(`unexpected expression ${expression}`);
  });
}

/** Runs the Audit step's script as a runner would: bash, the step's env, GITHUB_OUTPUT. */
function runAuditStep(inputs: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), 'aws-baseline-action-'));
  const output = join(workspace, 'github-output');
  writeFileSync(output, '');
  const env = Object.fromEntries(Object.entries(auditStep?.env ?? {}).map(([name, value]) => [name, expand(value, inputs)]));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', auditStep?.run ?? ''], {
    cwd: workspace,
    env: { PATH: process.env.PATH, HOME: workspace, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'), AWS_BASELINE_NOW: '2026-11-20T12:00:00Z', ...env },
    encoding: 'utf8',
  });
  return { result, workspace, output: readFileSync(output, 'utf8') };
}

describe('the GitHub Action', () => {
  it('is a composite action on Node 24 that installs nothing at run time', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['args', 'role-to-assume', 'sarif-dir', 'upload-sarif']));
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    expect(setup?.with?.['node-version']).toBe('24');
    // setup-node caches a repository's dependencies on its own where package.json names npm: nothing is installed here.
    expect(setup?.with?.['package-manager-cache']).toBe(false);
    for (const step of steps.filter((candidate) => candidate.run)) {
      expect(step.shell).toBe('bash');
      expect(step.run, 'inputs go through env, never into the script text').not.toContain('${{');
      expect(step.run).not.toMatch(/npm (ci|install)|build\.mjs/);
    }
  });

  it('uses, here and in the README\'s workflows, only majors of actions that run on Node 24', () => {
    // GitHub ran Node 20 actions on Node 24 from 16 June 2026 and removed Node 20 from its runners on 16 September 2026
    // (changelog, 2025-09-19); CodeQL Action v3 is deprecated in December 2026 (changelog, 2025-10-28). The first major of
    // each whose action.yml says `runs.using: node24`, per its release notes; configure-aws-credentials v5 was reported to
    // hang at OIDC role assumption when forced onto Node 24.
    const FIRST_NODE24_MAJOR: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
      'aws-actions/configure-aws-credentials': 6,
      'github/codeql-action/upload-sarif': 4,
    };
    // (`<owner>/aws-baseline@v0`, this repository's own action in the README, is no match.)
    const used = [readFileSync('action.yml', 'utf8'), readFileSync('README.md', 'utf8')].flatMap((text) => [...text.matchAll(/uses: ([\w./-]+)@v(\d+)/g)]);
    expect(used.length).toBeGreaterThan(10);
    for (const [, name = '', major = ''] of used) {
      expect(FIRST_NODE24_MAJOR[name], `${name}: which major runs on Node 24?`).toBeDefined();
      expect(Number(major), `${name}@v${major}`).toBeGreaterThanOrEqual(FIRST_NODE24_MAJOR[name] ?? Infinity);
    }
  });

  it('uploads every SARIF file of its folder even when the audit fails, then gates on the audit\'s exit code', () => {
    const audit = steps.findIndex((step) => step.id === 'audit');
    const upload = steps.findIndex((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    const gate = steps.findIndex((step) => step.name === 'Gate');
    expect(audit).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(audit);
    expect(gate).toBeGreaterThan(upload);
    expect(steps[upload]?.if).toMatch(/^always\(\)/);
    expect(steps[upload]?.if).toContain("github.event_name == 'schedule'");
    expect(steps[upload]?.with?.sarif_file).toBe('${{ inputs.sarif-dir }}');
    expect(steps[gate]?.env?.AUDIT_EXIT_CODE).toContain('steps.audit.outputs.exit-code');
  });

  it('runs the committed bundle: SARIF in its folder, the exit code as a step output', () => {
    const { result, workspace, output } = runAuditStep({ args: '--snapshot fixtures/accounts/insecure.json --lang ja'.replace('fixtures', `${process.cwd()}/fixtures`) });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(output).toBe('exit-code=1\n');
    expect(readdirSync(join(workspace, 'aws-baseline-sarif'))).toEqual(['aws-baseline.sarif']);
    const sarif = JSON.parse(readFileSync(join(workspace, 'aws-baseline-sarif', 'aws-baseline.sarif'), 'utf8')) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]?.results[0]?.message.text).toMatch(/[\u3040-\u30ff]/);
  });

  it('splits args as a shell would: quoted words stay whole, the quotes go', () => {
    const fixtures = `${process.cwd()}/fixtures/accounts/insecure.json`;
    const quoted = runAuditStep({ args: `--snapshot '${fixtures}' --regions "us-east-1,eu-west-1" --format json=out.json` });
    expect(quoted.result.stderr).not.toContain('did you mean');
    expect(quoted.output).toBe('exit-code=1\n');
    const report = JSON.parse(readFileSync(join(quoted.workspace, 'out.json'), 'utf8')) as { accounts: { regions: string[] }[] };
    expect([...(report.accounts[0]?.regions ?? [])].sort()).toEqual(['eu-west-1', 'us-east-1']);
    const unbalanced = runAuditStep({ args: `--snapshot ${fixtures} --regions "us-east-1` });
    expect(unbalanced.output).toBe('exit-code=2\n');
    expect(unbalanced.result.stderr).toMatch(/^aws-baseline: args: .*quote/m);
  });

  it('a baseline input: its known findings no longer fail the gate, a new one does', () => {
    const fixtures = `${process.cwd()}/fixtures/accounts/insecure.json`;
    const workspace = mkdtempSync(join(tmpdir(), 'aws-baseline-known-'));
    const written = spawnSync(process.execPath, ['dist/cli.js', 'audit', '--snapshot', fixtures, '--write-baseline', join(workspace, 'known.json'), '--quiet'], { encoding: 'utf8', env: { PATH: process.env.PATH, AWS_BASELINE_NOW: '2026-11-20T12:00:00Z' } });
    expect(written.status, written.stderr).toBe(1);
    const known = runAuditStep({ args: `--snapshot ${fixtures}`, baseline: join(workspace, 'known.json') });
    expect(known.output).toBe('exit-code=0\n');
    expect(known.result.stdout).toContain('0 new, 0 fixed, 60 known');
    // One finding forgotten: it is new, and the gate fails on it.
    const baseline = JSON.parse(readFileSync(join(workspace, 'known.json'), 'utf8')) as { findings: { check: string }[] };
    writeFileSync(join(workspace, 'forgot.json'), JSON.stringify({ ...baseline, findings: baseline.findings.filter((entry) => entry.check !== 'billing.budget-alerts') }));
    expect(runAuditStep({ args: `--snapshot ${fixtures}`, baseline: join(workspace, 'forgot.json') }).output).toBe('exit-code=1\n');
    expect(runAuditStep({ args: `--snapshot ${fixtures}` }).output).toBe('exit-code=1\n');
  });

  it('passes args as words, never as shell code', () => {
    const { workspace, output } = runAuditStep({ args: '--snapshot $(touch pwned) `touch pwned2`; touch pwned3' });
    expect(existsSync(join(workspace, 'pwned'))).toBe(false);
    expect(existsSync(join(workspace, 'pwned2'))).toBe(false);
    expect(existsSync(join(workspace, 'pwned3'))).toBe(false);
    expect(output).toBe('exit-code=2\n');
  });
});
