import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from './support/moto.js';
import { resultsOf, runInstalled, Scenario, statusByCheck } from './support/scenario.js';
import { awsError, nameOf, ok } from './support/standin.js';
import { CreateTopicCommand, SetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { builtinsProbe } from './support/loaded-builtins.js';
import { ENABLED_IN_EVERY_ACCOUNT } from '../../src/aws/region-name.js';
import { CHECKS } from '../../src/checks/index.js';
import { AccountState } from './support/states.js';

const sample = (name: string) => join(inject('packageDir'), 'fixtures', 'accounts', `${name}.json`);

describe('live paths of the installed bundle', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
    const state = new AccountState(scenario);
    await state.budget('monthly', { alert: true });
  });
  afterAll(() => scenario.stop());

  it('lists regions with EC2 DescribeRegions where account:ListRegions is refused', async () => {
    const refused = await Scenario.create();
    try {
      refused.aws.when('account:ListRegions', (call) => awsError(call, 403, 'AccessDeniedException', 'not authorized to perform account:ListRegions'));
      const run = await refused.run(['audit', '--format', 'json', '--checks', 'guardduty.enabled']);
      expect(run.stderr).toBe('');
      expect(refused.aws.operations()).toContain('ec2:DescribeRegions');
      const results = resultsOf(run.stdout);
      expect(results.filter((result) => result.status === 'ERROR')).toEqual([]);
      expect(results.map((result) => result.region)).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'ap-northeast-1']));
    } finally {
      await refused.stop();
    }
  });

  it('reads the regions every account has without waiting for the region list, and opt-in ones once it names them', async () => {
    const regions = [...ENABLED_IN_EVERY_ACCOUNT.map((name) => ({ name, status: 'ENABLED_BY_DEFAULT' })), { name: 'eu-south-1', status: 'ENABLED' }];
    const slow = await Scenario.create({ regions });
    try {
      slow.aws.when('account:ListRegions', () => ({ kind: 'delay', ms: 1500 }));
      const run = await slow.run(['audit', '--format', 'json', '--checks', 'guardduty.enabled']);
      expect(run.stderr).toBe('');
      const list = slow.aws.calls.find((call) => nameOf(call) === 'account:ListRegions');
      const detectors = slow.aws.calls.filter((call) => nameOf(call) === 'guardduty:ListDetectors');
      const beforeTheList = detectors.filter((call) => call.receivedAt < (list?.answeredAt ?? 0)).map((call) => call.region);
      expect(beforeTheList.sort()).toEqual([...ENABLED_IN_EVERY_ACCOUNT].sort());
      expect(detectors.map((call) => call.region)).toContain('eu-south-1');
      expect(detectors).toHaveLength(regions.length); // each region read once
      const results = resultsOf(run.stdout);
      expect(results.map((result) => result.region).sort()).toEqual(regions.map((region) => region.name).sort());
      expect(statusByCheck(results)).toEqual({ 'guardduty.enabled': 'FAIL' });
    } finally {
      await slow.stop();
    }
  });

  it('loads no undici: node:http is required, not imported as an ES module (its namespace would load it on Node 22+)', async () => {
    const probe = builtinsProbe(inject('nodeBinary'));
    const run = await scenario.run(['audit', '--format', 'json', '--checks', 'billing.budget'], { env: probe.env });
    expect(statusByCheck(resultsOf(run.stdout))).toEqual({ 'billing.budget': 'PASS' });
    expect(probe.loaded()).toContain('http');
    expect(probe.loaded().filter((name) => name.includes('undici'))).toEqual([]);
  });

  it('judges a budget by DescribeBudgets alone: unreadable subscribers make only the alerts check ERROR', async () => {
    scenario.aws.when('budgets:DescribeSubscribersForNotification', (call) => awsError(call, 400, 'AccessDeniedException', 'not authorized to perform budgets:ViewBudget'));
    const run = await scenario.run(['audit', '--format', 'json', '--checks', 'billing.budget,billing.budget-alerts']);
    expect(statusByCheck(resultsOf(run.stdout))).toEqual({ 'billing.budget': 'PASS', 'billing.budget-alerts': 'ERROR' });
    expect(run.code).toBe(3);
  });

  it("judges a budget's SNS topic as Budgets meets it: SNS's default policy keeps Budgets out, a topic that is gone reaches no one, one that lets Budgets publish and has a confirmed subscription alerts, unless its KMS key keeps Budgets out", async () => {
    const topics = await Scenario.create();
    try {
      await new AccountState(topics).budget('monthly', { alert: true });
      const sns = new SNSClient(topics.config());
      const created = async (name: string) => (await sns.send(new CreateTopicCommand({ Name: name }))).TopicArn ?? '';
      const untouched = await created('billing-default');
      const allowed = await created('billing-budgets');
      // The statement the Cost Management user guide gives ("Creating an Amazon SNS topic for budget notifications").
      const budgetsMayPublish = { Version: '2012-10-17', Statement: [{ Sid: 'AWSBudgets-notification-1', Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Publish', Resource: allowed, Condition: { StringEquals: { 'aws:SourceAccount': topics.accountId } } }] };
      await sns.send(new SetTopicAttributesCommand({ TopicArn: allowed, AttributeName: 'Policy', AttributeValue: JSON.stringify(budgetsMayPublish) }));
      const gone = allowed.replace(/billing-budgets$/, 'billing-gone');
      const alertsTo = (topic: string) => topics.aws.reset().when('budgets:DescribeSubscribersForNotification', (call) => ok(call, { Subscribers: [{ SubscriptionType: 'SNS', Address: topic }] }));
      const judged = async () => {
        const run = await topics.run(['audit', '--format', 'json', '--checks', 'billing.budget-alerts']);
        expect(run.stderr).toBe('');
        return resultsOf(run.stdout).map((result) => `${result.status}:${result.messageKey}`);
      };

      alertsTo(untouched);
      expect(await judged()).toEqual(['FAIL:topic-not-allowed']);
      expect(topics.aws.operations().filter((operation) => operation === 'sns:GetTopicAttributes')).toHaveLength(1);
      alertsTo(gone);
      expect(await judged()).toEqual(['FAIL:topic-not-found']);
      // moto counts no subscription as confirmed (its SubscriptionsConfirmed is always 0): where none is, the topic reaches no one.
      alertsTo(allowed);
      expect(await judged()).toEqual(['FAIL:topic-unconfirmed']);
      // AWS's GetTopicAttributes (SNS API Reference) counts the confirmed ones: one, here.
      const confirmed = { kind: 'rewrite' as const, edit: (body: string) => body.replace(/(<key>SubscriptionsConfirmed<\/key>\s*<value>)0(<\/value>)/, '$11$2') };
      alertsTo(allowed).when('sns:GetTopicAttributes', () => confirmed);
      expect(await judged()).toEqual(['PASS:alerting']);

      // Encrypted, the same topic reaches someone only where its KMS key lets Budgets use it (SNS developer guide, "Key management").
      const kms = new KMSClient(topics.config());
      const keyFor = async (service: string) => {
        const Policy = JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${topics.accountId}:root` }, Action: 'kms:*', Resource: '*' },
            { Effect: 'Allow', Principal: { Service: service }, Action: ['kms:GenerateDataKey*', 'kms:Decrypt'], Resource: '*' },
          ],
        });
        return (await kms.send(new CreateKeyCommand({ Policy }))).KeyMetadata?.Arn ?? '';
      };
      const encryptWith = (key: string) => sns.send(new SetTopicAttributesCommand({ TopicArn: allowed, AttributeName: 'KmsMasterKeyId', AttributeValue: key }));
      await encryptWith(await keyFor('budgets.amazonaws.com'));
      alertsTo(allowed).when('sns:GetTopicAttributes', () => confirmed);
      expect(await judged()).toEqual(['PASS:alerting']);
      expect(topics.aws.operations().filter((operation) => operation.startsWith('kms:'))).toEqual(['kms:DescribeKey', 'kms:GetKeyPolicy']);
      await encryptWith(await keyFor('cloudwatch.amazonaws.com'));
      alertsTo(allowed).when('sns:GetTopicAttributes', () => confirmed);
      expect(await judged()).toEqual(['FAIL:topic-key-refuses']);
      await encryptWith('alias/aws/sns');
      alertsTo(allowed).when('sns:GetTopicAttributes', () => confirmed);
      expect(await judged()).toEqual(['FAIL:topic-key-aws-managed']);
      // Known from its predefined alias: DescribeKey on it would create the key where it does not exist yet (KMS API reference).
      expect(topics.aws.operations().filter((operation) => operation.startsWith('kms:'))).toEqual([]);
    } finally {
      await topics.stop();
    }
  });

  it('counts a paid call only when AWS answered it', async () => {
    const refused = await Scenario.create();
    try {
      refused.aws.when('ce:GetCostAndUsage', (call) => awsError(call, 400, 'AccessDeniedException', 'not authorized to perform ce:GetCostAndUsage'));
      const run = await refused.run(['audit', '--format', 'json', '--checks', 'billing.cost-explorer']);
      expect(refused.aws.operations()).toContain('ce:GetCostAndUsage');
      expect((JSON.parse(run.stdout) as { paidCalls: { count: number } }).paidCalls.count).toBe(0);
      const answered = await scenario.run(['audit', '--format', 'json', '--checks', 'billing.cost-explorer']);
      expect((JSON.parse(answered.stdout) as { paidCalls: { count: number } }).paidCalls.count).toBe(1);
    } finally {
      await refused.stop();
    }
  });

  it('without credentials for a profile: one line naming the profile, in the chosen language, no SDK notice', async () => {
    const run = await scenario.run(['audit', '--profile', 'my-profile'], { credentials: null });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"my-profile"');
    expect(run.stderr).toMatch(/no AWS credentials/);
    expect(run.stderr).not.toContain('[redacted]');
    expect(run.stderr).not.toMatch(/NodeVersionSupportWarning|\n\s+at /);
    const ja = await scenario.run(['audit', '--profile', 'my-profile', '--lang', 'ja'], { credentials: null });
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('プロファイル "my-profile" の AWS 認証情報が見つかりません');
  });

  it('an output that cannot be written stops the audit before any AWS call (and before the paid one)', async () => {
    scenario.aws.reset();
    const run = await scenario.run(['audit', '--format', 'text', '--format', 'json=/nonexistent-aws-baseline-dir/report.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the folder /nonexistent-aws-baseline-dir does not exist');
    expect(scenario.aws.calls).toEqual([]);
  });

  it('a full device, or a NUL in a path (from a config: argv cannot hold one), is refused before any AWS call, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-out-'));
    try {
      writeFileSync(join(dir, 'aws-baseline.config.json'), JSON.stringify({ formats: ['text', 'json=out\u0000.json'] }));
      for (const [args, said] of [
        [['audit', '--format', 'text', '--format', 'json=/dev/full'], 'cannot write /dev/full: ENOSPC'],
        [['snapshot', '--output', '/dev/full'], 'cannot write /dev/full: ENOSPC'],
        [['audit'], 'a path cannot hold a NUL character'],
      ] as const) {
        scenario.aws.reset();
        const run = await scenario.run([...args], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(said);
        expect(scenario.aws.calls).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an output that fails at the end does not cost the others: each is written, the failure named, exit 2; a killed run\'s temporaries are removed', async () => {
    const lost = mkdtempSync(join(tmpdir(), 'aws-baseline-lost-'));
    const kept = mkdtempSync(join(tmpdir(), 'aws-baseline-kept-'));
    try {
      writeFileSync(join(kept, 'report.sarif.999999999.tmp'), 'half a report from a run killed mid-write');
      // The folder is there when the outputs are checked and gone by the time they are written.
      scenario.aws.reset().on((call) => {
        if (nameOf(call) === 'sts:GetCallerIdentity') rmSync(lost, { recursive: true, force: true });
        return undefined;
      });
      const run = await scenario.run(['audit', '--checks', 'billing.budget', '--format', `json=${lost}/report.json`, '--format', `sarif=${kept}/report.sarif`, '--format', 'text']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cannot write ${lost}/report.json: ENOENT`);
      expect(run.stdout).toContain('billing.budget');
      expect(readdirSync(kept)).toEqual(['report.sarif']);
      expect(JSON.parse(readFileSync(join(kept, 'report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    } finally {
      rmSync(kept, { recursive: true, force: true });
    }
  });

  it('with no network: exit 2 before any check, naming the endpoint; nothing is billed', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const refused = await scenario.run(['audit'], { endpoint: closed, env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`cannot reach AWS at ${closed}`);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const dns = await scenario.run(['audit', '--lang', 'ja'], { endpoint: 'http://aws-baseline-nowhere.invalid', env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(dns.code).toBe(2);
    expect(dns.stderr).toContain('AWS (http://aws-baseline-nowhere.invalid) に接続できません');
  });
});

describe('inputs that cannot pass by accident', () => {
  it('a region that does not exist is exit 2 with a suggestion', async () => {
    const run = await runInstalled(['audit', '--snapshot', sample('insecure'), '--regions', 'us-east-9'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"us-east-9" (did you mean us-east-1?) is not an AWS region');
  });

  it('a bare service name selects its checks', async () => {
    const run = await runInstalled(['audit', '--snapshot', sample('insecure'), '--checks', 'cloudtrail', '--format', 'json'], {});
    const checks = new Set(resultsOf(run.stdout).map((result) => result.checkId));
    expect([...checks].sort()).toEqual(CHECKS.map((check) => check.id).filter((id) => id.startsWith('cloudtrail.')).sort());
    expect(checks).toContain('cloudtrail.multi-region');
  });
});
