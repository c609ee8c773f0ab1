import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('exits 130 and leaves no half-written output file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-int-'));
    const child = spawn(process.execPath, ['dist/cli.js', 'audit', '--format', `json=${dir}/out.json`], {
      env: { PATH: process.env.PATH, HOME: '/nonexistent', AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1' },
      stdio: 'pipe',
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(`${dir}/out.json`)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a closed pipe', () => {
  it('ends the output quietly: no EPIPE stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js audit --snapshot fixtures/accounts/insecure.json --format sarif | head -c 10 > /dev/null`], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.stderr).toBe('');
  });
});
