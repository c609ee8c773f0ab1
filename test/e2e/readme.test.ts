import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runInstalled } from './support/scenario.js';

const readme = readFileSync('README.md', 'utf8');

/** The README's sample blocks: a `$ aws-baseline …` line, then the output it shows. */
function samples(): { args: string[]; expected: string[] }[] {
  return [...readme.matchAll(/```\n\$ aws-baseline ([^\n]+)\n([\s\S]*?)```/g)].map((match) => ({
    args: (match[1] ?? '').split(' '),
    expected: (match[2] ?? '').replace(/\n$/, '').split('\n'),
  }));
}

/**
 * Every shown line appears in the real output, in order; `…` alone stands for lines left out, and a
 * line ending in `…` is a prefix.
 */
function mismatch(expected: string[], actual: string[]): string | undefined {
  let at = 0;
  let gap = false;
  for (const line of expected) {
    if (line === '…') {
      gap = true;
      continue;
    }
    const matches = (candidate: string) => (line.endsWith('…') ? candidate.startsWith(line.slice(0, -1)) : candidate === line);
    const found = gap ? actual.findIndex((candidate, index) => index >= at && matches(candidate)) : matches(actual[at] ?? '') ? at : -1;
    if (found < 0) return `README line not in the output${gap ? '' : ` at line ${at + 1}`}: ${line}\n--- actual:\n${actual.join('\n')}`;
    at = found + 1;
    gap = false;
  }
  return undefined;
}

describe('the README cannot drift', () => {
  it('has a sample output, and each sample is what the installed command prints', async () => {
    const blocks = samples();
    expect(blocks.length).toBeGreaterThan(0);
    for (const { args, expected } of blocks) {
      // Run where the samples are (the installed package ships them), on the real clock: replays are judged at their snapshot's time.
      const run = await runInstalled(args, {}, inject('packageDir'));
      expect(run.stderr).toBe('');
      expect(mismatch(expected, run.stdout.replace(/\n$/, '').split('\n'))).toBeUndefined();
    }
  });

  it('replays the hardened sample with its config as clean, whatever the wall clock says', async () => {
    const run = await runInstalled(['audit', '--snapshot', 'fixtures/accounts/hardened.json', '--config', 'fixtures/accounts/hardened.config.yaml', '--format', 'json'], {}, inject('packageDir'));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { source: { clock: string; judgedAt: string } };
    expect(report.source).toMatchObject({ clock: 'snapshot', judgedAt: '2026-11-20T09:00:00.000Z' });
  });

  it("npm start's command (the quick start) runs the shipped sample and exits 0", async () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(readme).toContain('npm start');
    const args = start.replace(/^node dist\/cli\.js /, '').split(' ');
    const run = await runInstalled(args, {}, inject('packageDir'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Summary:');
  });
});

describe('the README config sample', () => {
  it('is a valid config file for the installed package', async () => {
    const yaml = /## Config file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(yaml).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-readme-'));
    writeFileSync(join(dir, 'aws-baseline.config.yaml'), yaml ?? '');
    const run = await runInstalled(['audit', '--snapshot', join(inject('packageDir'), 'fixtures', 'accounts', 'insecure.json'), '--format', 'json=out.json'], {}, dir);
    expect(run.stderr).not.toMatch(/aws-baseline\.config\.yaml:\d+/);
    expect([0, 1]).toContain(run.code);
  });
});
