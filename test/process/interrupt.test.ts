import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/report/schema.js';
import { timeless } from '../helpers.js';
import { childrenOf, untilEnded } from '../process-tree.js';

describe('SIGINT', () => {
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    server = createServer(() => undefined); // answers nothing: the audit hangs until interrupted
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('ends by the signal (a shell says 130) and leaves no half-written output file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-int-'));
    const child = spawn(process.execPath, ['dist/cli.js', 'audit', '--format', `json=${dir}/out.json`], {
      env: { PATH: process.env.PATH, HOME: '/nonexistent', AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1' },
      stdio: 'pipe',
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, exitSignal) => resolve(exitSignal)));
    expect(signal).toBe('SIGINT');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(`${dir}/out.json`)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** CPU time a process has used, in clock ticks (utime + stime of /proc/PID/stat). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

describe('SIGTERM', () => {
  it.runIf(process.platform === 'linux')('ends the run at once, even in the middle of reading a huge config (no handler waits for the parse to end)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-term-'));
    try {
      const entry = (index: number) => `  - check: config.recorder\n    resource: arn:aws:config:us-east-1:123456789012:recorder/r${index}\n    reason: backlog ${index}\n`;
      writeFileSync(join(dir, 'aws-baseline.config.yaml'), `suppressions:\n${Array.from({ length: 150_000 }, (_, index) => entry(index)).join('')}`);
      const child = spawn(process.execPath, [resolve('dist/cli.js'), 'audit', '--snapshot', resolve('fixtures/accounts/insecure.json'), '--format', `json=${dir}/out.json`], { cwd: dir, env: { PATH: process.env.PATH }, stdio: 'pipe' });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
      // A second of CPU: the process is past its start and deep in the YAML parse (several seconds of synchronous work).
      while (child.exitCode === null && cpuTicks(child.pid as number) < 100) await new Promise((wait) => setTimeout(wait, 50));
      child.kill('SIGTERM');
      // A handler would run only after the parse and exit with code 143; the signal's default action ends it where it is.
      expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
      expect(readdirSync(dir)).toEqual(['aws-baseline.config.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a closed pipe', () => {
  it('ends the output quietly: no EPIPE stack trace', async () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js audit --snapshot fixtures/accounts/insecure.json --format sarif | head -c 10 > /dev/null`], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.stderr).toBe('');
  });
});

describe('a large snapshot, audited in a process of its own (its young generation capped)', () => {
  /** The five sample accounts, forty times over under ids of their own: past the 4 MB from which a snapshot is large. */
  function largeSnapshot(dir: string): string {
    const several = JSON.parse(readFileSync('fixtures/accounts/several.json', 'utf8')) as { accounts: { account: { id: string }; facts: Record<string, { value?: { accountId?: string } }> }[] };
    const accounts = Array.from({ length: 200 }, (_, index) => {
      const entry = structuredClone(several.accounts[index % several.accounts.length])!;
      const id = String(700000000000 + index);
      entry.account = { ...entry.account, id };
      const identity = entry.facts['sts.identity']?.value;
      if (identity) identity.accountId = id;
      return entry;
    });
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify({ ...several, accounts }));
    expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024);
    return file;
  }

  it('writes what the audit in this process writes, exits as it does, and ends when its parent is killed', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-large-'));
    try {
      const file = largeSnapshot(dir);
      const run = (env: NodeJS.ProcessEnv, out: string) => spawnSync(process.execPath, ['dist/cli.js', 'audit', '--snapshot', file, '--format', `json=${join(dir, out)}`, '--allow-incomplete'], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
      const restarted = run({}, 'restarted.json');
      const here = run({ AWS_BASELINE_RESTARTED: '1' }, 'here.json'); // as if already restarted: audited in this process
      expect(restarted.status).toBe(1);
      expect([restarted.status, restarted.stderr, restarted.stdout]).toEqual([here.status, here.stderr.replace('here.json', 'restarted.json'), here.stdout]);
      const report = (name: string) => timeless(JSON.parse(readFileSync(join(dir, name), 'utf8')) as JsonReport);
      expect(report('restarted.json')).toEqual(report('here.json'));

      if (process.platform !== 'linux') return;
      // Killed outright, the child hears its channel close; sent SIGTERM (a CI job's timeout), the parent passes it on and ends by it.
      for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
        const out = join(dir, `killed-${signal}.json`);
        const parent = spawn(process.execPath, ['dist/cli.js', 'audit', '--snapshot', file, '--format', `json=${out}`], { env: { PATH: process.env.PATH }, stdio: 'ignore' });
        const exited = new Promise<NodeJS.Signals | null>((done) => parent.on('exit', (_code, exitSignal) => done(exitSignal)));
        // Just forked, a child still shows its parent's command line until it has started Node again: waited for.
        const commandLine = (pid: string) => (existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0') : []);
        let children: string[] = [];
        for (let waited = 0; !(children.length > 0 && children.every((pid) => commandLine(pid).includes('--max-semi-space-size=16'))) && waited < 20_000; waited += 20) {
          await new Promise((wait) => setTimeout(wait, 20));
          children = childrenOf(parent.pid as number);
        }
        expect(children, signal).toHaveLength(1);
        const [child] = children as [string];
        expect(commandLine(child)).toContain('--max-semi-space-size=16');
        parent.kill(signal);
        expect(await exited, signal).toBe(signal);
        expect(await untilEnded([child], 10_000), signal).toEqual([]);
        // It stopped where it was (its audit takes a second or more), not after writing its report.
        expect(existsSync(out), signal).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
