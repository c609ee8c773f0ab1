import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AFTER_HASHCHANGE, launchChromium } from '../chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANY_ACCOUNTS, manyAccountsHtml } from '../../src/report/html-many.js';
import type { JsonReport } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-html-many-'));
let browser: Browser;
let report: JsonReport;
let file: string;
const ACCOUNTS = MANY_ACCOUNTS + 50;
const UNITS = [
  { id: 'ou-prod', path: [{ id: 'r-root', name: 'Root' }, { id: 'ou-work', name: 'Workloads' }, { id: 'ou-prod', name: 'Prod' }] },
  { id: 'ou-sand', path: [{ id: 'r-root', name: 'Root' }, { id: 'ou-sand', name: 'Sandbox' }] },
  { id: 'r-root', path: [{ id: 'r-root', name: 'Root' }] },
];
/** A name and a finding that would run, were the page to read its data as HTML. */
const HOSTILE = '</script><img src=x onerror="document.title=1"><!--';

/** The five sample accounts' report fifty times over, each account under an id and a unit of its own, merged into one HTML page. */
beforeAll(async () => {
  browser = await launchChromium();
  const several = JSON.parse((await runCli(['audit', '--snapshot', 'fixtures/accounts/several.json', '--format', 'json'])).stdout) as JsonReport;
  const accounts = Array.from({ length: ACCOUNTS }, (_, index) => {
    const account = structuredClone(several.accounts[index % several.accounts.length]) as JsonReport['accounts'][number];
    return { ...account, id: String(300000000000 + index), name: index === 7 ? HOSTILE : `account ${index}`, ou: UNITS[index % UNITS.length] };
  });
  const first = accounts[7]?.results[0];
  if (first) first.message = HOSTILE;
  report = { ...several, accounts };
  const input = join(dir, 'many.json');
  writeFileSync(input, JSON.stringify(report));
  file = join(dir, 'many.html');
  const run = await runCli(['merge', input, '--format', `html=${file}`, '--fail-on', 'none', '--allow-incomplete']);
  expect(run.code, run.stderr).toBe(0);
}, 60_000);
afterAll(async () => browser?.close());

async function open() {
  const tab = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  const requests: string[] = [];
  tab.on('request', (request) => {
    if (!request.url().startsWith('file://')) requests.push(request.url());
  });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
  await tab.goto(`file://${file}`);
  return { tab, requests, errors };
}

describe(`the HTML report of many accounts (over ${MANY_ACCOUNTS})`, () => {
  it('opens on the unit map and the accounts by unit, without every finding in the page', async () => {
    const { tab, requests, errors } = await open();
    await expect(tab.locator('#units table.map tbody tr').count()).resolves.toBe(UNITS.length);
    await expect(tab.locator('#map').count()).resolves.toBe(0); // no accounts × checks heat map
    await expect(tab.locator('details.unit-accounts').count()).resolves.toBe(UNITS.length);
    await expect(tab.locator('details.unit-accounts tbody tr').count()).resolves.toBe(ACCOUNTS);
    await expect(tab.locator('details.group').count()).resolves.toBe(0);
    // A unit's cell opens that unit's accounts.
    await tab.locator('#units a[href="#ou-ou-prod"]').first().click();
    // The page opens it on hashchange, which the browser fires after the click returns.
    await expect.poll(() => tab.locator('#ou-ou-prod').evaluate((element) => (element as unknown as { open: boolean }).open), AFTER_HASHCHANGE).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(source.length).toBeLessThan(ACCOUNTS * 20_000); // every finding in the page would be ~90 KB an account
    // Nothing to fetch; the hostile name and message are escaped, in the list and in the data.
    expect(source).not.toMatch(/<link|<img|<iframe|@import|url\(|fetch\(|XMLHttpRequest/);
    expect(source.match(/<\/script>/g)).toHaveLength(2); // the data's own end, and the script's
    expect(source).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("opens an account's findings from the page's data: every result that is not a PASS, grouped by check, with its fix", async () => {
    const { tab, requests, errors } = await open();
    const id = '300000000001'; // the second sample: 222222222222's results, an administrator without MFA among them
    await tab.locator('#ou-ou-sand > summary').click(); // its unit (the second)
    await tab.locator(`a[href="#acct-${id}"]`).click();
    const view = tab.locator(`#account-view section#acct-${id}`);
    await expect(view.locator('h3').innerText()).resolves.toContain(`${id} — account 1`);
    const account = report.accounts[1];
    const listed = account?.results.filter((result) => result.status !== 'PASS') ?? [];
    await expect(view.locator('tr[data-status]').count()).resolves.toBe(listed.length);
    await expect(view.locator('details.group').count()).resolves.toBe(new Set(listed.map((result) => result.checkId)).size);
    const admin = view.locator(`#f-${id}-iam_admin-mfa`);
    await admin.locator('summary').click();
    await expect(admin.innerText()).resolves.toContain('Administrator carol-admin (inline:everything) has a console password and no MFA, and an active access key');
    await expect(admin.innerText()).resolves.toContain('Fix:');
    await expect(view.innerText()).resolves.toContain(`${(account?.results.length ?? 0) - listed.length} passing result(s), not listed`);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('"fix these first" opens the check\'s group in its first failing account; filters apply to what is shown', async () => {
    const { tab, errors } = await open();
    await tab.locator('#fix-first li a').first().click();
    await expect.poll(() => tab.locator('#account-view details.group[open]').count(), AFTER_HASHCHANGE).toBe(1);
    await tab.selectOption('select[data-filter="status"]', 'FAIL');
    const rows = await tab.locator('#account-view tr[data-status]:visible').evaluateAll((found) => found.map((row) => (row as unknown as { dataset: Record<string, string> }).dataset.status));
    expect(new Set(rows)).toEqual(new Set(['FAIL']));
    expect(errors).toEqual([]);
  });

  it('shows a hostile name and finding as text, running nothing', async () => {
    const { tab, errors } = await open();
    await tab.locator('#ou-ou-sand > summary').click();
    await tab.locator('a[href="#acct-300000000007"]').click();
    await expect(tab.locator('#account-view h3').innerText()).resolves.toContain(HOSTILE);
    await expect(tab.locator('#account-view').innerText()).resolves.toContain(HOSTILE);
    await expect(tab.title()).resolves.not.toBe('1');
    await expect(tab.locator('#account-view img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('speaks Japanese in a Japanese report, the data words included', () => {
    const page = [...manyAccountsHtml({ ...report, lang: 'ja' })].join('');
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain('<h2>組織単位ごとのアカウント</h2>');
    expect(page).toContain('上のアカウント(または「まず直すもの」のチェック)を開くと、検出内容を表示します。');
    expect(page).toContain('"passed":"件の合格した結果(一覧にはありません)"');
    expect(page).toContain('"fix":"対処"');
    expect(page).not.toContain('Accounts by organizational unit');
  });
});
