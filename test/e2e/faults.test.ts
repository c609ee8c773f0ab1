import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportResult, resultsOf, Scenario } from './support/scenario.js';
import { type Answer, type AwsCall, awsError, html, nameOf } from './support/standin.js';
import { AccountState } from './support/states.js';

/** Faults, each on one operation; `clears` faults stop after the first attempts, as AWS's do. */
const FAULTS: Record<string, (call: AwsCall) => Answer | undefined> = {
  'throttling that clears': (call) => (call.attempt <= 2 ? awsError(call, 429, 'ThrottlingException', 'Rate exceeded') : undefined),
  'throttling that persists': (call) => awsError(call, 429, 'ThrottlingException', 'Rate exceeded'),
  '5xx that clears': (call) => (call.attempt === 1 ? awsError(call, 500, 'InternalServerErrorException', 'Internal error') : undefined),
  '5xx that persists': (call) => awsError(call, 503, 'ServiceUnavailableException', 'Service unavailable'),
  'connection reset that clears': (call) => (call.attempt === 1 ? { kind: 'reset' } : undefined),
  'a hang': () => ({ kind: 'hang' }),
  'an HTML page (HTTP 200)': () => html(200),
  'a truncated body': () => ({ kind: 'truncate', status: 200, headers: { 'content-type': 'application/json' }, body: '{"DetectorIds": ["ab' }),
  'an expired token': (call) => awsError(call, 403, 'ExpiredTokenException', 'The security token included in the request is expired'),
};
const CLEARS = new Set(['throttling that clears', '5xx that clears', 'connection reset that clears']);

/**
 * Quick retries at the product's own request time (issue 27: an 800 ms budget on every call made a loaded
 * machine's slow GetCallerIdentity a failure). Only a hang needs a shorter one, to cost seconds, not
 * minutes; 3 s is what a busy machine's other calls still meet.
 */
const TUNING = { AWS_MAX_ATTEMPTS: '3' };
const HANG_TUNING = { AWS_MAX_ATTEMPTS: '2', AWS_BASELINE_REQUEST_TIMEOUT_MS: '3000' };

describe('faults on the wire, against the installed package', () => {
  let scenario: Scenario;
  let baseline: ReportResult[];
  const args = ['audit', '--format', 'json', '--regions', 'us-east-1', '--checks', 'guardduty.enabled,iam.admin-mfa,billing.budget'];
  const verdicts = (results: ReportResult[]) => results.map((result) => `${result.checkId} ${result.resource.split('/').pop()} ${result.status}`).sort();

  beforeAll(async () => {
    scenario = await Scenario.create();
    const state = new AccountState(scenario);
    await state.detector('us-east-1');
    await state.user('alice', { console: true });
    await state.managedAdmin('alice', 'direct');
    await state.budget('monthly');
    const run = await scenario.run(args, { env: TUNING });
    baseline = resultsOf(run.stdout);
    expect(verdicts(baseline)).toEqual(['billing.budget account PASS', 'guardduty.enabled region PASS', 'iam.admin-mfa alice FAIL']);
  });
  afterAll(() => scenario.stop());

  for (const [name, fault] of Object.entries(FAULTS)) {
    it(`${name} on guardduty:ListDetectors: the fault-free verdict or ERROR for that check alone, never another`, async () => {
      scenario.aws.reset().on((call) => (nameOf(call) === 'guardduty:ListDetectors' ? fault(call) : undefined));
      const run = await scenario.run(args, { env: CLEARS.has(name) ? {} : name === 'a hang' ? HANG_TUNING : TUNING });
      expect(run.stderr).not.toMatch(/\n\s+at /);
      const results = resultsOf(run.stdout);
      const guardduty = results.find((result) => result.checkId === 'guardduty.enabled');
      if (CLEARS.has(name)) {
        // A fault that clears is retried and gives the fault-free verdict, exactly (run with the product's own
        // request time: the quick budget of the other faults, not the product, once made a slow retry an ERROR).
        expect(verdicts(results)).toEqual(verdicts(baseline));
        expect(run.code).toBe(1);
      } else {
        expect(guardduty?.status).toBe('ERROR');
        expect(verdicts(results.filter((result) => result.checkId !== 'guardduty.enabled'))).toEqual(verdicts(baseline.filter((result) => result.checkId !== 'guardduty.enabled')));
        expect(run.code).toBe(1); // the admin FAIL gates; the ERROR alone would make it 3
      }
      expect(run.elapsed).toBeLessThan(30_000);
    });
  }

  it('a body that trickles in is cut off by the deadline on the whole answer, not at --timeout', async () => {
    // Headers at once, then one byte every 100 ms: the request timeout (idle time) never fires.
    const body = JSON.stringify({ detectorIds: ['a'.repeat(32)], padding: 'x'.repeat(200) });
    scenario.aws.reset().when('guardduty:ListDetectors', () => ({ kind: 'trickle', status: 200, headers: { 'content-type': 'application/json' }, body, msPerByte: 100 }));
    const run = await scenario.run([...args, '--timeout', '120'], { env: { AWS_MAX_ATTEMPTS: '1', AWS_BASELINE_REQUEST_TIMEOUT_MS: '2000' } });
    const guardduty = resultsOf(run.stdout).find((result) => result.checkId === 'guardduty.enabled');
    expect(guardduty?.status).toBe('ERROR');
    expect(guardduty?.message).toMatch(/timed out|TimeoutError/i);
    expect(run.elapsed).toBeLessThan(15_000); // the body may take 2 s after its headers here; whole, it would take 25 s
  });

  it('an HTML page instead of iam:GetAccountAuthorizationDetails is ERROR, never "no administrator"', async () => {
    scenario.aws.reset().when('iam:GetAccountAuthorizationDetails', () => html(200));
    const run = await scenario.run(args, { env: TUNING });
    const admin = resultsOf(run.stdout).filter((result) => result.checkId === 'iam.admin-mfa');
    expect(admin.map((result) => result.status)).toEqual(['ERROR']);
    expect(admin[0]?.message).toContain('was not an AWS response (HTML, HTTP 200): check AWS_ENDPOINT_URL or a proxy');
  });

  it('a well-formed answer missing what AWS always sends is ERROR, never a verdict', async () => {
    scenario.aws.reset().when('organizations:DescribeOrganization', () => ({ kind: 'reply', status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '{}' }));
    const run = await scenario.run(['audit', '--format', 'json', '--regions', 'us-east-1', '--checks', 'organizations.member'], { env: TUNING });
    const [result] = resultsOf(run.stdout);
    expect(result?.status).toBe('ERROR');
    expect(result?.message).toMatch(/the answer to organizations:DescribeOrganization was not what AWS sends/);
    expect(run.code).toBe(3);
  });

  it('an ERROR alone exits 3 and says what to do', async () => {
    scenario.aws.reset().when('guardduty:ListDetectors', (call) => awsError(call, 429, 'ThrottlingException', 'Rate exceeded'));
    const run = await scenario.run(['audit', '--format', 'json', '--regions', 'us-east-1', '--checks', 'guardduty.enabled'], { env: TUNING });
    expect(run.code).toBe(3);
    const [result] = resultsOf(run.stdout) as (ReportResult & { remediation?: string })[];
    expect(result?.remediation).toMatch(/throttled guardduty:ListDetectors: run the audit again later/);
  });

  it('an endpoint that never answers cannot outlast --timeout: what was not read is ERROR, the rest is judged', async () => {
    scenario.aws.reset().when('guardduty:ListDetectors', () => ({ kind: 'hang' }));
    const run = await scenario.run([...args, '--timeout', '4']); // the SDK's own retries and request timeout at their defaults
    expect(run.elapsed).toBeLessThan(15_000);
    const results = resultsOf(run.stdout);
    expect(results.find((result) => result.checkId === 'guardduty.enabled')).toMatchObject({ status: 'ERROR' });
    expect(results.find((result) => result.checkId === 'guardduty.enabled')?.message).toMatch(/--timeout/);
    expect(verdicts(results.filter((result) => result.checkId !== 'guardduty.enabled'))).toEqual(verdicts(baseline.filter((result) => result.checkId !== 'guardduty.enabled')));
  });

  it('expired credentials stop the audit with exit 2 and say so', async () => {
    scenario.aws.reset().when('sts:GetCallerIdentity', (call) => awsError(call, 403, 'ExpiredToken', 'The security token included in the request is expired'));
    const run = await scenario.run(args, { env: TUNING });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^aws-baseline: the AWS credentials have expired/);
  });
});

describe('secrets never reach an output, even when AWS echoes them', () => {
  it('an error body that echoes the request headers leaks no key id, secret or session token into any format', async () => {
    const scenario = await Scenario.create();
    try {
      // A proxy or service that echoes what it was sent: the signed headers, the token among them.
      scenario.aws.on((call) => {
        if (call.operation !== 'ListDetectors') return undefined;
        return awsError(call, 400, 'ValidationException', `bad request; headers were x-amz-security-token: ${scenario.credentials.sessionToken ?? ''} and key ${scenario.credentials.accessKeyId}, secret ${scenario.credentials.secretAccessKey}`);
      });
      const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-leak-'));
      const formats = ['json', 'sarif', 'junit', 'markdown', 'github'].flatMap((format) => ['--format', `${format}=${dir}/out.${format}`]);
      const run = await scenario.run(['audit', '--regions', 'us-east-1', '--checks', 'guardduty.enabled', '--verbose', '--format', 'text', ...formats], { env: TUNING });
      const snapshot = await scenario.run(['snapshot', '-o', `${dir}/snapshot.json`, '--regions', 'us-east-1', '--checks', 'guardduty.enabled'], { env: TUNING });
      expect(run.stdout).toContain('ValidationException');
      const everything = [run.stdout, run.stderr, snapshot.stdout, snapshot.stderr, ...readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8'))].join('\n');
      for (const secret of [scenario.credentials.sessionToken ?? 'no-token', scenario.credentials.accessKeyId, scenario.credentials.secretAccessKey]) expect(everything).not.toContain(secret);
      expect(everything).toContain('[redacted]');
    } finally {
      await scenario.stop();
    }
  });
});

describe('a snapshot of nothing but refusals', () => {
  it('exits 3: it is no evidence', async () => {
    const scenario = await Scenario.create();
    try {
      scenario.aws.on((call) => (call.operation === 'GetCallerIdentity' ? undefined : awsError(call, 403, call.protocol === 'query' ? 'AccessDenied' : 'AccessDeniedException', 'not authorized')));
      const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-snap-'));
      const run = await scenario.run(['snapshot', '-o', `${dir}/s.json`, '--regions', 'us-east-1', '--checks', 'guardduty.enabled,billing.budget'], { env: TUNING });
      expect(run.stderr).toMatch(/could not be read/);
      expect(run.code).toBe(3);
    } finally {
      await scenario.stop();
    }
  });
});
