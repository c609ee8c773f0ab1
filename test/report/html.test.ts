import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AFTER_HASHCHANGE, launchChromium } from '../chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-html-'));
let browser: Browser;
/** What the page's elements carry (the test is typed without the DOM library). */
type Tagged = { dataset: Record<string, string | undefined> };

async function page(snapshot: string, lang: 'en' | 'ja', ...args: string[]) {
  const file = join(dir, `${snapshot}.${lang}${args.join('')}.html`);
  const run = await runCli(['audit', '--snapshot', `fixtures/accounts/${snapshot}.json`, '--lang', lang, '--format', `html=${file}`, ...args]);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^aws-baseline: .*\.html/)]); // the summary line alone
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } }); // a phone
  const tab = await context.newPage();
  const requests: string[] = [];
  tab.on('request', (request) => {
    if (!request.url().startsWith('file://')) requests.push(request.url());
  });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  // What the page's own Content-Security-Policy blocks is said on the console.
  tab.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
  await tab.goto(`file://${file}`);
  return { tab, requests, errors };
}

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => browser?.close());

describe('the HTML report in headless Chromium', () => {
  it('shows the heat map of accounts × checks; a cell opens that account\'s findings; no network request', async () => {
    const { tab, requests, errors } = await page('several', 'en');
    await expect(tab.locator('table.map tbody tr').count()).resolves.toBe(5);
    // A FAIL cell says how severe it is; five accounts' findings start closed (a compact page), the cell opens its group.
    const cell = tab.locator('a[aria-label="222222222222 iam.admin-mfa: FAIL (critical)"]');
    await expect(cell.textContent()).resolves.toBe('✗C');
    await expect(tab.locator('a[aria-label="111111111111 organizations.member: FAIL (info)"]').textContent()).resolves.toBe('✗I');
    const group = tab.locator('#f-222222222222-iam_admin-mfa');
    await expect(group.evaluate((element) => (element as unknown as { open: boolean }).open)).resolves.toBe(false);
    await expect(tab.locator('details.group[open]').count()).resolves.toBe(0);
    await cell.click();
    // The page opens it on hashchange, which the browser fires after the click returns.
    await expect.poll(() => group.evaluate((element) => (element as unknown as { open: boolean }).open), AFTER_HASHCHANGE).toBe(true);
    await expect(group.isVisible()).resolves.toBe(true);
    await expect(group.innerText()).resolves.toContain('Administrator carol-admin (inline:everything) has a console password and no MFA, and an active access key');
    await expect(group.innerText()).resolves.toContain('Fix:');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // Nothing to fetch even where the page's own Content-Security-Policy would stop it before Chromium records a request.
    const source = readFileSync(join(dir, 'several.en.html'), 'utf8');
    expect(source).not.toMatch(/<link|<img|<iframe|@import|url\(|src=|fetch\(|XMLHttpRequest/);
    expect(source).toContain(`content="default-src 'none';`);
    // The script runs by its hash (the click above opened the group through it); no other inline script could.
    expect(source).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(source).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('a "fix these first" list: most severe first, then most accounts; each opens its first account\'s findings', async () => {
    const { tab, errors } = await page('several', 'en');
    const items = await tab.locator('#fix-first li').allInnerTexts();
    expect(items.length).toBeGreaterThan(3);
    const severities = items.map((item) => item.split(' ')[0] ?? '');
    const rank = ['info', 'low', 'medium', 'high', 'critical'];
    expect([...severities].sort((a, b) => rank.indexOf(b) - rank.indexOf(a))).toEqual(severities);
    expect(items[0]).toMatch(/^critical .* — \d+ accounts?$/);
    await tab.locator('#fix-first li a').first().click();
    await expect.poll(() => tab.locator('details.group[open]').count(), AFTER_HASHCHANGE).toBe(1);
    expect(errors).toEqual([]);
  });

  it('one account: what fails or could not be read is open', async () => {
    const { tab } = await page('denied', 'en');
    const open = await tab.locator('details.group[open]').evaluateAll((groups) => groups.map((group) => (group as unknown as Tagged).dataset.statuses));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((statuses) => statuses?.split(' ').includes('ERROR'))).toBe(true);
  });

  it('shows each framework asked for: every control, its status, what decides it and why', async () => {
    const { tab, requests, errors } = await page('several', 'ja', '--framework', 'ssb');
    const rows = tab.locator('section#fw-ssb table.controls tbody tr');
    await expect(rows.count()).resolves.toBe(12);
    await expect(tab.locator('section#fw-ssb h2').innerText()).resolves.toMatch(/AWS Startup Security Baseline.*12 件中 \d+ 件のコントロールが合格/);
    const contacts = tab.locator('section#fw-ssb tr', { hasText: 'ACCT.01' });
    await expect(contacts.getAttribute('data-status')).resolves.toBe('FAIL');
    await expect(contacts.innerText()).resolves.toContain('account.alternate-contacts');
    await expect(tab.locator('section#fw-ssb tr', { hasText: 'ACCT.09' }).innerText()).resolves.toContain('チェックなし');
    await expect(tab.locator('section#fw-ssb').isVisible()).resolves.toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters by severity, status and check', async () => {
    const { tab } = await page('several', 'en');
    const visibleGroups = () => tab.locator('details.group:visible');
    const all = await visibleGroups().count();
    await tab.selectOption('select[data-filter="severity"]', 'critical');
    const critical = await visibleGroups().evaluateAll((groups) => groups.map((group) => (group as unknown as Tagged).dataset.severity));
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThan(all);
    expect(new Set(critical)).toEqual(new Set(['critical']));
    await tab.selectOption('select[data-filter="severity"]', '');
    await tab.selectOption('select[data-filter="status"]', 'ERROR');
    const rows = await tab.locator('tr[data-status]:visible').evaluateAll((found) => found.map((row) => (row as unknown as Tagged).dataset.status));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set(['ERROR']));
    await tab.selectOption('select[data-filter="status"]', '');
    await tab.selectOption('select[data-filter="check"]', 'guardduty.enabled');
    const checks = await visibleGroups().evaluateAll((groups) => groups.map((group) => (group as unknown as Tagged).dataset.check));
    expect(new Set(checks)).toEqual(new Set(['guardduty.enabled']));
    expect(checks).toHaveLength(5);
  });

  it('in Japanese, and for one account the same page without the map', async () => {
    const { tab, requests } = await page('insecure', 'ja');
    await expect(tab.locator('html').getAttribute('lang')).resolves.toBe('ja');
    const text = await tab.locator('body').innerText();
    expect(text).toContain('aws-baseline レポート');
    expect(text).toContain('ルートユーザーに有効なアクセスキー 1 があります。');
    expect(text).toContain('対処');
    await expect(tab.locator('#map').count()).resolves.toBe(0);
    expect(requests).toEqual([]);
  });
});

/** `npx vitest run test/report/html.test.ts` with README_SCREENSHOT=1 refreshes the README's picture. */
if (process.env.README_SCREENSHOT) {
  it('README screenshot', async () => {
    const { tab } = await page('several', 'en');
    await tab.setViewportSize({ width: 1100, height: 900 });
    writeFileSync('docs/html-report.png', await tab.screenshot());
  });
}
