import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudTrailBucketPolicy, cloudTrailLogsRolePolicy, cloudTrailLogsTrustPolicy, configBucketPolicy } from '../../src/fix/policies.js';
import { buildPlan, sh } from '../../src/fix/plan.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';
import { CHECKS } from '../../src/checks/index.js';

/** A statement as AWS evaluates it: what, by whom, on what, under which conditions (Sids are names only). */
const meaning = (statement: Record<string, unknown>) => Object.fromEntries(Object.entries(statement).filter(([key]) => key !== 'Sid'));

describe('the policies a plan writes are the ones AWS documents', () => {
  it('CloudTrail bucket policy ("Amazon S3 bucket policy for CloudTrail"): GetBucketAcl on the bucket, PutObject under AWSLogs/ACCOUNT with bucket-owner-full-control, both bound to the trail by aws:SourceArn', () => {
    const policy = cloudTrailBucketPolicy({ partition: 'aws', accountId: '111111111111', region: 'us-east-2', trailName: 'trailName', bucket: 'amzn-s3-demo-bucket' });
    const sourceArn = 'arn:aws:cloudtrail:us-east-2:111111111111:trail/trailName';
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement.map(meaning)).toEqual([
      { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket', Condition: { StringEquals: { 'aws:SourceArn': sourceArn } } },
      { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/AWSLogs/111111111111/*', Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': sourceArn } } },
    ]);
    expect(JSON.stringify(cloudTrailBucketPolicy({ partition: 'aws-us-gov', accountId: '1', region: 'us-gov-west-1', trailName: 't', bucket: 'b' }))).not.toContain('arn:aws:');
  });

  it('AWS Config bucket policy ("Permissions for the Amazon S3 bucket for the AWS Config delivery channel"): ACL check, existence check, delivery under AWSLogs/ACCOUNT/Config, all for this account only', () => {
    const policy = configBucketPolicy({ partition: 'aws', accountId: '111111111111', bucket: 'amzn-s3-demo-bucket' });
    const account = { StringEquals: { 'AWS:SourceAccount': '111111111111' } };
    expect(policy.Statement.map(meaning)).toEqual([
      { Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket', Condition: account },
      { Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket', Condition: account },
      { Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/AWSLogs/111111111111/Config/*', Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'AWS:SourceAccount': '111111111111' } } },
    ]);
  });

  it('the CloudWatch Logs role ("Role policy document for CloudTrail to use CloudWatch Logs"): CloudTrail may assume it; it may create streams and put events in the trail\'s streams of that group only', () => {
    expect(cloudTrailLogsTrustPolicy().Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    const streams = 'arn:aws:logs:us-east-2:111111111111:log-group:log_group_name:log-stream:111111111111_CloudTrail_us-east-2*';
    expect(cloudTrailLogsRolePolicy({ partition: 'aws', accountId: '111111111111', region: 'us-east-2', logGroup: 'log_group_name' }).Statement.map(meaning)).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream'], Resource: [streams] },
      { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: [streams] },
    ]);
  });
});

async function reportOf(sample: string, lang: 'en' | 'ja' = 'en'): Promise<JsonReport> {
  return JSON.parse((await runCli(['audit', '--snapshot', `fixtures/accounts/${sample}.json`, '--lang', lang, '--format', 'json'])).stdout) as JsonReport;
}

describe('fix plans', () => {
  it('a new account: a trail (with validation and CloudWatch Logs), Config and GuardDuty in every region, a budget that alerts; the rest are manual steps', async () => {
    const plan = buildPlan(await reportOf('new-account'));
    // Steps in catalog order (the trail before its validation and its logs); each check's step beside the check.
    const stepChecks = plan.steps.map((step) => step.checkIds[0] ?? '');
    expect(stepChecks).toEqual(expect.arrayContaining(['iam.password-policy', 'cloudtrail.multi-region', 'config.recorder', 'billing.budget', 'guardduty.enabled', 'ec2.ebs-default-encryption']));
    const catalogOrder = stepChecks.map((id) => CHECKS.findIndex((check) => check.id === id));
    expect(catalogOrder).toEqual([...catalogOrder].sort((a, b) => a - b));
    expect(plan.steps.find((step) => step.checkIds[0] === 'cloudtrail.multi-region')?.checkIds).toEqual(['cloudtrail.multi-region', 'cloudtrail.log-validation', 'cloudtrail.cloudwatch-logs']);
    expect(plan.variables).toEqual(['BUCKET_PREFIX', 'TRAIL_NAME', 'LOG_GROUP', 'ALERT_EMAIL', 'BUDGET_USD']);
    // Every FAIL is a step or a manual step, never both, never neither; a check without a fix is always manual.
    const report = await reportOf('new-account');
    const failing = [...new Set(report.accounts[0]?.results.filter((result) => result.status === 'FAIL').map((result) => result.checkId))];
    const covered = new Set(plan.steps.flatMap((step) => step.covers.map((result) => result.checkId)));
    expect(plan.manual.map((step) => step.check.id).sort()).toEqual(failing.filter((id) => !covered.has(id)).sort());
    expect(plan.manual.map((step) => step.check.id)).toEqual(expect.arrayContaining(failing.filter((id) => !CHECKS.find((check) => check.id === id)?.fix)));
    expect(plan.manual.length).toBeGreaterThan(0);
    expect(plan.homeRegion).toBe('us-east-1');
  });

  it('the insecure sample: the existing trail is fixed in place (logging, validation, CloudWatch Logs), never replaced', async () => {
    const plan = buildPlan(await reportOf('insecure'));
    const commands = plan.steps.flatMap((step) => step.commands).join('\n');
    expect(commands).toContain("aws cloudtrail start-logging --name 'main' --region us-east-1");
    expect(commands).toContain("aws cloudtrail update-trail --name 'main' --enable-log-file-validation --region us-east-1");
    expect(commands).not.toContain('create-trail');
    expect(plan.manual.map((step) => step.check.id)).toContain('iam.user-console-mfa');
  });

  it('a stopped single-region trail is made multi-region, started and validated in place: one trail, never a second', async () => {
    const snapshot = JSON.parse(readFileSync('fixtures/accounts/new-account.json', 'utf8')) as { facts: Record<string, unknown> };
    const arn = 'arn:aws:cloudtrail:eu-west-1:111111111111:trail/local';
    for (const key of Object.keys(snapshot.facts)) {
      if (key.startsWith('cloudtrail.trails@')) snapshot.facts[key] = { value: [{ arn, name: 'local', homeRegion: 'eu-west-1', isMultiRegion: false, isOrganizationTrail: false, logFileValidation: false, s3BucketName: 'local-logs' }] };
    }
    snapshot.facts[`cloudtrail.trailStatus@${arn}`] = { value: { isLogging: false } };
    snapshot.facts[`cloudtrail.eventSelectors@${arn}`] = { value: { basic: [], advanced: [] } };
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-plan-'));
    writeFileSync(join(dir, 'local.json'), JSON.stringify(snapshot));
    const report = JSON.parse((await runCli(['audit', '--snapshot', join(dir, 'local.json'), '--format', 'json'])).stdout) as JsonReport;
    const plan = buildPlan(report);
    const trailStep = plan.steps.find((step) => step.checkIds[0] === 'cloudtrail.multi-region');
    expect(trailStep?.checkIds).toEqual(['cloudtrail.multi-region', 'cloudtrail.log-validation', 'cloudtrail.cloudwatch-logs']);
    const commands = plan.steps.flatMap((step) => step.commands).join('\n');
    expect(commands).not.toContain('create-trail');
    expect(commands).toContain("aws cloudtrail update-trail --name 'local' --is-multi-region-trail --include-global-service-events --enable-log-file-validation --cloud-watch-logs-log-group-arn");
    expect(commands).toContain("aws cloudtrail start-logging --name 'local' --region eu-west-1");
    expect(commands.match(/update-trail --name 'local'/g)).toHaveLength(1);
    expect(plan.manual.map((step) => step.check.id)).not.toContain('cloudtrail.multi-region');
  });

  it('every step says what it costs, in both languages; a new log group keeps its events 365 days, not forever', async () => {
    const plan = buildPlan(await reportOf('new-account'));
    for (const step of plan.steps) {
      expect(step.cost.en.length, step.title.en).toBeGreaterThan(5); // "No charge" says it too
      expect(step.cost.ja.length, step.title.en).toBeGreaterThan(5);
    }
    expect(plan.steps.find((step) => step.checkIds.includes('config.recorder'))?.cost.en).toMatch(/configuration item/);
    expect(plan.steps.flatMap((step) => step.commands)).toContain('  aws logs put-retention-policy --log-group-name "$LOG_GROUP" --retention-in-days 365 --region us-east-1');
    const script = (await runCli(['fix', '--snapshot', 'fixtures/accounts/new-account.json'])).stdout;
    expect(script).toContain('#    cost: GuardDuty is free for 30 days in each region');
  });

  it('the hardened sample needs nothing an API can do', async () => {
    expect(buildPlan(await reportOf('hardened')).steps).toEqual([]);
  });

  it('values from the account are one shell word each, whatever they hold', () => {
    expect(sh("it's; rm -rf / $(x) `y`")).toBe(`'it'\\''s; rm -rf / $(x) \`y\`'`);
    const echoed = spawnSync('bash', ['-c', `printf %s ${sh("a'b $(c) \"d\"")}`], { encoding: 'utf8' });
    expect(echoed.stdout).toBe(`a'b $(c) "d"`);
  });

  it('the script is valid bash, stops on the wrong account or a missing e-mail, and says it changes the account; in Japanese too', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const run = await runCli(['fix', '--snapshot', 'fixtures/accounts/new-account.json', '--lang', lang]);
      expect(run.code).toBe(0);
      expect(spawnSync('bash', ['-n'], { input: run.stdout }).status).toBe(0);
      expect(run.stdout).toMatch(/^#!\/usr\/bin\/env bash\n/);
      expect(run.stdout).toContain(lang === 'en' ? 'THIS SCRIPT CHANGES THE ACCOUNT' : 'このスクリプトはアカウントを変更します');
      // Run with an `aws` that answers for another account: no e-mail stops it first, then the account does, each said in the plan's language.
      const bin = mkdtempSync(join(tmpdir(), 'aws-baseline-fake-aws-'));
      writeFileSync(join(bin, 'aws'), '#!/bin/sh\necho 999999999999\n', { mode: 0o755 });
      const script = join(bin, 'plan.sh');
      writeFileSync(script, run.stdout);
      const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: bin };
      const noEmail = spawnSync('bash', [script], { env, encoding: 'utf8' });
      expect(noEmail.status).not.toBe(0);
      expect(noEmail.stderr).toContain(lang === 'en' ? 'set ALERT_EMAIL to the address that receives budget alerts' : 'ALERT_EMAIL に予算アラートを受け取るアドレスを設定してください');
      const otherAccount = spawnSync('bash', [script], { env: { ...env, ALERT_EMAIL: 'billing@example.com' }, encoding: 'utf8' });
      expect(otherAccount.status).toBe(1);
      expect(otherAccount.stderr.trim()).toBe(lang === 'en' ? 'this plan is for account 111111111111; the credentials are for 999999999999' : 'このプランはアカウント 111111111111 用です。認証情報はアカウント 999999999999 のものです');
      expect(run.stdout).not.toMatch(lang === 'ja' ? /# (?:name region|a create call)/ : /# 名前/);
    }
    const markdown = await runCli(['fix', '--snapshot', 'fixtures/accounts/new-account.json', '--format', 'markdown']);
    expect(markdown.stdout).toContain('## Manual steps');
    expect(markdown.stdout).toContain('```bash\nTRAIL_BUCKET=');
  });

  it('refuses what it cannot plan: several accounts, another format', async () => {
    expect((await runCli(['fix', '--snapshot', 'fixtures/accounts/several.json'])).code).toBe(2);
    expect((await runCli(['fix', '--accounts', '111111111111'])).code).toBe(2);
    expect((await runCli(['fix', '--snapshot', 'fixtures/accounts/new-account.json', '--format', 'json'])).code).toBe(2);
  });
});

describe('explain: exact AWS CLI lines, the policies included', () => {
  /** The lines run by bash with a stand-in `aws` that prints each policy argument: the quoting must give AWS's JSON. */
  function policiesPassed(lines: readonly string[]): unknown[] {
    const fake = `aws() { case "$2" in get-caller-identity) echo 111111111111;; put-bucket-policy|put-role-policy|create-role) while [ $# -gt 0 ]; do case "$1" in --policy|--policy-document|--assume-role-policy-document) printf '%s\\n' "$2";; esac; shift; done;; esac; }`;
    const run = spawnSync('bash', ['-euc', [fake, ...lines].join('\n')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown);
  }

  it('each fixable check\'s lines run in order and pass the documented policies with the account\'s values', () => {
    const cli = (id: string) => CHECKS.find((check) => check.id === id)?.cli ?? [];
    expect(policiesPassed(cli('cloudtrail.multi-region'))).toEqual([cloudTrailBucketPolicy({ partition: 'aws', accountId: '111111111111', region: 'us-east-1', trailName: 'management-events', bucket: 'aws-baseline-cloudtrail-111111111111' })]);
    expect(policiesPassed(cli('config.recorder'))).toEqual([configBucketPolicy({ partition: 'aws', accountId: '111111111111', bucket: 'aws-baseline-config-111111111111' })]);
    expect(policiesPassed(cli('cloudtrail.cloudwatch-logs'))).toEqual([cloudTrailLogsTrustPolicy(), cloudTrailLogsRolePolicy({ partition: 'aws', accountId: '111111111111', region: 'us-east-1', logGroup: 'aws-cloudtrail-logs-111111111111' })]);
  });
});
