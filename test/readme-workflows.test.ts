// The README's GitHub workflow recipes, parsed: what each upload reads is what the steps before it wrote,
// and nothing else (upload-sarif walks a folder recursively: a checkout of this tool holds golden SARIF files).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean | number>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

const readme = readFileSync('README.md', 'utf8');
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => parse(match[1] ?? '') as unknown)
  .filter((doc): doc is Workflow => typeof doc === 'object' && doc !== null && 'jobs' in doc && Object.values((doc as Workflow).jobs).some((job) => Array.isArray(job.steps)));

const inside = (path: string, folder: string) => {
  const relative = posix.relative(posix.normalize(folder), posix.normalize(path));
  return relative === '' || (!relative.startsWith('..') && !posix.isAbsolute(relative));
};

describe("the README's GitHub workflows", () => {
  it('are there to check: the action, the sharded organization, the weekly diff', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(3);
  });

  it('each SARIF upload reads a folder the audit wrote its SARIF into, and no checkout', () => {
    let uploads = 0;
    for (const workflow of workflows) {
      for (const job of Object.values(workflow.jobs)) {
        const checkouts = job.steps.filter((step) => step.uses?.startsWith('actions/checkout')).map((step) => String(step.with?.path ?? '.'));
        const written = job.steps.flatMap((step) => [...(step.run ?? '').matchAll(/--format sarif=(\S+)/g)].map((match) => match[1] ?? ''));
        for (const step of job.steps.filter((candidate) => candidate.uses?.startsWith('github/codeql-action/upload-sarif'))) {
          uploads += 1;
          const folder = String(step.with?.sarif_file ?? '');
          for (const checkout of checkouts) expect(inside(checkout, folder), `upload-sarif ${folder} would read the checkout ${checkout}`).toBe(false);
          expect(written.some((file) => inside(file, folder)), `upload-sarif ${folder}: no step writes SARIF there`).toBe(true);
        }
      }
    }
    expect(uploads).toBeGreaterThan(0);
  });

  it("each artifact downloaded by name is one a workflow uploads; the diff reads last run's report where it was downloaded", () => {
    const uploaded = workflows.flatMap((workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact')).map((step) => ({ name: String(step.with?.name), path: String(step.with?.path) }))));
    const weekly = workflows.flatMap((workflow) => Object.values(workflow.jobs)).find((job) => job.steps.some((step) => /cli\.js diff /.test(step.run ?? '')));
    expect(weekly).toBeDefined();
    const download = /gh run download .*--name (\S+) --dir (\S+)/.exec(weekly?.steps.map((step) => step.run ?? '').join('\n') ?? '');
    const diff = /cli\.js diff (\S+) (\S+)/.exec(weekly?.steps.map((step) => step.run ?? '').join('\n') ?? '');
    const kept = uploaded.find((artifact) => artifact.name === download?.[1]);
    expect(kept, `no upload of ${download?.[1]}`).toBeDefined();
    expect(diff?.[1]).toBe(posix.join(download?.[2] ?? '', kept?.path ?? ''));
    expect(weekly?.steps.some((step) => (step.run ?? '').includes(`--format json=${diff?.[2]}`))).toBe(true);
  });
});
