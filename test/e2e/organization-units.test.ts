// Issue 25's organizational units, on what users install, against moto (which serves the OU APIs): an
// organization with nested units; every account's OU path in JSON, CSV and the HTML map (Chromium); --ous
// audits a subtree; a snapshot of the organization keeps the units for its replay.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateAccountCommand, CreateOrganizationalUnitCommand, CreateOrganizationCommand, DescribeCreateAccountStatusCommand, ListRootsCommand, MoveAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AFTER_HASHCHANGE, launchChromium } from '../chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/report/schema.js';
import { Scenario } from './support/scenario.js';
import { awsError } from './support/standin.js';

const AUDIT = ['audit', '--org', '--parallel', '1', '--checks', 'organizations.member', '--regions', 'us-east-1', '--fail-on', 'none'];

describe('an organization with nested units on the emulator', () => {
  let management: Scenario;
  const ids: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'e2e-units-'));
  const at = (file: string) => join(dir, file);

  beforeAll(async () => {
    management = await Scenario.create();
    const organizations = new OrganizationsClient(management.config());
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const root = (await organizations.send(new ListRootsCommand({}))).Roots?.[0]?.Id ?? '';
    const unit = async (name: string, parent: string) => (await organizations.send(new CreateOrganizationalUnitCommand({ ParentId: parent, Name: name }))).OrganizationalUnit?.Id ?? '';
    ids.root = root;
    ids.workloads = await unit('Workloads', root);
    ids.prod = await unit('Prod', ids.workloads);
    ids.sandbox = await unit('Sandbox', root);
    for (const [name, parent] of [['app', ids.prod], ['play', ids.sandbox]] as const) {
      const { CreateAccountStatus } = await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
      const account = (await organizations.send(new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: CreateAccountStatus?.Id }))).CreateAccountStatus?.AccountId ?? '';
      await organizations.send(new MoveAccountCommand({ AccountId: account, SourceParentId: root, DestinationParentId: parent }));
      ids[name] = account;
    }
  });
  afterAll(() => management.stop());

  it("carries every account's OU path in JSON and CSV; the HTML page opens on the unit map, which drills down to the accounts", async () => {
    const run = await management.run([...AUDIT, '--format', `json=${at('org.json')}`, '--format', `csv=${at('org.csv')}`, '--format', `html=${at('org.html')}`]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(at('org.json'), 'utf8')) as JsonReport;
    const paths = Object.fromEntries(report.accounts.map((account) => [account.id, account.ou?.path.map((unit) => unit.name).join('/')]));
    expect(paths).toEqual({ [management.accountId]: 'Root', [ids.app ?? '']: 'Root/Workloads/Prod', [ids.play ?? '']: 'Root/Sandbox' });
    expect(report.accounts.find((account) => account.id === ids.app)?.ou?.path.map((unit) => unit.id)).toEqual([ids.root, ids.workloads, ids.prod]);

    const rows = readFileSync(at('org.csv'), 'utf8').trim().split('\r\n');
    const header = rows[0]?.split(',') ?? [];
    const csvPaths = Object.fromEntries(rows.slice(1).map((row) => row.split(',')).map((cells) => [cells[header.indexOf('account')], `${cells[header.indexOf('ou')]} ${cells[header.indexOf('ou_id')]}`]));
    expect(csvPaths).toEqual({ [management.accountId]: `Root ${ids.root}`, [ids.app ?? '']: `Root / Workloads / Prod ${ids.prod}`, [ids.play ?? '']: `Root / Sandbox ${ids.sandbox}` });

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`file://${at('org.html')}`);
      const units = await page.locator('#units tbody th[scope="row"] a').allTextContents();
      expect(units).toEqual(['Root', 'Root / Sandbox', 'Root / Workloads / Prod']);
      await page.locator('#units tbody th[scope="row"] a', { hasText: 'Prod' }).click();
      await expect.poll(() => new URL(page.url()).hash, AFTER_HASHCHANGE).toBe(`#ou-${ids.prod}`);
      // The unit's heading in the accounts map, and right under it its account.
      const heading = page.locator(`tr.unit#ou-${ids.prod}`);
      await expect.poll(() => heading.isVisible(), AFTER_HASHCHANGE).toBe(true);
      expect(await heading.locator('xpath=following-sibling::tr[1]/th').textContent()).toContain(ids.app);
    } finally {
      await browser.close();
    }
  });

  it('a tree still being read holds no account\'s slot: the accounts are audited meanwhile, each then placed', async () => {
    // One account at a time, and the units held until every member's audit has begun: an account done first
    // that kept its slot while waiting for its place would let no other start, and the wait would never end.
    management.aws.reset();
    const members = [ids.app ?? '', ids.play ?? ''];
    const begun = () => members.every((id) => management.aws.calls.some((call) => call.account === id));
    const allBegun = new Promise<void>((resolve) => {
      const poll = setInterval(() => begun() && (clearInterval(poll), resolve()), 50);
      setTimeout(() => (clearInterval(poll), resolve()), 30_000); // a bound on the wait: the assertion below then fails
    });
    management.aws.when('organizations:ListRoots', () => ({ kind: 'delay', until: allBegun }));
    const run = await management.run([...AUDIT, '--concurrency', '1', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const roots = management.aws.calls.find((call) => call.operation === 'ListRoots');
    const firstOfMember = members.map((id) => Math.min(...management.aws.calls.filter((call) => call.account === id).map((call) => call.receivedAt)));
    expect(firstOfMember.every((at) => at < (roots?.answeredAt ?? 0)), 'every member\'s audit began before the units were read').toBe(true);
    const paths = Object.fromEntries((JSON.parse(run.stdout) as JsonReport).accounts.map((account) => [account.id, account.ou?.path.map((unit) => unit.name).join('/')]));
    expect(paths).toEqual({ [management.accountId]: 'Root', [ids.app ?? '']: 'Root/Workloads/Prod', [ids.play ?? '']: 'Root/Sandbox' });
  });

  it('spread over processes, the units are read once for all of them: --ous selects the same accounts, and a tree that cannot be read is one warning', async () => {
    management.aws.reset();
    const spread = await management.run([...AUDIT, '--parallel', '2', '--ous', ids.workloads ?? '', '--format', 'json']);
    expect(spread.code, spread.stderr).toBe(0);
    const report = JSON.parse(spread.stdout) as JsonReport;
    expect(report.accounts.map((account) => `${account.id} ${account.ou?.path.map((unit) => unit.name).join('/')}`)).toEqual([`${ids.app} Root/Workloads/Prod`]);
    expect(management.aws.calls.filter((call) => call.operation === 'ListRoots')).toHaveLength(1);
    management.aws.reset();
    management.aws.when('organizations:ListRoots', (call) => awsError(call, 400, 'AccessDeniedException', 'You don\'t have permissions to access this resource.'));
    const unplaced = await management.run([...AUDIT, '--parallel', '2', '--format', 'json']);
    expect(unplaced.code, unplaced.stderr).toBe(0);
    expect(unplaced.stderr.match(/the organization's units could not be read/g)).toHaveLength(1);
    const accounts = (JSON.parse(unplaced.stdout) as JsonReport).accounts;
    expect(accounts).toHaveLength(3);
    expect(accounts.filter((account) => account.ou !== undefined)).toEqual([]);
    management.aws.reset();
  });

  it('--ous audits a subtree (nested units included); a snapshot of the organization keeps the units for its replay', async () => {
    const under = await management.run([...AUDIT, '--ous', ids.workloads ?? '', '--format', 'json']);
    expect(under.code, under.stderr).toBe(0);
    expect((JSON.parse(under.stdout) as JsonReport).accounts.map((account) => account.id)).toEqual([ids.app]);
    const snapshot = await management.run(['snapshot', '--org', '--checks', 'organizations.member', '--regions', 'us-east-1', '-o', at('org-snapshot.json')]);
    expect(snapshot.code, snapshot.stderr).toBe(0);
    const replay = await management.run(['audit', '--snapshot', at('org-snapshot.json'), '--checks', 'organizations.member', '--ous', ids.sandbox ?? '', '--format', 'json', '--fail-on', 'none']);
    expect(replay.code, replay.stderr).toBe(0);
    expect((JSON.parse(replay.stdout) as JsonReport).accounts.map((account) => `${account.id} ${account.ou?.id}`)).toEqual([`${ids.play} ${ids.sandbox}`]);
  });
});
