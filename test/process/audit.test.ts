import { execFile, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { reportSchema } from '../../src/report/schema.js';
import { runBinary, runCli } from '../run-cli.js';
import { expectedCount, failingChecksBySeverity } from '../samples.js';

const sample = (name: string) => `fixtures/accounts/${name}.json`;
const tmp = () => mkdtempSync(join(tmpdir(), 'aws-baseline-'));

function jsonReport(stdout: string) {
  return reportSchema.parse(JSON.parse(stdout));
}

describe('audit on the sample accounts', () => {
  it('insecure: every check named, failures of every severity, exit 1', async () => {
    const run = await runCli(['audit', '--snapshot', sample('insecure')]);
    expect(run.code).toBe(1);
    for (const check of CHECKS) expect(run.stdout).toContain(check.id);
    expect(run.stdout).toContain(`Failing checks by severity: ${failingChecksBySeverity('insecure')}`);
    expect(run.stdout).toContain('FAIL eu-west-1: Recorder default is stopped.');
    expect(run.stdout).toContain('FAIL ap-northeast-1: GuardDuty detector d-ap-northeast-1 is suspended.');
    expect(run.stdout).not.toMatch(/\u001b\[/); // no colour when not a terminal
  });

  it('hardened with its attestations: exit 0, nothing fails, manual checks attested', async () => {
    const run = await runCli(['audit', '--snapshot', sample('hardened'), '--config', 'fixtures/accounts/hardened.config.yaml', '--format', 'json']);
    const report = jsonReport(run.stdout);
    expect(run.code).toBe(0);
    const statuses = new Set(report.accounts[0]?.results.map((result) => result.status));
    expect([...statuses].sort()).toEqual(['PASS', 'SKIPPED']);
    const attested = report.accounts[0]?.results.find((result) => result.checkId === 'iam.mfa-recovery');
    expect(attested?.status).toBe('PASS');
    expect(attested?.attestation?.by).toBe('Hanako Suzuki');
  });

  it('hardened without attestations: MANUAL (MFA recovery, billing access), still exit 0', async () => {
    const run = await runCli(['audit', '--snapshot', sample('hardened'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(jsonReport(run.stdout).summary.byStatus.MANUAL).toBe(2);
  });

  it('new account: root, trail, config, guardduty, budget all fail', async () => {
    const run = await runCli(['audit', '--snapshot', sample('new-account'), '--format', 'json']);
    const failing = new Set(jsonReport(run.stdout).accounts[0]?.results.filter((r) => r.status === 'FAIL').map((r) => r.checkId));
    expect(run.code).toBe(1);
    for (const id of ['iam.root-mfa', 'iam.root-recent-use', 'cloudtrail.multi-region', 'config.recorder', 'guardduty.enabled', 'billing.budget', 'billing.cost-explorer']) {
      expect(failing).toContain(id);
    }
  });

  it('org member audited alone: what only the management account can read is MANUAL naming it (root features, org trail, Firewall Manager, budgets), and the audit is complete', async () => {
    const run = await runCli(['audit', '--snapshot', sample('org-member'), '--format', 'json', '--fail-on', 'none']);
    const results = jsonReport(run.stdout).accounts[0]?.results ?? [];
    const byId = (id: string) => results.filter((result) => result.checkId === id);
    expect(byId('iam.root-mfa')[0]).toMatchObject({ status: 'MANUAL', messageKey: 'ask-management' });
    expect(byId('iam.root-mfa')[0]?.message).toContain('999999999999');
    expect(byId('iam.root-hardware-mfa')[0]?.status).toBe('MANUAL');
    expect(byId('cloudtrail.multi-region')[0]?.status).toBe('MANUAL');
    for (const id of ['fms.admin-account', 'billing.budget', 'billing.budget-alerts']) {
      expect(byId(id)[0]?.status, id).toBe('MANUAL');
      expect(byId(id)[0]?.message, id).toContain('999999999999');
    }
    expect(byId('billing.cost-explorer')[0]?.messageKey).toBe('not-enabled-member');
    expect(byId('config.recorder').every((result) => ['PASS', 'SKIPPED'].includes(result.status))).toBe(true);
    expect(results.filter((result) => result.status === 'ERROR')).toEqual([]);
    expect(run.code).toBe(0); // nothing gating (fail-on none), nothing unreadable
  });

  it('denied: exit 3, no PASS anywhere, incomplete', async () => {
    const run = await runCli(['audit', '--snapshot', sample('denied'), '--format', 'json']);
    const report = jsonReport(run.stdout);
    expect(run.code).toBe(3);
    expect(report.incomplete).toBe(true);
    expect(report.summary.byStatus.PASS).toBe(0);
    expect(report.errorKinds).toContain('access-denied');
  });

  it('--allow-incomplete turns 3 into 0; a gating failure still wins', async () => {
    expect((await runCli(['audit', '--snapshot', sample('denied'), '--allow-incomplete'])).code).toBe(0);
    expect((await runCli(['audit', '--snapshot', sample('insecure'), '--allow-incomplete'])).code).toBe(1);
  });

  it('--fail-on sets the gate', async () => {
    const codes = await Promise.all(
      ['critical', 'high', 'medium', 'low', 'info', 'none'].map(async (level) => (await runCli(['audit', '--snapshot', sample('org-member'), '--fail-on', level, '--allow-incomplete'])).code),
    );
    // org-member fails billing.cost-explorer (low) alone
    expect(codes).toEqual([0, 0, 0, 1, 1, 0]);
  });

  it('--checks and --skip-checks take globs', async () => {
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--checks', 'iam.*', '--skip-checks', 'iam.root-*', '--format', 'json']);
    const ids = new Set(jsonReport(run.stdout).accounts[0]?.results.map((result) => result.checkId));
    const expected = CHECKS.map((check) => check.id).filter((id) => id.startsWith('iam.') && !id.startsWith('iam.root-'));
    expect([...ids].sort()).toEqual(expected.sort());
    expect(ids.has('iam.admin-mfa')).toBe(true);
  });

  it('--regions narrows regional checks; a region the account has not enabled is SKIPPED', async () => {
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--regions', 'us-east-1,me-south-1', '--checks', 'guardduty.enabled', '--format', 'json']);
    const results = jsonReport(run.stdout).accounts[0]?.results ?? [];
    expect(results.map((result) => [result.region, result.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['me-south-1', 'SKIPPED'],
    ]);
  });

  it('Japanese output with --lang ja and from LANG', async () => {
    const flag = await runCli(['audit', '--snapshot', sample('insecure'), '--lang', 'ja']);
    expect(flag.stdout).toContain('ルートユーザーに有効なアクセスキー 1 があります。');
    expect(flag.stdout).toContain('集計');
    const env = await runCli(['audit', '--snapshot', sample('insecure')], { LANG: 'ja_JP.UTF-8' });
    expect(env.stdout).toContain('対処');
  });

  it('several outputs from one collection; --format json alone is pure JSON on stdout', async () => {
    const dir = tmp();
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--format', 'text', '--format', `json=${dir}/out.json`]);
    expect(run.stdout).toContain('Summary');
    expect(jsonReport(readFileSync(`${dir}/out.json`, 'utf8')).summary.byStatus.FAIL).toBe(expectedCount('insecure', 'FAIL'));
    const pure = runBinary(['audit', '--snapshot', sample('insecure'), '--format', 'json']);
    expect(() => JSON.parse(pure.stdout)).not.toThrow();
  });

  it('results come in the catalog order', async () => {
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--format', 'json']);
    const ids = (jsonReport(run.stdout).accounts[0]?.results ?? []).map((result) => result.checkId);
    const order = CHECKS.map((check) => check.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it('--no-paid-calls skips Cost Explorer and says so', async () => {
    const run = await runCli(['audit', '--snapshot', sample('hardened'), '--no-paid-calls']);
    expect(run.stdout).toMatch(/SKIPPED\s+low\s+billing\.cost-explorer/);
    expect(run.stdout).toContain('--no-paid-calls skipped Cost Explorer');
  });
});

describe('bad input: one clear message, exit 2, never a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown flag', ['audit', '--bogus'], /unknown option '--bogus'/],
    ['unknown format', ['audit', '--snapshot', sample('insecure'), '--format', 'xml'], /unknown format "xml"/],
    ['two formats on stdout', ['audit', '--snapshot', sample('insecure'), '--format', 'text', '--format', 'json'], /only one format can write to standard output/],
    ['bad region', ['audit', '--snapshot', sample('insecure'), '--regions', 'tokyo'], /"tokyo" is not an AWS region/],
    ['bad fail-on', ['audit', '--snapshot', sample('insecure'), '--fail-on', 'severe'], /severe/],
    ['every check skipped: nothing judged is no success', ['audit', '--snapshot', sample('insecure'), '--skip-checks', '*'], /no check is left to run/],
    ['a concurrency in hex', ['audit', '--snapshot', sample('insecure'), '--concurrency', '0x10'], /--concurrency 0x10: expected a whole number/],
    ['one path for two formats', ['audit', '--snapshot', sample('insecure'), '--format', 'json=out.x', '--format', 'sarif=out.x'], /out\.x is given to two formats/],
    ['unknown check glob', ['audit', '--snapshot', sample('insecure'), '--checks', 'iam.nope'], /no check matches "iam.nope"/],
    ['missing snapshot', ['audit', '--snapshot', 'nope.json'], /nope.json: cannot read the snapshot: no such file/],
    ['unknown check to explain', ['explain', 'iam.root'], /unknown check "iam.root"/],
    ['missing command', [], /Usage/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, () => {
      const run = runBinary(args);
      expect(run.code).toBe(2);
      expect(run.stderr + run.stdout).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a snapshot that is not JSON names the line', () => {
    const dir = tmp();
    writeFileSync(`${dir}/broken.json`, '{\n  "format": "aws-baseline-snapshot",\n  "version": 1,,\n}\n');
    const run = runBinary(['audit', '--snapshot', `${dir}/broken.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json:3: the snapshot is not valid JSON/);
  });

  it('a foreign JSON file is not a snapshot', () => {
    const dir = tmp();
    writeFileSync(`${dir}/package.json`, JSON.stringify({ name: 'x', version: '1.0.0' }));
    const run = runBinary(['audit', '--snapshot', `${dir}/package.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this is not an aws-baseline snapshot/);
  });

  it('says each mistake in Japanese with --lang ja: what, where, and why (zod\'s own Japanese for a shape)', () => {
    const dir = tmp();
    writeFileSync(`${dir}/broken.json`, '{\n  "format": "aws-baseline-snapshot",\n  "version": 1,,\n}\n');
    const snapshot = JSON.parse(readFileSync(sample('insecure'), 'utf8'));
    snapshot.facts['guardduty.detectors@us-east-1'].value[0].status = 42;
    snapshot.facts['iam.noSuchFact'] = { value: {} };
    snapshot.extra = true;
    writeFileSync(`${dir}/shape.json`, JSON.stringify(snapshot, null, 2));
    const shape = JSON.parse(readFileSync(sample('insecure'), 'utf8'));
    shape.facts['guardduty.detectors@us-east-1'].value[0].status = 42;
    writeFileSync(`${dir}/fact.json`, JSON.stringify(shape, null, 2));
    writeFileSync(`${dir}/package.json`, JSON.stringify({ name: 'x', version: '1.0.0' }));
    writeFileSync(`${dir}/config.yaml`, 'regions: [tokyo]\n');
    const cases: [string[], RegExp][] = [
      [['audit', '--snapshot', 'nope.json'], /nope\.json: スナップショットを読めません: ファイルがありません/],
      [['audit', '--snapshot', dir], /スナップショットを読めません: ファイルではなくフォルダーです/],
      [['audit', '--snapshot', `${dir}/broken.json`], /broken\.json:3: スナップショットが JSON として正しくありません: /],
      [['audit', '--snapshot', `${dir}/shape.json`], /スナップショットが正しくありません:\n {2}.*shape\.json:\d+: extra: 不明なキー/],
      [['audit', '--snapshot', `${dir}/fact.json`], /スナップショットが正しくありません:\n {2}.*fact\.json:\d+: facts\["guardduty\.detectors@us-east-1"\]\.value\[0\]\.status: 無効な入力/],
      // The schema's own sentences, and zod's.
      [['audit', '--snapshot', `${dir}/package.json`], /format: "aws-baseline-snapshot" であるはずです: aws-baseline のスナップショットではありません/],
      [['audit', '--snapshot', sample('insecure'), '--config', `${dir}/config.yaml`], /設定ファイルが正しくありません:\n {2}.*config\.yaml:1: regions\[0\]: ap-northeast-1 のようなリージョン名/],
      [['audit', '--snapshot', sample('insecure'), '--format', 'xml'], /--format xml: 不明な形式 "xml" です/],
      [['audit', '--snapshot', sample('insecure'), '--format', 'text', '--format', 'json'], /標準出力に書けるのは 1 つの形式だけです/],
      [['audit', '--snapshot', sample('insecure'), '--concurrency', '0x10'], /--concurrency 0x10: 1 から 64 の整数を指定してください/],
      [['explain', 'iam.root'], /不明なチェック "iam\.root"/],
      // Commander's own sentences about the command line.
      [['audit', '--bogus'], /^エラー: 不明なオプション '--bogus'\n\(もしかして --ous ですか\?\)\n\(使い方は --help で表示されます\)\n$/],
      [['audit', '--snapshot', sample('insecure'), '--fail-on', 'severe'], /オプション '--fail-on <severity>' の値 'severe' は使えません。critical, high, medium, low, info, none のいずれかを指定してください/],
      [['audti'], /不明なコマンド 'audti'\n\(もしかして audit ですか\?\)/],
      [['audit', '--lang', 'ja', '--regions'], /オプション '--regions <list>' の値がありません/],
    ];
    for (const [args, pattern] of cases) {
      const run = runBinary(args.includes('--lang') ? args : [...args, '--lang', 'ja']);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(pattern);
      expect(run.stderr, args.join(' ')).not.toMatch(/cannot read|not valid|invalid snapshot|unknown key|expected|error:|Did you mean|run with/);
    }
    // The language of the environment, where the command takes no --lang.
    expect(runBinary(['merge'], { LANG: 'ja_JP.UTF-8' }).stderr).toMatch(/^エラー: 引数 'reports' がありません\n/);
    expect(runBinary(['diff', 'a', 'b', 'c'], { LANG: 'ja_JP.UTF-8' }).stderr).toMatch(/^エラー: 引数が多すぎます\(2 個のところ 3 個あります\)\n/);
    // In English, the same mistakes say the same places.
    const english = runBinary(['audit', '--snapshot', `${dir}/shape.json`]);
    expect(english.stderr).toMatch(/invalid snapshot:\n {2}.*shape\.json:\d+: extra: unknown key/);
    expect(runBinary(['audit', '--snapshot', dir]).stderr).toMatch(/cannot read the snapshot: it is a folder, not a file/);
    expect(runBinary(['audit', '--bogus']).stderr).toBe("error: unknown option '--bogus'\n(Did you mean --ous?)\n(run with --help for usage)\n");
  });

  it('a snapshot fact of the wrong shape names the key path and line', () => {
    const dir = tmp();
    const snapshot = JSON.parse(readFileSync(sample('insecure'), 'utf8'));
    snapshot.facts['guardduty.detectors@us-east-1'].value[0].status = 42;
    writeFileSync(`${dir}/bad.json`, JSON.stringify(snapshot, null, 2));
    const run = runBinary(['audit', '--snapshot', `${dir}/bad.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json:\d+: facts\["guardduty\.detectors@us-east-1"\]\.value\[0\]\.status: /);
  });

  const badFacts: [string, (facts: Record<string, unknown>) => void, RegExp][] = [
    ['an unknown fact', (facts) => (facts['iam.noSuchFact'] = { value: {} }), /unknown fact "iam\.noSuchFact"/],
    ['a regional fact without its region', (facts) => (facts['guardduty.detectors'] = { value: [] }), /needs a @qualifier/],
    ['an account fact with a qualifier', (facts) => (facts['iam.accountSummary@us-east-1'] = { value: {} }), /takes no @qualifier/],
    ['a region that is not one', (facts) => (facts['guardduty.detectors@tokyo'] = { value: [] }), /"tokyo" is not a region name/],
    ['a date that is not one', (facts) => ((facts['iam.credentialReport'] as { value: { users: { passwordLastUsed?: string }[] } }).value.users[0]!.passwordLastUsed = 'not-a-date'), /passwordLastUsed/],
    ['another account\'s identity', (facts) => ((facts['sts.identity'] as { value: { accountId: string } }).value.accountId = '123123123123'), /account 123123123123 is not the snapshot's account/],
    ['a negative alert threshold', (facts) => ((facts['budgets.alerts@monthly'] as { value: { threshold: number }[] }).value[0]!.threshold = -5), /threshold/],
    ['an alert of no known type', (facts) => ((facts['budgets.alerts@monthly'] as { value: { type: string }[] }).value[0]!.type = ''), /type/],
  ];
  for (const [name, corrupt, pattern] of badFacts) {
    it(`a snapshot with ${name} is rejected with its line`, () => {
      const dir = tmp();
      const snapshot = JSON.parse(readFileSync(sample('hardened'), 'utf8'));
      corrupt(snapshot.facts);
      writeFileSync(`${dir}/bad.json`, JSON.stringify(snapshot, null, 2));
      const run = runBinary(['audit', '--snapshot', `${dir}/bad.json`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).toMatch(/bad\.json:\d+: facts\[/);
    });
  }

  it('a fact missing from a snapshot is ERROR for the checks that need it', async () => {
    const dir = tmp();
    const snapshot = JSON.parse(readFileSync(sample('hardened'), 'utf8'));
    delete snapshot.facts['budgets.budgets'];
    writeFileSync(`${dir}/partial.json`, JSON.stringify(snapshot));
    const run = await runCli(['audit', '--snapshot', `${dir}/partial.json`, '--format', 'json', '--checks', 'billing.budget*']);
    expect(run.code).toBe(3);
    expect(jsonReport(run.stdout).accounts[0]?.results.map((result) => result.status)).toEqual(['ERROR', 'ERROR']);
  });

  it('an output that cannot be written is exit 2 and leaves no partial file', () => {
    const dir = tmp();
    const run = runBinary(['audit', '--snapshot', sample('insecure'), '--format', `json=${dir}/never/out.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*out\.json: the folder .*never does not exist/);
    expect(existsSync(`${dir}/never/out.json`)).toBe(false);
  });
});

describe('outputs are checked before the audit and written where they point', () => {
  it('a missing output folder is exit 2 before anything is written or sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-out-'));
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--format', 'text', '--format', `json=${dir}/missing/report.json`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`the folder ${dir}/missing does not exist`);
  });

  it('a symlink is written through, never replaced by a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-out-'));
    writeFileSync(`${dir}/real.json`, '');
    symlinkSync(`${dir}/real.json`, `${dir}/link.json`);
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--format', `json=${dir}/link.json`]);
    expect(run.code).toBe(1);
    expect(lstatSync(`${dir}/link.json`).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(`${dir}/real.json`, 'utf8')).schemaVersion).toBe(1);
  });

  it('nothing judged (a snapshot of no region, regional checks only) is exit 2, never 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-out-'));
    const snapshot = JSON.parse(readFileSync(sample('insecure'), 'utf8'));
    snapshot.regions = [];
    snapshot.facts['account.regions'] = { value: [] };
    writeFileSync(`${dir}/empty.json`, JSON.stringify(snapshot));
    const run = await runCli(['audit', '--snapshot', `${dir}/empty.json`, '--checks', 'guardduty.enabled']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing was judged');
  });
});

describe('special output paths are written in place', () => {
  it('/dev/stdout takes the report directly (no temporary file beside a device)', () => {
    const run = runBinary(['audit', '--snapshot', sample('insecure'), '--format', 'json=/dev/stdout']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
  });

  it('a FIFO is written to, never replaced by a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-fifo-'));
    const fifo = `${dir}/report.pipe`;
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => execFile('cat', [fifo], (_error, out) => resolve(out)));
    const run = await runCli(['audit', '--snapshot', sample('insecure'), '--format', `json=${fifo}`]);
    expect(run.code).toBe(1);
    expect(JSON.parse(await reader).schemaVersion).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
