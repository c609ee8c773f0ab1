// The newcomer's path, scripted: `npm run new-check -- s3.example-check` in a copy of the repository,
// then the edits CONTRIBUTING.md prescribes, must give a compiling, tested check (its fact and IAM
// action, its stand-in route, its fix step, both languages) while touching at most five hand-written files and no
// existing test.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = mkdtempSync(join(tmpdir(), 'aws-baseline-newcomer-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=newcomer@example.com', '-c', 'user.name=Newcomer', ...args], { cwd: repo, encoding: 'utf8' });
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(repo, file), change(readFileSync(join(repo, file), 'utf8')));
/**
 * A node process in the copy, awaited: a tsc or vitest run of a minute must not block this worker's
 * event loop (vitest's worker reports to the main process, and a report kept waiting 60 s fails the run).
 */
const node = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmpdir() } }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });

/** What the newcomer writes, following CONTRIBUTING.md step by step. */
const CHECK = `import { defineCheck, fail, pass } from '../define.js';
import { COST, sh } from '../../fix/step.js';

export default defineCheck({
  id: 's3.example-check',
  severity: 'low',
  scope: 'account',
  references: { cis: [], fsbp: [], docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html' },
  reads: ['s3.exampleCheck'],
  cli: ['aws s3api list-buckets'],
  text: {
    en: {
      title: 'No bucket is named as public',
      passes: 'No bucket name contains "public".',
      rationale: 'A bucket named public invites public access.',
      remediation: 'Block public access on the bucket.',
      console: ['Open S3, choose the bucket, then "Permissions".'],
      messages: { none: 'No bucket is named as public.', named: 'Bucket {bucket} is named as public.' },
    },
    ja: {
      title: '公開を示す名前のバケットがない',
      passes: 'バケット名に "public" を含まない。',
      rationale: '公開を示す名前のバケットは公開アクセスを招きます。',
      remediation: 'バケットのパブリックアクセスをブロックしてください。',
      console: ['S3 を開き、バケットの「アクセス許可」を選びます。'],
      messages: { none: '公開を示す名前のバケットはありません。', named: 'バケット {bucket} は公開を示す名前です。' },
    },
  },
  async evaluate({ facts }) {
    const { buckets } = await facts.s3.exampleCheck();
    const named = buckets.filter((bucket) => bucket.includes('public'));
    return named.length === 0 ? [pass('account', 'none')] : named.map((bucket) => fail(bucket, 'named', { params: { bucket } }));
  },
  fix: (ctx) =>
    ctx.failing('s3.example-check').map((found) => ({
      checkIds: ['s3.example-check'],
      title: { en: \`Block public access on bucket \${found.resource}\`, ja: \`バケット \${found.resource} のパブリックアクセスをブロック\` },
      commands: [\`aws s3api put-public-access-block --bucket \${sh(found.resource)} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\`],
      cost: COST.none,
      covers: [found],
    })),
});
`;

const CASES = `import { describe } from 'vitest';
import exampleCheck from '../../src/checks/s3/example-check.js';
import { checkCases, denied } from '../helpers.js';

describe('s3.example-check', () => {
  checkCases(exampleCheck, [
    { name: 'no bucket named public', facts: { 's3.exampleCheck': { buckets: ['logs'] } }, expect: ['PASS'] },
    { name: 'two named public', facts: { 's3.exampleCheck': { buckets: ['public-a', 'logs', 'b-public'] } }, expect: ['FAIL', 'FAIL'] },
    { name: 'the list refused', facts: { 's3.exampleCheck': denied('ListBuckets') }, expect: ['ERROR'] },
  ]);
});
`;

const FACT = `import type { ListBucketsCommandOutput } from '@aws-sdk/client-s3';
import { loadOnce } from '../../core/lazy.js';
import { defineFact, GLOBAL_REGION } from '../define.js';

const sdk = loadOnce(() => import('./sdk/s3.js'));

export const s3Facts = {
  /** The account's bucket names. */
  's3.exampleCheck': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['s3:ListAllMyBuckets'],
    operations: { 's3:ListBuckets': 's3:ListAllMyBuckets' },
    schema: (z) => z.strictObject({ buckets: z.array(z.string()) }),
    async collect(ctx) {
      const { S3Client, ListBucketsCommand } = await sdk();
      const out = await ctx.session.send<ListBucketsCommandOutput>(ctx.session.client(S3Client, 's3', GLOBAL_REGION), 's3', new ListBucketsCommand({}));
      return { buckets: (out.Buckets ?? []).map((bucket) => bucket.Name ?? '') };
    },
  }),
};
`;

describe('a newcomer adds a check with a new service', () => {
  it('scaffold + the prescribed edits: it compiles and its cases pass, in at most five hand-written files, no existing test touched', async () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter((file) => file && !file.startsWith('dist/'));
    for (const file of files) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      cpSync(file, join(repo, file));
    }
    symlinkSync(resolve('node_modules'), join(repo, 'node_modules'), 'dir');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'before');

    const scaffold = await node(['node_modules/tsx/dist/cli.mjs', 'scripts/new-check.ts', 's3.example-check']);
    expect(scaffold.status, scaffold.stderr).toBe(0);
    git('add', '-A');
    const scaffolded = git('diff', '--cached', '--name-only', 'HEAD').trim().split('\n').sort();
    expect(scaffolded).toEqual(['src/checks/index.ts', 'src/checks/s3/example-check.ts', 'src/facts/catalog.ts', 'src/facts/services/s3.ts', 'src/facts/services/sdk/s3.ts', 'test/checks/s3-example-check.test.ts']);
    git('commit', '-qm', 'scaffolded');

    writeFileSync(join(repo, 'src/checks/s3/example-check.ts'), CHECK);
    writeFileSync(join(repo, 'test/checks/s3-example-check.test.ts'), CASES);
    writeFileSync(join(repo, 'src/facts/services/s3.ts'), FACT);
    writeFileSync(join(repo, 'src/facts/services/sdk/s3.ts'), "export { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';\n");
    // Each sample's expectation (and, for the snapshots, its facts: npm run fixtures).
    edit('scripts/make-fixtures.ts', (text) => text.replace(/(\n {4}'guardduty\.enabled': \{[^}]*\},)/g, "$1\n    's3.example-check': { PASS: 1 },"));
    const handWritten = git('diff', '--name-only').trim().split('\n').sort();
    expect(handWritten.length).toBeLessThanOrEqual(5);
    expect(handWritten.filter((file) => file.startsWith('test/') && file !== 'test/checks/s3-example-check.test.ts')).toEqual([]);

    const tsc = await node(['node_modules/typescript/bin/tsc', '-p', '.']);
    expect(tsc.status, tsc.stdout).toBe(0);
    const cases = await node(['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '-u', 'test/checks/s3-example-check.test.ts', 'test/aws/iam-actions.test.ts']);
    expect(cases.status, cases.stdout + cases.stderr).toBe(0);
    expect(cases.stdout).toMatch(/Tests +\d+ passed/);
    const policy = await node(['node_modules/tsx/dist/cli.mjs', 'src/process/bin.ts', 'policy', '--checks', 's3.example-check']);
    expect(policy.stdout).toContain('s3:ListAllMyBuckets');
    // The end-to-end stand-in names the new operation from the SDK's own route: nothing written for it.
    const routes = await node(['node_modules/tsx/dist/cli.mjs', '--eval', "import('./test/e2e/support/wire.ts').then(async (wire) => console.log(JSON.stringify((await wire.sdkRoutes()).filter((route) => route.operation === 'ListBuckets').map((route) => [route.method, route.protocol, route.path.test('/')]))))"]);
    expect(routes.stdout.trim(), routes.stderr).toBe('[["GET","rest-xml",true]]');
  }, 300_000);
});
