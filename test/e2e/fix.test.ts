import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { resultsOf, Scenario } from './support/scenario.js';
import { AccountState } from './support/states.js';

/** What an API can fix: every check with a fix step beside it; everything else is a manual step. */
const FIXABLE = new Set(CHECKS.filter((check) => check.fix !== undefined).map((check) => check.id));
const REGIONS = [
  { name: 'us-east-1', status: 'ENABLED_BY_DEFAULT' },
  { name: 'eu-west-1', status: 'ENABLED_BY_DEFAULT' },
];

/**
 * Generous on purpose: a plan is some sixty aws CLI processes, three plans run side by side, and on a
 * loaded two-core machine (a mutation run beside it) one took over 180 s where it takes 60 s idle.
 */
const PLAN_TIMEOUT_MS = 420_000;
const TEST_TIMEOUT_MS = 900_000;

/** The plan run as a person would: bash, with the `aws` CLI against the same emulator and credentials. */
function runPlan(scenario: Scenario, plan: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-fix-'));
  writeFileSync(join(dir, 'plan.sh'), plan);
  // The CLI puts the account id in front of S3 Control's host (123456789012.127.0.0.1), which no
  // resolver knows; through the stand-in as its HTTP proxy that name is never looked up.
  const env = { ...scenario.env(), HTTP_PROXY: scenario.aws.endpoint, PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, AWS_DEFAULT_REGION: 'us-east-1', ALERT_EMAIL: 'billing@example.com', BUCKET_PREFIX: `e2e-${scenario.accountId}` };
  return new Promise((resolve) => {
    execFile('bash', [join(dir, 'plan.sh')], { env, timeout: PLAN_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const verdicts = (stdout: string) => new Map(resultsOf(stdout).map((result) => [`${result.checkId} ${result.region} ${result.resource}`, result.status]));

async function proveFix(scenario: Scenario): Promise<void> {
  const before = await scenario.run(['audit', '--format', 'json']);
  const failing = [...verdicts(before.stdout)].filter(([key, status]) => status === 'FAIL' && FIXABLE.has(key.split(' ')[0] ?? ''));
  expect(failing.length, 'the state has something to fix').toBeGreaterThan(0);
  const mark = scenario.aws.calls.length;
  const plan = await scenario.run(['fix']);
  expect(plan.code, plan.stderr).toBe(0);
  expect(plan.stdout).toContain(`ACCOUNT_ID=${scenario.accountId}`);
  const writes = scenario.aws.calls.slice(mark).map((call) => call.operation).filter((operation) => /^(Create|Put|Start|Stop|Update|Delete|Enable|Attach|Tag)/.test(operation));
  expect(writes, 'fix itself sends no write').toEqual([]);

  const first = await runPlan(scenario, plan.stdout);
  expect(first.code, first.stderr).toBe(0);
  const after = await scenario.run(['audit', '--format', 'json']);
  const now = verdicts(after.stdout);
  for (const [key] of failing) expect(now.get(key), `${key} after the plan`).toBe('PASS');
  for (const [key, status] of verdicts(before.stdout)) if (status === 'PASS') expect(now.get(key), `${key} passed before`).toBe('PASS');

  const second = await runPlan(scenario, plan.stdout);
  expect(second.code, `a second run fails nothing: ${second.stderr}`).toBe(0);
  const again = await scenario.run(['audit', '--format', 'json']);
  expect(verdicts(again.stdout)).toEqual(now);
}

describe.concurrent('fix plans, proven on the emulator: audit → fix → run the plan with the aws CLI → audit', () => {
  const scenarios: Scenario[] = [];
  afterAll(async () => Promise.all(scenarios.map((scenario) => scenario.stop())));

  it('a new account with nothing set up', async () => {
    const scenario = await Scenario.create({ regions: REGIONS });
    scenarios.push(scenario);
    await proveFix(scenario);
  }, TEST_TIMEOUT_MS);

  it('an account half set up: a trail not logging without validation, GuardDuty suspended, a recorder stopped, a budget that alerts no one, a weak password policy', async () => {
    const scenario = await Scenario.create({ regions: REGIONS });
    scenarios.push(scenario);
    const state = new AccountState(scenario);
    await state.passwordPolicy({ minimumLength: 10, requireSymbols: true, maxAgeDays: 90 });
    await state.bucket(`half-${scenario.accountId}`);
    await state.trail('main', { multiRegion: true, validation: false, logging: false });
    await state.detector('us-east-1');
    await state.detector('eu-west-1', false);
    await state.recorder('us-east-1', { recording: false });
    await state.budget('team', { alert: false });
    await proveFix(scenario);
    // The policy raised to CIS's minimums, the settings it had kept (UpdateAccountPasswordPolicy replaces the whole policy).
    const { PasswordPolicy: policy } = await new IAMClient(scenario.config()).send(new GetAccountPasswordPolicyCommand({}));
    expect(policy).toMatchObject({ MinimumPasswordLength: 14, PasswordReusePrevention: 24, RequireSymbols: true, MaxPasswordAge: 90, AllowUsersToChangePassword: true });
  }, TEST_TIMEOUT_MS);

  it('an account half set up another way: a stopped single-region trail, Config in one region, GuardDuty suspended in one: one run fixes it, one trail remains, and the next plan has nothing left to do', async () => {
    const scenario = await Scenario.create({ regions: REGIONS });
    scenarios.push(scenario);
    const state = new AccountState(scenario);
    await state.trail('local', { multiRegion: false, validation: false, logging: false, bucket: 'public' });
    await state.recorder('eu-west-1');
    await state.detector('us-east-1');
    await state.detector('eu-west-1', false);
    await proveFix(scenario);
    const { trailList } = await new CloudTrailClient(scenario.config()).send(new DescribeTrailsCommand({}));
    expect(trailList?.map((trail) => [trail.Name, trail.IsMultiRegionTrail])).toEqual([['local', true]]);
    const next = await scenario.run(['fix']);
    expect(next.stdout).toContain('Nothing for an API to fix');
  }, TEST_TIMEOUT_MS);
});
