import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { inShard, shardOf } from '../../src/engine/shard.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';
import { expectedCount } from '../samples.js';
import { CHECKS } from '../../src/checks/index.js';
import { timeless } from '../helpers.js';

const SEVERAL = 'fixtures/accounts/several.json';
const tmp = () => mkdtempSync(join(tmpdir(), 'aws-baseline-org-'));
const ids = Array.from({ length: 1000 }, (_, index) => String(100000000000 + index * 7919));

async function jsonOf(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli(['audit', '--snapshot', SEVERAL, '--format', 'json', ...args]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}


describe('--shard K/N', () => {
  it('covers every account exactly once for N = 1…16 over 1,000 account ids, each shard in use', () => {
    for (let count = 1; count <= 16; count += 1) {
      const owners = ids.map((id) => Array.from({ length: count }, (_, index) => index + 1).filter((index) => inShard(id, { index, count })));
      expect(owners.every((owning) => owning.length === 1), `N=${count}`).toBe(true);
      const sizes = Array.from({ length: count }, (_, index) => owners.filter((owning) => owning[0] === index + 1).length);
      expect(Math.min(...sizes), `N=${count}: no empty shard`).toBeGreaterThan(1000 / count / 2);
    }
  });

  it('is stable: an account stays in its shard whatever else is listed, on any machine', () => {
    expect(ids.slice(0, 50).map((id) => shardOf(id, 7))).toEqual(ids.slice(0, 50).map((id) => shardOf(id, 7)));
    expect(shardOf('111111111111', 4)).toBe(shardOf('111111111111', 4));
    expect(inShard('111111111111', undefined)).toBe(true);
  });

  it('refuses a malformed shard, and a shard of one account', async () => {
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/300']) {
      const run = await runCli(['audit', '--snapshot', SEVERAL, '--shard', bad]);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toMatch(/--shard .*K\/N/);
    }
    const one = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--shard', '1/2']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--shard takes a part of several accounts');
  });
});

describe('an empty shard (a small organization, many jobs)', () => {
  it('writes an empty report and exits 0, saying so; merge judges the whole, and refuses a whole of nothing', async () => {
    const dir = tmp();
    const empty = [1, 2, 3, 4, 5, 6, 7, 8].find((index) => !['111111111111', '222222222222', '333333333333', '555555555555', '666666666666'].some((id) => inShard(id, { index, count: 8 })));
    expect(empty, 'some shard of 8 holds none of the five samples').toBeDefined();
    const run = await runCli(['audit', '--snapshot', SEVERAL, '--shard', `${empty}/8`, '--format', `json=${join(dir, 'empty.json')}`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`shard ${empty}/8 holds none of the accounts`);
    const report = JSON.parse(readFileSync(join(dir, 'empty.json'), 'utf8')) as JsonReport;
    expect(report.accounts).toEqual([]);
    expect(report.summary.total).toBe(0);
    const nothing = await runCli(['merge', join(dir, 'empty.json')]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('nothing was judged');
    const whole = join(dir, 'whole.json');
    writeFileSync(whole, (await runCli(['audit', '--snapshot', SEVERAL, '--format', 'json'])).stdout);
    const merged = await runCli(['merge', join(dir, 'empty.json'), whole, '--format', 'json']);
    expect((JSON.parse(merged.stdout) as JsonReport).accounts).toHaveLength(5);
  });
});

describe('merge', () => {
  it('merges the shards of an audit into the unsharded report (apart from timings), in id order, with the whole exit code', async () => {
    const whole = await jsonOf([]);
    const dir = tmp();
    const files: string[] = [];
    for (let index = 1; index <= 3; index += 1) {
      const shard = await jsonOf(['--shard', `${index}/3`]);
      expect(shard.report.shard).toEqual({ index, count: 3 });
      files.push(join(dir, `shard-${index}.json`));
      writeFileSync(files.at(-1) as string, JSON.stringify(shard.report));
    }
    const merged = await runCli(['merge', ...files, '--format', 'json']);
    const report = JSON.parse(merged.stdout) as JsonReport;
    expect(timeless(report)).toEqual(timeless(whole.report));
    expect(merged.code).toBe(whole.code);
    expect(report.accounts.map((account) => account.id)).toEqual([...report.accounts.map((account) => account.id)].sort());
  });

  it('recomputes the gate over every account: --fail-on and --allow-incomplete apply to the merged whole', async () => {
    const dir = tmp();
    const denied = join(dir, 'denied.json');
    const hardened = join(dir, 'hardened.json');
    writeFileSync(denied, (await runCli(['audit', '--snapshot', 'fixtures/accounts/denied.json', '--format', 'json'])).stdout);
    writeFileSync(hardened, (await runCli(['audit', '--snapshot', 'fixtures/accounts/hardened.json', '--config', 'fixtures/accounts/hardened.config.yaml', '--format', 'json'])).stdout);
    expect((await runCli(['merge', denied, hardened, '--format', 'json=/dev/null'])).code).toBe(3);
    expect((await runCli(['merge', denied, hardened, '--allow-incomplete', '--format', 'json=/dev/null'])).code).toBe(0);
  });

  it('refuses each bad mix with a clear error: duplicates, versions, catalogs, languages, organizations', async () => {
    const dir = tmp();
    const base = (await jsonOf(['--shard', '1/2'])).report;
    const other = (await jsonOf(['--shard', '2/2'])).report;
    const write = (name: string, report: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(report));
      return path;
    };
    const a = write('a.json', base);
    const cases: [string, unknown, RegExp][] = [
      ['duplicate accounts', base, /account \d{12} is in both/],
      ['another tool version', { ...other, tool: { ...other.tool, version: '9.9.9' } }, /differ in tool version/],
      ['another catalog', { ...other, catalog: other.catalog.slice(1) }, /differ in the checks selected/],
      ['another language', { ...other, lang: 'ja' }, /differ in language/],
      ['another organization', { ...other, organization: { id: 'o-other00000', managementAccountId: '999999999999' } }, /differ in organization/],
    ];
    for (const [name, report, message] of cases) {
      const run = await runCli(['merge', a, write(`${name}.json`, report)]);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(message);
    }
    const notReport = await runCli(['merge', a, 'fixtures/accounts/insecure.json']);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toMatch(/insecure\.json:\d+/);
  });
});

describe('CSV', () => {
  it('parses back with a real CSV parser into the same results, Japanese included', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { report } = await jsonOf(['--lang', lang]);
      const run = await runCli(['audit', '--snapshot', SEVERAL, '--lang', lang, '--format', 'csv']);
      expect(run.stdout.charCodeAt(0)).not.toBe(0xfeff);
      expect(run.stdout).toContain('\r\n');
      const rows = parse<Record<(typeof CSV_COLUMNS)[number], string>>(run.stdout, { columns: true });
      const results = report.accounts.flatMap((account) => account.results.map((result) => ({ account: account.id, name: account.name ?? '', ...result })));
      expect(rows).toHaveLength(results.length);
      rows.forEach((row, index) => {
        const result = results[index];
        expect({ account: row.account, name: row.account_name, region: row.region, check: row.check, severity: row.severity, status: row.status, resource: row.resource, message: row.message, suppressed: row.suppressed }).toEqual({
          account: result?.account,
          name: result?.name,
          region: result?.region,
          check: result?.checkId,
          severity: result?.severity,
          status: result?.status,
          resource: result?.resource,
          message: result?.message,
          suppressed: result?.suppressed?.reason ?? '',
        });
      });
    }
  });

  it('csv-excel: a byte-order mark, and no cell Excel would run as a formula', async () => {
    const dir = tmp();
    const path = join(dir, 'r.json');
    const { report } = await jsonOf([]);
    const [first] = report.accounts;
    if (!first) throw new Error('no account');
    writeFileSync(path, JSON.stringify({ ...report, accounts: [{ ...first, name: '=HYPERLINK("http://attacker.example","x")' }, ...report.accounts.slice(1)] }));
    const excel = readFileSync((await runCli(['merge', path, '--format', `csv-excel=${join(dir, 'x.csv')}`]), join(dir, 'x.csv')), 'utf8');
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    const rows = parse<Record<string, string>>(excel, { columns: true, bom: true });
    expect(rows[0]?.account_name).toBe(`'=HYPERLINK("http://attacker.example","x")`);
    const plain = parse<Record<string, string>>((await runCli(['merge', path, '--format', 'csv'])).stdout, { columns: true });
    expect(plain[0]?.account_name).toBe('=HYPERLINK("http://attacker.example","x")');
  });
});

describe('many accounts in text and Markdown', () => {
  it('a per-account table (account, name, failing checks by severity, ERROR) comes before the details', async () => {
    const text = (await runCli(['audit', '--snapshot', SEVERAL])).stdout;
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Account\s+Name\s+critical\s+high\s+medium\s+low\s+info\s+ERROR$/);
    expect(lines.find((line) => line.startsWith('666666666666'))).toMatch(new RegExp(`^666666666666\\s+denied\\s+0\\s+0\\s+0\\s+0\\s+0\\s+${expectedCount('denied', 'ERROR')}$`));
    expect(text.indexOf('666666666666  denied')).toBeLessThan(text.indexOf('IAM and the root user'));
    const markdown = (await runCli(['audit', '--snapshot', SEVERAL, '--format', 'markdown', '--lang', 'ja'])).stdout;
    expect(markdown).toContain('| アカウント | 名前 | critical | high | medium | low | info | ERROR |');
    // Failing checks by severity (a check that fails in many regions once), then ERROR, as fixtures/expected.json has them for the insecure sample.
    const fails = (severity: string) => CHECKS.filter((check) => check.severity === severity && expectedCount('insecure', 'FAIL', [check.id]) > 0).length;
    expect(markdown).toContain(`| \`222222222222\` | insecure | ${['critical', 'high', 'medium', 'low', 'info'].map(fails).join(' | ')} | ${expectedCount('insecure', 'ERROR')} |`);
    const single = (await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json'])).stdout;
    expect(single).not.toMatch(/^Account\s+Name/m);
  });

  it('progress on a terminal (accounts done / total, with FAIL so far), none with --quiet or off a terminal', async () => {
    const shown = await runCli(['audit', '--snapshot', SEVERAL, '--format', 'json=/dev/null'], {}, process.cwd(), true);
    expect(shown.stderr).toMatch(/5\/5 accounts · 3 with FAIL/);
    const quiet = await runCli(['audit', '--snapshot', SEVERAL, '--format', 'json=/dev/null', '--quiet'], {}, process.cwd(), true);
    expect(quiet.stderr).not.toMatch(/accounts ·/);
    const piped = await runCli(['audit', '--snapshot', SEVERAL, '--format', 'json=/dev/null']);
    expect(piped.stderr).not.toMatch(/accounts ·/); // only the summary line of a run that writes files
    expect(piped.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^aws-baseline: .*wrote \/dev\/null$/)]);
  });

  it('a large snapshot whose account is refused when opened stops its progress first: the refusal has a line of its own', async () => {
    type Entry = { account: { id: string }; facts: Record<string, { value?: { accountId?: string } }> };
    const several = JSON.parse(readFileSync(SEVERAL, 'utf8')) as { accounts: Entry[] };
    // Past 4 MB, so read an account at a time: each account is checked when its audit opens it.
    const accounts = Array.from({ length: 200 }, (_, index) => {
      const entry = structuredClone(several.accounts[index % several.accounts.length]) as Entry;
      const id = String(500000000000 + index);
      entry.account.id = id;
      const identity = entry.facts['sts.identity']?.value;
      if (identity) identity.accountId = index === 150 ? 'not an id' : id;
      return entry;
    });
    const file = join(tmp(), 'large.json');
    writeFileSync(file, JSON.stringify({ ...several, accounts }));
    expect(readFileSync(file).length).toBeGreaterThan(4 * 1024 * 1024);
    const run = await runCli(['audit', '--snapshot', file, '--format', 'json=/dev/null'], {}, process.cwd(), true);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/accounts · \d+ with FAIL/);
    const stopped = run.stderr.lastIndexOf('\u001b[?7h'); // the progress line's terminal state given back
    expect(stopped).toBeGreaterThan(-1);
    expect(run.stderr.indexOf('aws-baseline: invalid snapshot:')).toBeGreaterThan(stopped);
    expect(run.stderr).toContain('accounts[150].facts["sts.identity"].value.accountId');
  });
});

describe('policy --org --role-name', () => {
  it('grants sts:AssumeRole on that role only, in accounts of the caller\'s own organization', async () => {
    const policy = JSON.parse((await runCli(['policy', '--org', '--role-name', 'audit/AwsBaselineAudit'])).stdout) as { Statement: { Sid: string; Action: string[]; Resource: string; Condition?: unknown }[] };
    const [read, assume] = policy.Statement;
    expect(read?.Resource).toBe('*');
    expect(read?.Action).toContain('organizations:ListAccounts');
    expect(read?.Action).not.toContain('sts:AssumeRole');
    expect(assume).toEqual({ Sid: 'AwsBaselineAssumeAuditRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: 'arn:*:iam::*:role/audit/AwsBaselineAudit', Condition: { StringEquals: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } } });
    // Without --role-name, the role the audit assumes by default: AssumeRole is never granted on every role.
    const byDefault = JSON.parse((await runCli(['policy', '--org'])).stdout) as { Statement: { Action: string[]; Resource: string }[] };
    expect(byDefault.Statement).toHaveLength(2);
    expect(byDefault.Statement[0]?.Action).not.toContain('sts:AssumeRole');
    expect(byDefault.Statement[1]).toMatchObject({ Action: ['sts:AssumeRole'], Resource: 'arn:*:iam::*:role/OrganizationAccountAccessRole' });
  });

  it('refuses a role name without --org, and one IAM would not accept', async () => {
    expect((await runCli(['policy', '--role-name', 'Audit'])).code).toBe(2);
    const bad = await runCli(['policy', '--org', '--role-name', 'Audit*']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not an IAM role name');
  });
});
