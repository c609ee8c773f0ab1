// How an audit of many accounts is spread over processes: what each child is told, and when the
// audit stays in this process. The end-to-end tier runs the spread audit on the installed CLI.
import { describe, expect, it } from 'vitest';
import { resolveAudit } from '../../src/audit/audit.js';
import type { ReportAccount } from '../../src/engine/report.js';
import type { Io } from '../../src/io/io.js';
import { parseParallel } from '../../src/settings/options.js';
import { childArguments, processCount } from '../../src/audit/parallel.js';
import { main } from '../../src/process/cli.js';
import { FIXED_NOW, runCli } from '../run-cli.js';

const io = (self: boolean): Io => ({ stdout: () => undefined, stderr: () => undefined, env: {}, cwd: process.cwd(), stdoutIsTty: () => false, stderrIsTty: () => false, argv: ['audit'], ...(self ? { self: ['node', 'cli.js'] } : {}) });
const resolved = (flags: Record<string, string | boolean>) => resolveAudit(flags, {}, process.cwd());

describe('a child of a spread audit', () => {
  it('gets the user’s arguments less the outputs and process count, plus a JSON report', () => {
    const argv = ['audit', '--org', '--format', 'sarif=out.sarif', '--format=html=r.html', '--parallel', '3', '--quiet', '--no-color', '--regions', 'us-east-1', '--parallel=2', '--verbose'];
    expect(childArguments(argv)).toEqual(['audit', '--org', '--regions', 'us-east-1', '--verbose', '--format', 'json', '--quiet']);
  });

  it('never gets the baseline or the history: those are the whole report\'s, and a child must write no file', () => {
    const argv = ['audit', '--org', '--baseline', 'b.json', '--write-baseline=w.json', '--prune-baseline', '--history', 'past', '--fail-on', 'high'];
    expect(childArguments(argv)).toEqual(['audit', '--org', '--fail-on', 'high', '--format', 'json', '--quiet']);
  });

  it('audits only the accounts its parent grants it, and never spreads again', async () => {
    const asked: string[] = [];
    let stdout = '';
    const child: Io = {
      ...io(true),
      stdout: (text) => void (stdout += text),
      env: { AWS_BASELINE_NOW: FIXED_NOW },
      claim: async (id) => (asked.push(id), id === asked[0]),
    };
    expect(processCount(4, await resolved({ org: true }), child)).toBe(1);
    await main(['audit', '--snapshot', 'fixtures/accounts/several.json', '--format', 'json'], child);
    const report = JSON.parse(stdout) as { accounts: ReportAccount[] };
    expect(asked.length).toBeGreaterThan(1);
    expect(report.accounts.map((account) => account.id)).toEqual([asked[0]]);

    // Handed to the parent as each is done, an account is no longer kept for the report at the end.
    const handed: ReportAccount[] = [];
    asked.length = 0;
    stdout = '';
    await main(['audit', '--snapshot', 'fixtures/accounts/several.json', '--format', 'json'], { ...child, accountSink: (account) => handed.push(account) });
    const timeless = (account: { checks: { id: string }[] }) => ({ ...account, checks: account.checks.map((check) => check.id) });
    expect(handed.map(timeless)).toEqual(report.accounts.map(timeless));
    expect((JSON.parse(stdout) as { accounts: unknown[] }).accounts).toEqual([]);
  });
});

describe('a spread audit whose process does not finish', () => {
  it('says the audit is not complete and that no report was written: exit 3, never a stack trace', async () => {
    let stderr = '';
    // Each "process of the audit" kills itself at once.
    const parent: Io = { ...io(true), self: [process.execPath, '-e', 'process.kill(process.pid, "SIGKILL")'], argv: ['audit', '--accounts', '111111111111,222222222222'], stderr: (text) => void (stderr += text) };
    const code = await main(['audit', '--accounts', '111111111111,222222222222', '--format', 'json'], parent);
    expect([code, stderr]).toEqual([3, 'aws-baseline: process 1 of 2 ended by SIGKILL: the audit is not complete and no report was written\n']);
  });

  it('refuses a process that took an account and did not hand it back, however well it ended', async () => {
    const sample = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--format', 'json']);
    const empty = JSON.stringify({ ...(JSON.parse(sample.stdout) as object), accounts: [] });
    // Each "process of the audit" claims the first account, then writes a valid report without it.
    const child = `process.send({ claim: '111111111111' }); process.on('message', () => { process.stdout.write(process.env.EMPTY_REPORT); process.disconnect(); });`;
    let stderr = '';
    const parent: Io = { ...io(true), env: { EMPTY_REPORT: empty }, self: [process.execPath, '-e', child], argv: ['audit', '--accounts', '111111111111,222222222222'], stderr: (text) => void (stderr += text) };
    const code = await main(['audit', '--accounts', '111111111111,222222222222', '--format', 'json'], parent);
    expect(stderr).toMatch(/^aws-baseline: process [12] of 2 took account 111111111111 but did not hand its results back: the audit is not complete and no report was written\n$/);
    expect(code).toBe(3);
  });
});

describe('how many processes', () => {
  it('one for the caller’s own account, a shard, or a run that cannot start itself again', async () => {
    expect(processCount('auto', await resolved({}), io(true))).toBe(1);
    expect(processCount(4, await resolved({ org: true, shard: '1/2' }), io(true))).toBe(1);
    expect(processCount(4, await resolved({ org: true }), io(false))).toBe(1);
  });

  it('as asked, but never more than the accounts named', async () => {
    expect(processCount(4, await resolved({ org: true }), io(true))).toBe(4);
    expect(processCount(4, await resolved({ accounts: '111111111111,222222222222' }), io(true))).toBe(2);
    expect(processCount('auto', await resolved({ org: true }), io(true))).toBeGreaterThanOrEqual(1);
    expect(processCount('auto', await resolved({ org: true }), io(true))).toBeLessThanOrEqual(4);
  });

  it('--parallel takes auto or 1 to 16, and says so otherwise (exit 2)', async () => {
    expect([parseParallel(undefined), parseParallel('auto'), parseParallel('16')]).toEqual(['auto', 'auto', 16]);
    for (const bad of ['0', '17', 'two', '1.5']) expect(() => parseParallel(bad), bad).toThrow('expected auto, or a whole number from 1 to 16');
    const run = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--parallel', 'x']);
    expect([run.code, run.stderr]).toEqual([2, 'aws-baseline: --parallel x: expected auto, or a whole number from 1 to 16\n']);
  });
});
