import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportResult, resultsOf, Scenario } from './scenario.js';
import { type Answer, type AwsCall, awsError, html, nameOf, ok } from './standin.js';
import { AccountState } from './states.js';

/**
 * Every operation an audit sends × every fault: the verdict is the fault-free one or ERROR, never
 * another; no stack trace; the exit code follows docs/semantics.md; the audit ends within its deadline.
 */
export const FAULTS: Record<string, (call: AwsCall) => Answer | undefined> = {
  'throttling that clears': (call) => (call.attempt === 1 ? awsError(call, 400, call.protocol === 'query' || call.protocol === 'ec2' ? 'Throttling' : 'ThrottlingException', 'Rate exceeded') : undefined),
  'throttling that persists': (call) => awsError(call, 400, call.protocol === 'query' || call.protocol === 'ec2' ? 'Throttling' : 'ThrottlingException', 'Rate exceeded'),
  '5xx': (call) => awsError(call, 503, 'ServiceUnavailable', 'Service unavailable'),
  'connection reset': () => ({ kind: 'reset' }),
  hang: () => ({ kind: 'hang' }),
  'HTML 200': () => html(200),
  'truncated body': (call) => ({ kind: 'truncate', status: 200, headers: { 'content-type': call.protocol === 'query' || call.protocol === 'ec2' ? 'text/xml' : 'application/json' }, body: call.protocol === 'query' ? '<Response><Result><Member>' : '{"a": [' }),
  // A 200 that leaves out what AWS always sends (a region list, DetectorIds, IsLogging …): never an empty list or false.
  'an empty 200': (call) => ok(call, call.protocol === 'query' ? '' : {}),
  'expired token': (call) => awsError(call, 403, call.protocol === 'query' ? 'ExpiredToken' : 'ExpiredTokenException', 'The security token included in the request is expired'),
};

/** Faults that clear on the retry. */
const TOGETHER = new Set(['throttling that clears']);

/** Quick retries at the product's own request time; a hang alone gets a short one, to cost a second or two per operation (issue 27: a budget on every call is a loaded machine's flake). */
const TUNING = { AWS_MAX_ATTEMPTS: '2' };
const HANG_TUNING = { AWS_MAX_ATTEMPTS: '2', AWS_BASELINE_REQUEST_TIMEOUT_MS: '1000' };
const ARGS = ['audit', '--format', 'json', '--regions', 'us-east-1', '--timeout', '20'];
const keyOf = (result: ReportResult) => `${result.checkId} ${result.region} ${result.resource}`;

/** Audits run side by side, each lane on an account and stand-in of its own (most of an audit is its process's start-up CPU). */
const LANES = 4;

interface Lane {
  scenario: Scenario;
  /** The fault-free verdicts of the lane's own account. */
  baseline: Map<string, string>;
}

/** One account in the matrix's state, and its fault-free verdicts with the product's own request time. */
async function lane(): Promise<Lane> {
  const scenario = await Scenario.create();
  const state = new AccountState(scenario);
  await state.user('bob', { console: true });
  await state.detector('us-east-1');
  await state.budget('monthly', { alert: true });
  await state.trail('main');
  // Under the quick budget of the faulted runs, a loaded machine once made a slow answer an ERROR here, and a
  // later run's right FAIL then looked like a change.
  const run = await scenario.run(ARGS);
  const baseline = new Map(resultsOf(run.stdout).map((result) => [keyOf(result), result.status]));
  expect([...baseline].filter(([, status]) => status === 'ERROR'), 'the fault-free run judges everything').toEqual([]);
  return { scenario, baseline };
}

/** The two halves the test files take; together, every fault exactly once. */
export const HALVES = [
  ['throttling that clears', 'throttling that persists', '5xx', 'expired token', 'an empty 200'],
  ['connection reset', 'hang', 'HTML 200', 'truncated body'],
] as const;
if ([...HALVES[0], ...HALVES[1]].sort().join() !== Object.keys(FAULTS).sort().join()) throw new Error('the halves of the fault matrix must cover every fault once');

/**
 * The matrix for some of the faults: two test files take half each (each fault runs its audits in
 * lanes, each in turn on an account and stand-in of its own), so that a machine with more workers can share it.
 */
export function faultMatrix(faults: readonly string[]): void {
  describe(`the fault matrix (${faults.join(', ')}), on the installed package`, () => {
    let lanes: Lane[];
    let operations: string[];

    beforeAll(async () => {
      lanes = await Promise.all(Array.from({ length: LANES }, () => lane()));
      operations = [...new Set(lanes[0]?.scenario.aws.operations())].sort();
      for (const { scenario } of lanes) expect([...new Set(scenario.aws.operations())].sort(), 'every lane sends the same operations').toEqual(operations);
    }, 60_000);
    afterAll(() => Promise.all(lanes.map(({ scenario }) => scenario.stop())));

    it('covers every operation the audit sends', () => {
      expect(operations).toEqual(expect.arrayContaining(['sts:GetCallerIdentity', 'iam:GetCredentialReport', 'iam:GetAccountAuthorizationDetails', 'guardduty:ListDetectors', 'cloudtrail:GetTrailStatus', 'budgets:DescribeBudgets']));
    });

    for (const name of faults) {
      const fault = FAULTS[name];
      if (!fault) throw new Error(`no fault named ${String(name)}`);
      // A fault that clears is retried away wherever it strikes: one audit with it on every operation at once
      // proves what one audit per operation would (each read is retried on its own), in a twentieth of the time.
      const together = TOGETHER.has(name);
      it(`${name}, on ${together ? 'every operation at once' : 'each operation in turn'}`, async () => {
        const targets = together ? ['every operation'] : operations;
        // Each lane takes every LANES-th operation, in turn on its own account and stand-in; the lanes run side by side.
        await Promise.all(lanes.slice(0, targets.length).map(async ({ scenario, baseline }, index) => {
          for (const operation of targets.filter((_, at) => at % lanes.length === index)) {
            scenario.aws.reset().on((call) => (together || nameOf(call) === operation ? fault(call) : undefined));
            // Every read retried at once waits its backoff beside the others: the product's own request time, not the quick one.
            const run = await scenario.run(ARGS, together ? {} : { env: name === 'hang' ? HANG_TUNING : TUNING });
            const where = `${name} on ${operation}`;
            expect(run.stderr, where).not.toMatch(/\n\s+at /);
            expect(run.elapsed, where).toBeLessThan(25_000);
            if (run.code === 2) {
              // Only who-am-I failing stops the audit before it starts: no credentials, or no AWS at all.
              expect(operation, `${where}: ${run.stderr}`).toBe('sts:GetCallerIdentity');
              expect(run.stderr, where).toMatch(/^aws-baseline: /);
              continue;
            }
            const results = resultsOf(run.stdout);
            for (const result of results) {
              const before = baseline.get(keyOf(result));
              // A fault that clears leaves nothing unread: the fault-free verdict, ERROR included.
              if (result.status !== 'ERROR' || together) expect(result.status, `${where}: ${keyOf(result)}`).toBe(before);
            }
            const errors = results.some((result) => result.status === 'ERROR');
            const gating = results.some((result) => result.status === 'FAIL');
            expect(run.code, where).toBe(gating ? 1 : errors ? 3 : 0);
          }
        }));
      }, 300_000);
    }
  });
}
