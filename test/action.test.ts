import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
}
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string; steps: Step[] } };

describe('the GitHub Action', () => {
  it('is a composite action on Node 20 with inputs for arguments, the OIDC role and the SARIF path', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['args', 'role-to-assume', 'sarif-file', 'upload-sarif']));
    expect(action.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node'))).toBeDefined();
    for (const step of action.runs.steps.filter((candidate) => candidate.run)) expect(step.shell).toBe('bash');
  });

  it('uploads SARIF even when the audit fails, then gates on the audit\'s exit code', () => {
    const steps = action.runs.steps;
    const audit = steps.findIndex((step) => step.id === 'audit');
    const upload = steps.findIndex((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    const gate = steps.findIndex((step) => step.name === 'Gate');
    expect(audit).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(audit);
    expect(gate).toBeGreaterThan(upload);
    expect(steps[upload]?.if).toMatch(/^always\(\)/);
    expect(steps[upload]?.if).toContain("github.event_name == 'schedule'");
    expect(steps[upload]?.if).toContain('github.event.repository.default_branch');
    expect(steps[audit]?.run).toContain('set +e');
    expect(steps[audit]?.run).toContain('sarif=${{ inputs.sarif-file }}');
    expect(steps[gate]?.run).toContain('steps.audit.outputs.exit-code');
  });

  it('runs the build script the repository ships', () => {
    const install = action.runs.steps.find((step) => step.name === 'Install aws-baseline');
    expect(install?.run).toContain('node scripts/build.mjs');
    expect(readFileSync('scripts/build.mjs', 'utf8')).toContain("entryPoints: ['src/cli.ts']");
  });
});
