import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownText, printable } from '../../src/report/neutral.js';
import { runCli } from '../run-cli.js';

/**
 * A Config recorder may be named with any character. This one carries what a terminal, GitHub's runner
 * and a Markdown renderer would obey: a carriage return and an erase-line sequence (the FAIL wiped, a
 * fake PASS drawn over it), a line break into a workflow command, an OSC title sequence, a
 * right-to-left override, a tag that runs script and a remote image.
 */
const HOSTILE = 'r\r\u001b[2K  PASS    high     config.recorder  all good\n::warning::pwned\u001b]0;owned\u0007\u202e<img src=x onerror=alert(1)>![x](https://evil.example/p.png)';

function hostileSnapshot(): string {
  const snapshot = JSON.parse(readFileSync('fixtures/accounts/insecure.json', 'utf8')) as { facts: Record<string, { value?: unknown }> };
  const recorders = snapshot.facts['config.recorders@eu-west-1']?.value as { name: string }[];
  const statuses = snapshot.facts['config.recorderStatuses@eu-west-1']?.value as { name: string; recording: boolean }[];
  for (const entry of [...recorders, ...statuses]) entry.name = HOSTILE;
  for (const status of statuses) status.recording = false;
  const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-hostile-'));
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(snapshot));
  return join(dir, 'hostile.json');
}

describe('names AWS allows, printed inert in every medium', () => {
  it('the escapes: every control, separator and override shown, never obeyed; Markdown gets no tag, image or link of its own', () => {
    expect(printable('a\rb\u001b[2Kc\n\u0085\u2028\u202ed\u007f')).toBe('a\\u000db\\u001b[2Kc\\u000a\\u0085\\u2028\\u202ed\\u007f');
    expect(printable('plain ASCII, 日本語, → and ✓')).toBe('plain ASCII, 日本語, → and ✓');
    expect(markdownText('<img src=x> ![i](https://e/) [l](https://e/) a|b `c` *d* &e')).toBe('&lt;img src=x&gt; \\!\\[i\\](https://e/) \\[l\\](https://e/) a\\|b \\`c\\` \\*d\\* &amp;e');
  });

  it('text (a terminal, a CI log): the FAIL stays visible, no control character reaches the output, no line the data starts', async () => {
    const run = await runCli(['audit', '--snapshot', hostileSnapshot(), '--checks', 'config.recorder', '--regions', 'eu-west-1', '--fail-on', 'none']);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    for (const line of run.stdout.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false);
    expect(run.stdout).toContain('FAIL eu-west-1: Recorder r\\u000d\\u001b[2K  PASS');
    expect(run.stdout).toContain('\\u000a::warning::pwned\\u001b]0;owned\\u0007\\u202e');
    // In the command a reader would copy, the name is one quoted shell word.
    expect(run.stdout).toContain("--configuration-recorder-name 'r\\u000d\\u001b[2K  PASS");
  });

  it('Markdown (a step summary, a pull request comment): no HTML, image or link the data brings renders', async () => {
    const run = await runCli(['audit', '--snapshot', hostileSnapshot(), '--checks', 'config.recorder', '--regions', 'eu-west-1', '--fail-on', 'none', '--format', 'markdown']);
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).not.toMatch(/!\[x\]\(https:/);
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;\\!\\[x\\](https://evil.example/p.png)');
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('the github format keeps each annotation on its line (workflow-command escapes)', async () => {
    const run = await runCli(['audit', '--snapshot', hostileSnapshot(), '--checks', 'config.recorder', '--regions', 'eu-west-1', '--fail-on', 'none', '--format', 'github']);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.every((line) => /^::(error|warning|notice) /.test(line) || !line.includes('::'))).toBe(true);
    expect(run.stdout).not.toMatch(/\n::warning::pwned/);
  });
});
