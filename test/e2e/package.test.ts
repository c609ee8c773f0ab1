import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runInstalled } from './support/scenario.js';
import { builtinsProbe } from './support/loaded-builtins.js';

describe('the packed package, installed into an empty prefix', () => {
  it('ships the bundle, the schema and the samples, and nothing to install beside it', () => {
    const listing = execFileSync('tar', ['-tzf', inject('tarball')], { encoding: 'utf8' }).split('\n');
    expect(listing).toContain('package/dist/cli.js');
    expect(listing).toContain('package/schema/report.schema.json');
    expect(listing).toContain('package/fixtures/accounts/insecure.json');
    expect(listing.filter((file) => file.startsWith('package/src/') || file.startsWith('package/test/'))).toEqual([]);
    // Its licence, and the licence of every package it bundles (the AWS SDK's Apache-2.0 asks for its notice to travel).
    expect(listing).toContain('package/LICENSE');
    const notices = readFileSync(join(inject('packageDir'), 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const bundled of ['@aws-sdk/client-iam@', '@smithy/node-http-handler@', 'commander@', 'zod@', 'yaml@', 'p-limit@']) expect(notices, bundled).toContain(bundled);
    expect(notices).toContain('Apache License');
    expect(notices).toContain('MIT License');
    const manifest = JSON.parse(readFileSync(join(inject('packageDir'), 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    const installed = join(inject('packageDir'), 'node_modules');
    expect(existsSync(installed) ? readdirSync(installed) : []).toEqual([]);
  });

  it('answers --help, --version and checks with no build step', async () => {
    const help = await runInstalled(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('aws-baseline');
    const version = await runInstalled(['--version'], {});
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const checks = await runInstalled(['checks', '--format', 'json'], {});
    expect(checks.code).toBe(0);
    expect((JSON.parse(checks.stdout) as unknown[]).length).toBeGreaterThan(10);
  });

  it('audits a shipped sample account from any working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'aws-baseline-user-'));
    const sample = join(inject('packageDir'), 'fixtures', 'accounts', 'insecure.json');
    const run = await runInstalled(['audit', '--snapshot', sample, '--format', 'json'], {}, cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { summary: { byStatus: Record<string, number> } };
    expect(report.summary.byStatus.FAIL).toBeGreaterThan(0);
  });

  it("ends its output quietly when the reader goes away (`| head`), with the audit's exit code", async () => {
    const sample = join(inject('packageDir'), 'fixtures', 'accounts', 'insecure.json');
    // The JSON report (~95 KB) is more than a pipe holds: the writes after `head` has gone meet a closed pipe.
    const run = await runInstalled(['-c', `aws-baseline audit --snapshot '${sample}' --format json | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], {}, process.cwd(), 90_000, 'bash');
    expect(run.stderr).toBe('exit 1\n');
  });

  it('starts lean: help and the catalog load no stream, socket or process machinery; a snapshot audit (JSON or text) neither these nor fs.promises, perf_hooks or worker threads', async () => {
    const sample = join(inject('packageDir'), 'fixtures', 'accounts', 'insecure.json');
    const heavy = ['stream', 'net', 'child_process', 'internal/fs/promises', 'perf_hooks', 'internal/deps/undici/undici', 'worker_threads'];
    for (const args of [['--help'], ['checks'], ['explain', 'iam.root-mfa'], ['audit', '--snapshot', sample, '--format', 'json'], ['audit', '--snapshot', sample]]) {
      const probe = builtinsProbe(inject('nodeBinary'));
      const run = await runInstalled(args, probe.env);
      expect(run.code, args.join(' ')).toBe(args[0] === 'audit' ? 1 : 0);
      expect(probe.loaded().filter((name) => heavy.includes(name)), args.join(' ')).toEqual([]);
    }
    // Nor where what is printed is thrown away, as a CI gate that reads only the exit code does.
    const probe = builtinsProbe(inject('nodeBinary'));
    const discarded = await runInstalled(['-c', `aws-baseline checks >/dev/null; echo "exit $?" >&2`], probe.env, process.cwd(), 90_000, 'bash');
    expect(discarded.stderr).toContain('exit 0');
    expect(probe.loaded().filter((name) => heavy.includes(name))).toEqual([]);
  });
});
