import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runCli } from '../run-cli.js';

function inTempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-config-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
const snapshot = `${process.cwd()}/fixtures/accounts/insecure.json`;

describe('config file', () => {
  it('is found in the working directory and merged with flags (flags win)', async () => {
    const dir = inTempDir({ 'aws-baseline.config.yaml': 'failOn: critical\nchecks:\n  skip: [iam.root-hardware-mfa]\nsettings:\n  rootUnusedDays: 5\n' });
    const run = await runCli(['audit', '--snapshot', snapshot, '--format', 'json'], {}, dir);
    const report = JSON.parse(run.stdout) as { failOn: string; accounts: { results: { checkId: string; status: string }[] }[] };
    expect(report.failOn).toBe('critical');
    expect(report.accounts[0]?.results.some((result) => result.checkId === 'iam.root-hardware-mfa')).toBe(false);
    // root last used 2 days before the fixed clock: with 5 days, still recent
    expect(report.accounts[0]?.results.find((result) => result.checkId === 'iam.root-recent-use')?.status).toBe('FAIL');
    const flagged = await runCli(['audit', '--snapshot', snapshot, '--format', 'json', '--fail-on', 'none'], {}, dir);
    expect(flagged.code).toBe(0);
  });

  it('JSON config works too', async () => {
    const dir = inTempDir({ 'aws-baseline.config.json': JSON.stringify({ regions: ['us-east-1'], lang: 'ja' }) });
    const run = await runCli(['audit', '--snapshot', snapshot, '--checks', 'guardduty.enabled'], {}, dir);
    expect(run.stdout).toContain('GuardDuty が有効になっている');
    expect(run.stdout).not.toContain('ap-northeast-1');
  });

  const invalid: [string, string, RegExp][] = [
    ['an unknown key, with its path and line', 'failOn: low\nsettings:\n  rootUnusedDay: 30\n', /aws-baseline\.config\.yaml:3: settings\.rootUnusedDay: unknown key/],
    ['a bad date', 'attestations:\n  - check: iam.mfa-recovery\n    by: Taro\n    date: 2026-13-45\n', /:4: attestations\[0\]\.date: .*YYYY-MM-DD/],
    ['an attestation for no check', 'attestations:\n  - check: iam.mfa-recovry\n    by: Taro\n    date: 2026-01-01\n', /:2: attestations\[0\]\.check: no such check/],
    ['an attestation dated in the future', 'attestations:\n  - check: iam.mfa-recovery\n    by: Taro\n    date: 2999-01-01\n', /:4: attestations\[0\]\.date: is in the future/],
    ['a bad type', 'failOn: 3\n', /:1: failOn: /],
    ['a region that is not one', 'regions: [tokyo]\n', /:1: regions\[0\]: .*region name/],
    ['a suppression without a reason', 'suppressions:\n  - check: iam.*\n    resource: "arn:*"\n', /suppressions\[0\]\.reason: /],
    ['YAML that does not parse', 'failOn: [low\n', /aws-baseline\.config\.yaml:\d+: the config file is not valid YAML/],
  ];
  for (const [name, content, pattern] of invalid) {
    it(`rejects ${name}: exit 2`, () => {
      const dir = inTempDir({ 'aws-baseline.config.yaml': content });
      const run = runBinary(['audit', '--snapshot', snapshot], {}, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('--config names a file that does not exist: exit 2', () => {
    const run = runBinary(['audit', '--snapshot', snapshot, '--config', 'missing.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.yaml: cannot read the config file/);
  });
});

describe('config file: output and gate settings', () => {
  it('formats and allowIncomplete apply when no flag says otherwise', async () => {
    const dir = inTempDir({ 'aws-baseline.config.yaml': 'formats: [json, "junit=out.xml"]\nallowIncomplete: true\n' });
    const run = await runCli(['audit', '--snapshot', `${process.cwd()}/fixtures/accounts/denied.json`], {}, dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).incomplete).toBe(true);
    const text = await runCli(['audit', '--snapshot', `${process.cwd()}/fixtures/accounts/denied.json`, '--format', 'text'], {}, dir);
    expect(text.stdout).toContain('Summary');
  });

  it('rejects an unknown format in the file', () => {
    const dir = inTempDir({ 'aws-baseline.config.yaml': 'formats: [pdf]\n' });
    const run = runBinary(['audit', '--snapshot', snapshot], {}, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/:1: formats\[0\]: FMT or FMT=PATH/);
  });
});

describe('hostile and broken input files', () => {
  it('broken JSON is said in JSON terms, with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-json-'));
    writeFileSync(`${dir}/snap.json`, '{\n  "format": "aws-baseline-snapshot",\n  "version": 1,,\n}\n');
    const run = await runCli(['audit', '--snapshot', `${dir}/snap.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/snap\.json:3: the snapshot is not valid JSON: /);
    expect(run.stderr).not.toMatch(/YAML/);
  });

  it('a key written twice in one JSON object is refused with its line, as YAML refuses it (JSON.parse would keep the last)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-dup-'));
    writeFileSync(`${dir}/aws-baseline.config.json`, '{\n  "failOn": "critical",\n  "failOn": "none"\n}\n');
    const run = await runCli(['audit', '--snapshot', join(process.cwd(), 'fixtures/accounts/insecure.json')], {}, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/aws-baseline\.config\.json:3: the config file is not valid: the key "failOn" appears twice in one object/);
    const snapshot = readFileSync('fixtures/accounts/hardened.json', 'utf8').replace('"format": "aws-baseline-snapshot",', '"format": "aws-baseline-snapshot",\n  "format": "aws-baseline-snapshot",');
    writeFileSync(`${dir}/twice.json`, snapshot);
    const replay = await runCli(['audit', '--snapshot', `${dir}/twice.json`]);
    expect(replay.code).toBe(2);
    expect(replay.stderr).toMatch(/twice\.json:3: the snapshot is not valid: the key "format" appears twice in one object/);
    // Colons and escaped quotes inside strings are no members: a valid file stays valid.
    writeFileSync(`${dir}/strings.json`, readFileSync('fixtures/accounts/hardened.json', 'utf8').replace('"format": "aws-baseline-snapshot"', '"format": "aws-baseline-snapshot", "x": "a:b\\":c"'));
    expect((await runCli(['audit', '--snapshot', `${dir}/strings.json`])).stderr).not.toMatch(/appears twice/);
  });

  it('a wrong error kind in a snapshot is named where it is, not at the top level', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-kind-'));
    const snapshot = JSON.parse(readFileSync('fixtures/accounts/insecure.json', 'utf8')) as { facts: Record<string, unknown> };
    snapshot.facts['guardduty.detectors@us-east-1'] = { error: { service: 'guardduty', operation: 'ListDetectors', code: 'X', kind: 'nonsense', message: 'm' } };
    writeFileSync(`${dir}/kind.json`, JSON.stringify(snapshot, null, 2));
    const run = await runCli(['audit', '--snapshot', `${dir}/kind.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kind\.json:\d+: facts\["guardduty\.detectors@us-east-1"\]\.error\.kind: Invalid option/);
  });

  it('a 50 MB snapshot with one wrong value is located by scanning its text (the YAML parser took 50 s and 2.5 GB)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-big-'));
    try {
      const snapshot = JSON.parse(readFileSync('fixtures/accounts/insecure.json', 'utf8')) as { facts: Record<string, { value: { users: Record<string, unknown>[] } }> };
      const users = snapshot.facts['iam.authorizationDetails']?.value.users as Record<string, unknown>[];
      const template = users[1] as Record<string, unknown>;
      for (let index = 0; index < 260_000; index++) users.push({ ...template, arn: `arn:aws:iam::222222222222:user/u${index}`, name: `u${index}` });
      (users.at(-1) as Record<string, unknown>).groups = 'not a list';
      const text = JSON.stringify(snapshot, null, 2);
      expect(text.length).toBeGreaterThan(50_000_000);
      writeFileSync(`${dir}/big.json`, text);
      const lines = text.split('\n');
      const expected = lines.findIndex((line) => line.includes('"groups": "not a list"')) + 1;
      // In a heap of 600 MB, about twelve times the file: the YAML parser's tree would end the process.
      const run = runBinary(['audit', '--snapshot', `${dir}/big.json`], { NODE_OPTIONS: '--max-old-space-size=600' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`big.json:${expected}: facts["iam.authorizationDetails"].value.users[260004].groups:`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('an output path holding a NUL is refused before anything is read, exit 2', async () => {
    const run = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--format', 'json=out\u0000.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write "out\\u0000\.json": a path cannot hold a NUL character/);
  });

  it('a YAML alias bomb is refused with a clear message, not expanded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-yaml-'));
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`)].join('\n');
    writeFileSync(`${dir}/aws-baseline.config.yaml`, `${bomb}\n`);
    const run = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json'].map((arg) => (arg.startsWith('fixtures') ? join(process.cwd(), arg) : arg)), {}, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/aws-baseline\.config\.yaml: the config file could not be read: .*alias/i);
  });
});
