import { CreateAccountCommand, CreateOrganizationCommand, DescribeCreateAccountStatusCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { credentialsFor, resultsOf, Scenario } from './support/scenario.js';
import { type Answer, type AwsCall, awsError, html, ok } from './support/standin.js';
import { AccountState, accountWith } from './support/states.js';
import { childrenOf, untilEnded } from '../process-tree.js';
import type { Baseline } from '../../src/engine/baseline.js';
import type { JsonReport } from '../../src/report/schema.js';

interface OrgReport {
  exitCode: number;
  accounts: { id: string; results: { checkId: string; status: string; region: string; message: string }[] }[];
}

/** What differs between two runs of one audit: each check's own timing, and the moments. */
const comparable = (text: string) => {
  const report = JSON.parse(text) as OrgReport & { organization?: unknown; summary: unknown; accounts: { checks?: unknown; name?: string }[] };
  return { exitCode: report.exitCode, organization: report.organization, summary: report.summary, accounts: report.accounts.map((account) => ({ ...account, checks: undefined })) };
};

describe('an organization of three accounts, audited through AssumeRole', () => {
  let management: Scenario;
  const members: string[] = [];

  beforeAll(async () => {
    management = await Scenario.create({ regions: [{ name: 'us-east-1', status: 'ENABLED_BY_DEFAULT' }, { name: 'eu-west-1', status: 'ENABLED_BY_DEFAULT' }] });
    const organizations = new OrganizationsClient(management.config());
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (const name of ['workloads', 'sandbox']) {
      const { CreateAccountStatus } = await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
      const { CreateAccountStatus: status } = await organizations.send(new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: CreateAccountStatus?.Id }));
      if (!status?.AccountId) throw new Error(`moto created no account for ${name}`);
      members.push(status.AccountId);
    }
    // Each member's own state, set with credentials of that account.
    const workloads = members[0] ?? '';
    await new AccountState(accountWith(workloads, await credentialsFor(workloads))).detector('us-east-1');
    await new AccountState(management).detector('us-east-1');
    await new AccountState(management).detector('eu-west-1');
  });
  afterAll(() => management.stop());

  /** IAM as AWS answers it: the features to the management account, a refusal to members. */
  function rootAccessManagement(): void {
    management.aws.when('iam:ListOrganizationsFeatures', (call) =>
      call.account === management.accountId
        ? ok(call, '<OrganizationId>o-abcdefghij</OrganizationId><EnabledFeatures><member>RootCredentialsManagement</member><member>RootSessions</member></EnabledFeatures>')
        : awsError(call, 400, 'AccountNotManagementOrDelegatedAdministratorException', 'The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.'),
    );
    // moto's new accounts have no root password or keys: the members' root is what centralized management leaves.
  }

  it('judges members\' root with the features read once in the management account; alone, a member is MANUAL naming it', async () => {
    management.aws.reset();
    rootAccessManagement();
    // Spread over processes: their parent reads the organization-wide facts once for all of them.
    const run = await management.run(['audit', '--org', '--parallel', '2', '--format', 'json', '--checks', 'iam.root-mfa', '--regions', 'us-east-1']);
    const report = JSON.parse(run.stdout) as OrgReport;
    const rootOf = (id: string) => report.accounts.find((account) => account.id === id)?.results[0];
    for (const member of members) expect(rootOf(member), member).toMatchObject({ status: 'PASS', messageKey: 'central' });
    const featureReads = management.aws.calls.filter((call) => call.operation === 'ListOrganizationsFeatures');
    expect(featureReads.map((call) => call.account)).toEqual([management.accountId]);

    const alone = await management.run(['audit', '--format', 'json', '--checks', 'iam.root-mfa,iam.root-hardware-mfa', '--regions', 'us-east-1'], { credentials: await credentialsFor(members[1] ?? '') });
    const results = resultsOf(alone.stdout);
    expect(results.map((result) => `${result.status}:${result.messageKey}`)).toEqual(['MANUAL:ask-management', 'MANUAL:ask-management']);
    expect(results[0]?.message).toContain(management.accountId);
    expect(alone.code).toBe(0);
  });

  it('audits every account with its own facts; members only through sts:AssumeRole into the audit role', async () => {
    management.aws.reset();
    const run = await management.run(['audit', '--org', '--parallel', '1', '--role-name', 'OrganizationAccountAccessRole', '--format', 'json', '--checks', 'guardduty.enabled,organizations.member', '--verbose']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(report.accounts.map((account) => account.id).sort()).toEqual([management.accountId, ...members].sort());
    const guardduty = (id: string) =>
      report.accounts
        .find((account) => account.id === id)
        ?.results.filter((result) => result.checkId === 'guardduty.enabled')
        .map((result) => `${result.region}:${result.status}`)
        .sort();
    expect(guardduty(management.accountId)).toEqual(['eu-west-1:PASS', 'us-east-1:PASS']);
    expect(guardduty(members[0] ?? '')).toEqual(['eu-west-1:FAIL', 'us-east-1:PASS']);
    expect(guardduty(members[1] ?? '')).toEqual(['eu-west-1:FAIL', 'us-east-1:FAIL']);
    // The organization is listed once for every process, its accounts and its tree (each process used to list them again).
    const organizationReads = ['ListAccounts', 'ListRoots', 'ListOrganizationalUnitsForParent', 'ListAccountsForParent'].map((operation) => management.aws.calls.filter((call) => call.operation === operation).length);
    expect(organizationReads).toEqual([1, 1, 1, 1]);
    // So is what every process reads alike of the caller (the organization): by the parent, for all of them.
    expect(management.aws.calls.filter((call) => call.operation === 'DescribeOrganization')).toHaveLength(1);
    const assumed = management.aws.calls.filter((call) => call.operation === 'AssumeRole').map((call) => new URLSearchParams(call.body).get('RoleArn'));
    expect(assumed.sort()).toEqual(members.map((id) => `arn:aws:iam::${id}:role/OrganizationAccountAccessRole`).sort());
    for (const account of report.accounts) expect(account.results.find((result) => result.checkId === 'organizations.member')?.status, account.id).toBe('PASS');
    expect(resultsOf(run.stdout).filter((result) => result.status === 'ERROR')).toEqual([]);
    expect(run.code).toBe(1);
    // --verbose lists exactly what was sent, the caller's listing and AssumeRoles included
    // `N calls: op, op ×3, …`: each operation once with its count, expanded here to compare call by call.
    const [, calls, list] = /operations sent: (\d+) calls: (.*)/.exec(run.stderr) ?? [];
    const said = (list ?? '').split(', ').flatMap((entry) => {
      const [name = '', times = '1'] = entry.split(' ×');
      return Array.from({ length: Number(times) }, () => name);
    });
    expect(said).toHaveLength(Number(calls));
    expect([...said].sort()).toEqual(management.aws.operations().sort());
    expect(said).toContain('organizations:ListAccounts');
  });

  it('spread over processes (--parallel), the report is the one a single process writes, each member assumed once', async () => {
    management.aws.reset();
    rootAccessManagement();
    const selection = ['--checks', 'iam.root-mfa,iam.user-console-mfa,guardduty.enabled,organizations.member', '--regions', 'us-east-1,eu-west-1'];
    const single = await management.run(['audit', '--org', '--parallel', '1', ...selection, '--format', 'json']);
    management.aws.reset();
    rootAccessManagement();
    // With --write-baseline: the parent alone writes it, of every account (a child never gets the flag).
    const baseline = join(mkdtempSync(join(tmpdir(), 'spread-baseline-')), 'baseline.json');
    const spread = await management.run(['audit', '--org', '--parallel', '3', ...selection, '--format', 'json', '--write-baseline', baseline, '--quiet']);
    expect(spread.code, spread.stderr).toBe(single.code);
    expect(spread.stderr).toBe(''); // a process that another left no account to is no news
    expect(comparable(spread.stdout)).toEqual(comparable(single.stdout));
    const failing = (JSON.parse(single.stdout) as JsonReport).accounts.flatMap((account) => account.results.filter((result) => result.status === 'FAIL').map((result) => `${account.id} ${result.checkId} ${result.region} ${result.resource}`));
    const recorded = JSON.parse(readFileSync(baseline, 'utf8')) as Baseline;
    expect(recorded.findings.map((entry) => `${entry.account} ${entry.check} ${entry.region} ${entry.resource}`).sort()).toEqual(failing.sort());
    expect(new Set(recorded.findings.map((entry) => entry.account)).size).toBeGreaterThan(1);
    expect(recorded.organization).toMatch(/^o-/);
    // The organization is listed once for every process, its accounts and its tree (each process used to list them again).
    const organizationReads = ['ListAccounts', 'ListRoots', 'ListOrganizationalUnitsForParent', 'ListAccountsForParent'].map((operation) => management.aws.calls.filter((call) => call.operation === operation).length);
    expect(organizationReads).toEqual([1, 1, 1, 1]);
    // So is what every process reads alike of the caller (the organization): by the parent, for all of them.
    expect(management.aws.calls.filter((call) => call.operation === 'DescribeOrganization')).toHaveLength(1);
    const assumed = management.aws.calls.filter((call) => call.operation === 'AssumeRole').map((call) => new URLSearchParams(call.body).get('RoleArn'));
    expect(assumed.sort()).toEqual(members.map((id) => `arn:aws:iam::${id}:role/OrganizationAccountAccessRole`).sort());
    // Each account's credential report is asked for once (moto has them ready since the first run): a
    // process that is not granted the caller's account asks for none there.
    const reports = management.aws.calls.filter((call) => call.operation === 'GenerateCredentialReport').map((call) => call.account);
    expect(reports.sort()).toEqual([management.accountId, ...members].sort());
  });

  it("spread over processes, the organization refused to the caller is each process's refusal, read once: the report is the one a single process writes", async () => {
    const selection = ['--checks', 'organizations.member,fms.admin-account', '--regions', 'us-east-1', '--fail-on', 'none', '--format', 'json'];
    const refuse = () => management.aws.when('organizations:DescribeOrganization', (call) => awsError(call, 400, 'AccessDeniedException', 'You don\'t have permissions to access this resource.'));
    management.aws.reset();
    refuse();
    const single = await management.run(['audit', '--org', '--parallel', '1', ...selection]);
    management.aws.reset();
    refuse();
    const spread = await management.run(['audit', '--org', '--parallel', '3', ...selection]);
    expect(spread.code, spread.stderr).toBe(single.code);
    expect(comparable(spread.stdout)).toEqual(comparable(single.stdout));
    const statuses = (JSON.parse(spread.stdout) as OrgReport).accounts.flatMap((account) => account.results.filter((result) => result.checkId === 'organizations.member').map((result) => result.status));
    expect(statuses.length).toBeGreaterThan(1);
    expect(new Set(statuses)).toEqual(new Set(['ERROR']));
    // The caller's, read once for every process (each member, not known to be of the caller's organization then, asks its own).
    expect(management.aws.calls.filter((call) => call.operation === 'DescribeOrganization' && call.account === management.accountId)).toHaveLength(1);
  });

  it('killed, a spread audit leaves nothing behind: its children end with it, not when their unanswered calls give up', async () => {
    management.aws.reset();
    // Every read a little late, so that the children are still at work when their parent dies; once it is
    // killed, no answer comes any more: a child that did not end with its parent would wait on its calls.
    let killed = false;
    management.aws.on((call): Answer | undefined => (killed ? { kind: 'hang' } : ['AssumeRole', 'GetCallerIdentity'].includes(call.operation) ? undefined : { kind: 'delay', ms: 400 }));
    const path = [dirname(inject('nodeBinary')), inject('binDir'), '/usr/bin', '/bin'].join(':');
    const parent = spawn('aws-baseline', ['audit', '--org', '--parallel', '3', '--format', 'json'], { env: { PATH: path, HOME: '/nonexistent', LANG: 'C.UTF-8', ...management.env() }, stdio: 'ignore' });
    const memberAtWork = () => management.aws.calls.some((call) => call.account !== undefined && call.account !== management.accountId && call.operation !== 'AssumeRole');
    for (let waited = 0; !memberAtWork() && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(memberAtWork(), 'a child was auditing a member').toBe(true);
    const children = childrenOf(parent.pid as number);
    expect(children.length, 'the spread audit\'s children').toBeGreaterThan(0);
    killed = true;
    parent.kill('SIGKILL');
    // Each child hears its channel close and ends there. One that did not would wait on its calls: 10 s each
    // before it gives up, and tries again. The limit only bounds that wait.
    expect(await untilEnded(children, 20_000)).toEqual([]);
  }, 60_000);

  it('spread over processes, an account list refused is one clear error and exit 2, never a stack trace', async () => {
    management.aws.reset();
    management.aws.when('organizations:ListAccounts', (call) => awsError(call, 400, 'AccessDeniedException', 'You don\'t have permissions to access this resource.'));
    const run = await management.run(['audit', '--org', '--parallel', '2', '--checks', 'organizations.member', '--regions', 'us-east-1']);
    expect(run.code).toBe(2);
    // Listed once, by the first process, for all: one error, said once, and nothing from the processes it ended.
    expect(run.stderr.match(/cannot list the organization's accounts/g)).toHaveLength(1);
    expect(run.stderr).not.toContain('could not audit its accounts');
    expect(management.aws.calls.filter((call) => call.operation === 'ListAccounts')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  /** ListAccounts in two pages: the first two accounts (moto's own answer, cut), then `second` for the page after. */
  function listInTwoPages(second: (call: AwsCall) => Answer): void {
    management.aws.when('organizations:ListAccounts', (call) => {
      if ((JSON.parse(call.body || '{}') as { NextToken?: string }).NextToken === 'page-2') return second(call);
      return { kind: 'rewrite', edit: (body) => JSON.stringify({ Accounts: (JSON.parse(body) as { Accounts: unknown[] }).Accounts.slice(0, 2), NextToken: 'page-2' }) };
    });
  }

  it.each<[string, (call: AwsCall) => Answer, string]>([
    ['throttling that persists', (call) => awsError(call, 400, 'TooManyRequestsException', 'Rate exceeded'), 'throttled'],
    ['an HTML page', () => html(200), 'malformed'],
  ])('%s on the second page of ListAccounts keeps the accounts listed: each audited once, the report written, the rest named as not listed, exit 3', async (_name, second, kind) => {
    for (const parallel of ['1', '2']) {
      management.aws.reset();
      rootAccessManagement();
      listInTwoPages(second);
      const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-unlisted-'));
      const run = await management.run(['audit', '--org', '--parallel', parallel, '--checks', 'organizations.member', '--regions', 'us-east-1', '--fail-on', 'none', '--format', `json=${dir}/report.json`, '--format', 'text', '--format', `junit=${dir}/report.xml`, '--format', `sarif=${dir}/report.sarif`], { env: { AWS_MAX_ATTEMPTS: '2' } });
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as OrgReport & { notListed?: { after: number; kind: string }; incomplete: boolean };
      expect(report.notListed).toMatchObject({ after: 2, kind });
      expect(report.incomplete).toBe(true);
      const audited = report.accounts.map((account) => account.id);
      expect(audited).toHaveLength(2);
      expect(new Set(audited).size).toBe(2);
      expect(report.accounts.flatMap((account) => account.results).filter((result) => result.status === 'ERROR')).toEqual([]);
      expect(run.stdout).toContain("the organization's account list broke off after 2 account(s)");
      expect(readFileSync(join(dir, 'report.xml'), 'utf8')).toContain('<testcase classname="aws-baseline.organization" name="organizations:ListAccounts"');
      const sarif = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[] };
      expect(sarif.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
      expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications.map((note) => note.descriptor.id)).toContain('aws-baseline/accounts-not-listed');
    }
    // A snapshot taken so keeps it: the replay is as incomplete as the live run was.
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-unlisted-snapshot-'));
    const taken = await management.run(['snapshot', '--org', '--checks', 'organizations.member', '--regions', 'us-east-1', '-o', join(dir, 'org.json')], { env: { AWS_MAX_ATTEMPTS: '2' } });
    expect(taken.code).toBe(3);
    expect(taken.stderr).toContain("the organization's account list broke off after 2 account(s)");
    const replay = await management.run(['audit', '--snapshot', join(dir, 'org.json'), '--fail-on', 'none', '--format', 'json'], { credentials: null });
    expect(replay.code).toBe(3);
    expect((JSON.parse(replay.stdout) as { notListed?: { after: number } }).notListed?.after).toBe(2);
  });

  it('throttling on the first page of ListAccounts is an audit that could not start: exit 3, try again — not advice to move to the management account', async () => {
    management.aws.reset();
    management.aws.when('organizations:ListAccounts', (call) => awsError(call, 400, 'TooManyRequestsException', 'Rate exceeded'));
    const run = await management.run(['audit', '--org', '--checks', 'organizations.member', '--regions', 'us-east-1'], { env: { AWS_MAX_ATTEMPTS: '2' } });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain("cannot list the organization's accounts");
    expect(run.stderr).toContain('run the audit again');
    expect(run.stderr).not.toContain('management account');
    expect(run.stdout).toBe('');
  });

  it('an organization snapshot holds every account and replays to the report of the live run; --shard and merge give it back whole', async () => {
    management.aws.reset();
    rootAccessManagement();
    const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-org-e2e-'));
    const selection = ['--checks', 'iam.root-mfa,guardduty.enabled,organizations.member,cloudtrail.multi-region', '--regions', 'us-east-1,eu-west-1'];
    const live = await management.run(['audit', '--org', ...selection, '--format', 'json']);
    const taken = await management.run(['snapshot', '--org', ...selection, '-o', join(dir, 'org.json')]);
    expect(taken.code, taken.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8')) as { organization?: { managementAccountId: string }; accounts: { account: { id: string } }[] };
    expect(snapshot.organization?.managementAccountId).toBe(management.accountId);
    expect(snapshot.accounts.map((entry) => entry.account.id)).toEqual([management.accountId, ...members].sort());
    const calls = management.aws.calls.length;
    const replay = await management.run(['audit', '--snapshot', join(dir, 'org.json'), ...selection, '--format', 'json'], { credentials: null });
    expect(management.aws.calls.length, 'a replay sends nothing').toBe(calls);
    expect(comparable(replay.stdout)).toEqual(comparable(live.stdout));
    expect(replay.code).toBe(live.code);
    const shards = [];
    for (const index of [1, 2]) {
      const path = join(dir, `shard-${index}.json`);
      await management.run(['audit', '--snapshot', join(dir, 'org.json'), ...selection, '--shard', `${index}/2`, '--format', `json=${path}`], { credentials: null });
      shards.push(path);
    }
    const merged = await management.run(['merge', ...shards, '--format', 'json'], { credentials: null });
    expect(comparable(merged.stdout)).toEqual(comparable(replay.stdout));
  });
});
