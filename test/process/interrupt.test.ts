import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js audit --snapshot fixtures/accounts/insecure.json --format sarif | head -c 10 > /dev/null`], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.stderr).toBe('');
  });
});
