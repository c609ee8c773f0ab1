import { createHash } from 'node:crypto';
import { readableDate } from '../core/i18n.js';
import { type Lang, SEVERITIES, type Severity, severityRank, type Status, STATUSES } from '../core/model.js';
import type { CatalogEntry, JsonReport, JsonResult } from './schema.js';
import { BASELINE_WORDS, baselineMark, fixedLine, isKnown } from './baseline.js';
import { hasUnits, ouPath } from './accounts.js';
import { say } from '../core/messages.js';
import { FRAMEWORK_WORDS, frameworkHeadline } from './frameworks.js';

/**
 * One self-contained page: styles and script inline, no request of any kind (a Content-Security-Policy
 * forbids them), readable from file:// and on a phone. Every finding is in the HTML itself; the small
 * script only filters and opens what a heat-map cell points at, so the page reads without it too.
 */
export const WORDS = {
  en: {
    title: 'aws-baseline report',
    accounts: (count: number) => `${count} account${count === 1 ? '' : 's'}`,
    judged: 'judged as of',
    summary: 'Summary',
    map: 'Accounts × checks',
    fixFirst: 'Fix these first',
    fixFirstHint: 'The failing checks, most severe first, then those failing in the most accounts.',
    mapHint: 'Each cell shows the worst status of that check in that account; open it for the findings.',
    account: 'Account',
    findings: 'Findings',
    severity: 'Severity',
    status: 'Status',
    check: 'Check',
    all: 'all',
    fix: 'Fix',
    console: 'In the console',
    cli: 'AWS CLI',
    docs: 'AWS documentation',
    suppressed: 'suppressed',
    attested: 'attested by',
    region: 'Region',
    resource: 'Resource',
    message: 'Finding',
    gate: (failOn: string, code: number) => `--fail-on ${failOn} → exit ${code}`,
    incomplete: 'Incomplete: some checks could not be evaluated (ERROR).',
    nothing: 'Nothing matches these filters.',
    unitMap: 'Organizational units × checks',
    unitHint: 'Each cell shows the worst status of that check among the accounts of the unit, and how many of them fail it; a unit opens its accounts below.',
    failingIn: (failing: number, total: number) => `${failing} of ${total} account(s) fail`,
    noUnit: '(no OU)',
    trend: 'Trend',
    trendHint: (reports: number, from: string, to: string) => `Unsuppressed FAILs of each check that failed at some moment, over ${reports} reports from ${from} to ${to}; a gap: not judged then.`,
    now: 'Now',
    moreSeries: (count: number) => `… and ${count} more (see the JSON report's trend).`,
  },
  ja: {
    title: 'aws-baseline レポート',
    accounts: (count: number) => `${count} アカウント`,
    judged: '判定時点',
    summary: '概要',
    map: 'アカウント × チェック',
    fixFirst: 'まず直すもの',
    fixFirstHint: 'FAIL したチェックを、重大度の高い順、次に FAIL したアカウントの多い順に並べています。',
    mapHint: '各セルはそのアカウントでのチェックの最も悪い状態です。開くと検出内容を表示します。',
    account: 'アカウント',
    findings: '検出内容',
    severity: '重大度',
    status: '状態',
    check: 'チェック',
    all: 'すべて',
    fix: '対処',
    console: 'コンソールでの手順',
    cli: 'AWS CLI',
    docs: 'AWS ドキュメント',
    suppressed: '抑制済み',
    attested: '確認者',
    region: 'リージョン',
    resource: 'リソース',
    message: '検出内容',
    gate: (failOn: string, code: number) => `--fail-on ${failOn} → 終了コード ${code}`,
    incomplete: '不完全: 評価できなかったチェックがあります(ERROR)。',
    nothing: 'この条件に合うものはありません。',
    unitMap: '組織単位 × チェック',
    unitHint: '各セルはその組織単位のアカウントでのチェックの最も悪い状態と、FAIL したアカウントの数です。組織単位を選ぶと下のアカウントを表示します。',
    failingIn: (failing: number, total: number) => `${total} アカウント中 ${failing} アカウントが FAIL`,
    noUnit: '(OU なし)',
    trend: '推移',
    trendHint: (reports: number, from: string, to: string) => `いずれかの時点で FAIL したチェックの、抑制されていない FAIL の数(${from} から ${to} までの ${reports} 件のレポート)。途切れている箇所はその時点で判定されていません。`,
    now: '現在',
    moreSeries: (count: number) => `…ほか ${count} 件(JSON レポートの trend を参照)。`,
  },
} as const;

export type Words = (typeof WORDS)[Lang];

/** Status by symbol as well as by colour (Okabe–Ito hues, readable with colour-blindness). */
const SYMBOL: Record<Status, string> = { PASS: '✓', FAIL: '✗', ERROR: '!', MANUAL: '?', SKIPPED: '–' };
/** A FAIL cell's severity, in one letter (its label and tooltip spell it out). */
const SEVERITY_MARK: Record<Severity, string> = { critical: 'C', high: 'H', medium: 'M', low: 'L', info: 'I' };
/** Which status a cell shows when a check has several results: the one that needs attention first. */
const WORST: Status[] = ['FAIL', 'ERROR', 'MANUAL', 'PASS', 'SKIPPED'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const html = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
const anchor = (account: string, check: string) => `f-${account}-${check.replace(/[^\w-]/g, '_')}`;

/** A suppressed FAIL no longer asks for attention: it is shown, but counts as skipped in the map. */
export const effective = (result: JsonResult): Status => (result.suppressed && result.status === 'FAIL' ? 'SKIPPED' : result.status);

function worst(results: readonly JsonResult[]): Status | undefined {
  return WORST.find((status) => results.some((result) => effective(result) === status));
}

function badge(status: Status, label: string = status): string {
  return `<span class="st st-${status}"><span aria-hidden="true">${SYMBOL[status]}</span> ${html(label)}</span>`;
}

type ReportAccount = JsonReport['accounts'][number];

/** An account as the maps show it: each check's worst status there (in catalog order; undefined where the check has no result). */
export interface AccountCells {
  id: string;
  name?: string;
  ou?: ReportAccount['ou'];
  cells: (Status | undefined)[];
}

/** What makes an account's cells (for this catalog): its results read once. */
export function cellsOf(catalog: readonly CatalogEntry[]): (account: Pick<ReportAccount, 'id' | 'name' | 'ou' | 'results'>) => AccountCells {
  const index = new Map(catalog.map((entry, at) => [entry.id, at]));
  return (account) => {
    const ranks: number[] = catalog.map(() => WORST.length);
    for (const result of account.results) {
      const at = index.get(result.checkId);
      if (at !== undefined) ranks[at] = Math.min(ranks[at] ?? WORST.length, WORST.indexOf(effective(result)));
    }
    return { id: account.id, ...(account.name === undefined ? {} : { name: account.name }), ...(account.ou ? { ou: account.ou } : {}), cells: ranks.map((rank) => WORST[rank]) };
  };
}

/** The accounts by the unit that holds them, units in the order of their paths (accounts without one last). */
export function byUnit<T extends Pick<ReportAccount, 'ou'>>(accounts: readonly T[]): { id: string; path: string; accounts: T[] }[] {
  const units = new Map<string, { id: string; path: string; accounts: T[] }>();
  for (const account of accounts) {
    const id = account.ou?.id ?? '';
    const unit = units.get(id) ?? { id, path: ouPath(account), accounts: [] };
    unit.accounts.push(account);
    units.set(id, unit);
  }
  return [...units.values()].sort((a, b) => (a.id === '' ? 1 : b.id === '' ? -1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const checkHeads = (report: JsonReport) => report.catalog.map((entry) => `<th scope="col" data-check="${html(entry.id)}" title="${html(entry.title)}"><span>${html(entry.id)}</span></th>`).join('');

/** An organization: one row per unit, each cell the worst status of the check among its accounts and how many fail it. */
export function unitMap(report: JsonReport, accounts: readonly AccountCells[], w: Words): string {
  const rows = byUnit(accounts).map((unit) => {
    const cells = report.catalog.map((entry, at) => {
      const status = WORST.find((candidate) => unit.accounts.some((account) => account.cells[at] === candidate));
      if (!status) return `<td data-check="${html(entry.id)}"></td>`;
      const failing = unit.accounts.filter((account) => account.cells[at] === 'FAIL').length;
      const label = `${unit.path || w.noUnit} ${entry.id}: ${status}${status === 'FAIL' ? ` (${entry.severity}) — ${w.failingIn(failing, unit.accounts.length)}` : ''}`;
      return `<td data-check="${html(entry.id)}" class="cell st-${status}"><a href="#${unitAnchor(unit.id)}" aria-label="${html(label)}" title="${html(label)}">${SYMBOL[status]}${status === 'FAIL' ? `<small>${failing}</small>` : ''}</a></td>`;
    });
    return `<tr><th scope="row"><a href="#${unitAnchor(unit.id)}">${html(unit.path || w.noUnit)}</a><br><small>${w.accounts(unit.accounts.length)}</small></th>${cells.join('')}</tr>`;
  });
  return `<section id="units"><h2>${w.unitMap}</h2><p class="hint">${w.unitHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">OU</th>${checkHeads(report)}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

export const unitAnchor = (id: string) => `ou-${id || 'none'}`;

function heatMap(report: JsonReport, accounts: readonly AccountCells[], w: Words): string {
  const head = checkHeads(report);
  const accountRow = (account: AccountCells) => {
    const cells = report.catalog.map((entry, at) => {
      const status = account.cells[at];
      if (!status) return `<td data-check="${html(entry.id)}"></td>`;
      // A FAIL says how severe it is, in the cell and its label: an info FAIL is not a critical one.
      const failing = status === 'FAIL';
      const label = `${account.id} ${entry.id}: ${status}${failing ? ` (${entry.severity})` : ''}`;
      const severity = failing ? `<small class="sev-${entry.severity}">${SEVERITY_MARK[entry.severity]}</small>` : '';
      return `<td data-check="${html(entry.id)}" class="cell st-${status}"><a href="#${anchor(account.id, entry.id)}" aria-label="${html(label)}" title="${html(label)}">${SYMBOL[status]}${severity}</a></td>`;
    });
    return `<tr><th scope="row"><a href="#acct-${account.id}">${account.id}</a>${account.name ? `<br><small>${html(account.name)}</small>` : ''}</th>${cells.join('')}</tr>`;
  };
  // An organization's accounts under their unit's name, where the unit map above points.
  const rows = hasUnits(report)
    ? byUnit(accounts).flatMap((unit) => [`<tr class="unit" id="${unitAnchor(unit.id)}"><th scope="rowgroup" colspan="${report.catalog.length + 1}">${html(unit.path || w.noUnit)}</th></tr>`, ...unit.accounts.map(accountRow)])
    : accounts.map(accountRow);
  return `<section id="map"><h2>${w.map}</h2><p class="hint">${w.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${w.account}</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function resultRow(result: JsonResult, w: Words, lang: Lang): string {
  const against = baselineMark(result, lang);
  const notes = [
    against ? `<div class="note${isKnown(result) ? '' : ' new'}">${html(against)}</div>` : '',
    result.suppressed ? `<div class="note">${w.suppressed}: ${html(result.suppressed.reason)}</div>` : '',
    result.attestation ? `<div class="note">${w.attested} ${html(result.attestation.by)} (${html(result.attestation.date)})</div>` : '',
    result.status !== 'PASS' && result.status !== 'SKIPPED' ? `<div class="fix"><b>${w.fix}:</b> ${html(result.remediation)}</div>` : '',
  ].join('');
  return `<tr data-status="${effective(result)}"><td>${badge(result.status)}</td><td>${html(result.region)}</td><td class="res">${html(result.resource)}</td><td>${html(result.message)}${notes}</td></tr>`;
}

function checkGroup(accountId: string, entry: CatalogEntry, results: JsonResult[], w: Words, lang: Lang, compact: boolean): string {
  const status = worst(results) ?? 'SKIPPED';
  const statuses = [...new Set(results.map(effective))].join(' ');
  const needsFix = status === 'FAIL' || status === 'ERROR' || status === 'MANUAL';
  const steps = needsFix && entry.console.length ? `<h4>${w.console}</h4><ol>${entry.console.map((step) => `<li>${html(step)}</li>`).join('')}</ol>` : '';
  const cli = needsFix && entry.cli.length ? `<h4>${w.cli}</h4><pre>${entry.cli.map(html).join('\n')}</pre>` : '';
  const refs = [...entry.references.readable.map((text) => html(text)), `<a href="${html(entry.references.docs)}" rel="noreferrer">${w.docs}</a>`].join(' · ');
  return `<details class="group" id="${anchor(accountId, entry.id)}" data-check="${html(entry.id)}" data-severity="${entry.severity}" data-statuses="${statuses}"${!compact && (status === 'FAIL' || status === 'ERROR') ? ' open' : ''}>
<summary>${badge(status)} <span class="sev sev-${entry.severity}">${entry.severity}</span> <b>${html(entry.title)}</b> <code>${html(entry.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${w.status}</th><th>${w.region}</th><th>${w.resource}</th><th>${w.message}</th></tr></thead><tbody>${results.map((result) => resultRow(result, w, lang)).join('')}</tbody></table></div>
${steps}${cli}<p class="refs">${refs}</p>
</details>`;
}

function filters(report: JsonReport, w: Words): string {
  const select = (name: string, label: string, values: readonly string[]) =>
    `<label>${label} <select data-filter="${name}"><option value="">${w.all}</option>${values.map((value) => `<option value="${html(value)}">${html(value)}</option>`).join('')}</select></label>`;
  return `<form class="filters">${select('severity', w.severity, SEVERITIES)}${select('status', w.status, STATUSES)}${select('check', w.check, report.catalog.map((entry) => entry.id))}</form>`;
}

const STYLE = `
:root{--PASS:#009E73;--FAIL:#D55E00;--ERROR:#CC79A7;--MANUAL:#0072B2;--SKIPPED:#777;font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP",sans-serif;color:#1b1b1b;background:#fff}
body{margin:0 auto;max-width:1200px;padding:12px;line-height:1.45}
h1{font-size:1.4rem;margin:.2em 0}h2{font-size:1.15rem;margin:1.2em 0 .4em}h3{font-size:1.05rem;margin:1em 0 .3em}h4{font-size:.95rem;margin:.8em 0 .2em}
.meta,.hint,.refs{color:#555;font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid #ccc;border-radius:6px;padding:6px 10px;min-width:90px}.card b{display:block;font-size:1.3rem}
.st{font-weight:600;white-space:nowrap}.st-PASS{color:var(--PASS)}.st-FAIL{color:var(--FAIL)}.st-ERROR{color:var(--ERROR)}.st-MANUAL{color:var(--MANUAL)}.st-SKIPPED{color:var(--SKIPPED)}
.sev{font-size:.8rem;border:1px solid #999;border-radius:4px;padding:0 4px}.sev-critical,.sev-high{border-color:#1b1b1b;font-weight:600}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.map th[data-check]{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;font-size:.8rem}
.map td{text-align:center;min-width:28px;font-size:1.1rem;padding:0}.map td a{display:block;padding:4px;text-decoration:none;color:#fff;font-weight:700}
.cell.st-PASS{background:var(--PASS)}.cell.st-FAIL{background:var(--FAIL)}.cell.st-ERROR{background:var(--ERROR)}.cell.st-MANUAL{background:var(--MANUAL)}.cell.st-SKIPPED{background:#bbb}
.results{width:100%}.res{word-break:break-all;font-family:ui-monospace,monospace;font-size:.8rem}
details.group{border:1px solid #ddd;border-radius:6px;margin:6px 0;padding:4px 8px}details.group>summary{cursor:pointer}details.group:target{outline:3px solid var(--MANUAL)}
pre{background:#f4f4f4;padding:8px;overflow-x:auto;font-size:.8rem}.fix{margin-top:4px}.note{color:#555;font-size:.85rem}.note.new{color:var(--FAIL);font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.filters select{font-size:1rem}
[hidden]{display:none!important}
th{white-space:nowrap}:lang(ja) td,:lang(ja) li{word-break:auto-phrase}
.cell small{font-size:.65em;vertical-align:super;margin-left:1px}
tr.unit th{text-align:left;background:#f4f4f4;writing-mode:horizontal-tb;transform:none}tr.unit:target th{outline:3px solid var(--MANUAL)}
.spark polyline{fill:none;stroke:var(--FAIL);stroke-width:2}.spark circle{fill:var(--FAIL)}
@media (max-width:600px){body{padding:6px}td,th{padding:3px 4px}}
`;

/** The filters: they show and hide the findings' groups in the page (those it holds, or those a script put there). */
export const FILTERS_SCRIPT = `
  var selects=document.querySelectorAll('select[data-filter]');
  function value(name){var s=document.querySelector('select[data-filter="'+name+'"]');return s?s.value:'';}
  function apply(){
    var severity=value('severity'),status=value('status'),check=value('check');
    document.querySelectorAll('details.group').forEach(function(group){
      var show=(!severity||group.dataset.severity===severity)&&(!check||group.dataset.check===check)&&(!status||group.dataset.statuses.split(' ').indexOf(status)>=0);
      group.hidden=!show;
      group.querySelectorAll('tr[data-status]').forEach(function(row){row.hidden=!!status&&row.dataset.status!==status;});
      if(show&&status)group.open=true;
    });
    document.querySelectorAll('section.account').forEach(function(section){
      section.hidden=!section.querySelector('details.group:not([hidden])');
    });
    document.querySelectorAll('[data-check]').forEach(function(cell){if(cell.tagName!=='DETAILS')cell.hidden=!!check&&cell.dataset.check!==check;});
    var empty=document.getElementById('empty');if(empty)empty.hidden=!!document.querySelector('details.group:not([hidden])');
  }
  selects.forEach(function(s){s.addEventListener('change',apply);});
`;

/** Filters show and hide what is already in the page; a heat-map cell opens the group it points at. */
const SCRIPT = `
(function(){${FILTERS_SCRIPT}  function openTarget(){var id=decodeURIComponent(location.hash.slice(1));var el=id&&document.getElementById(id);if(el&&el.tagName==='DETAILS'){el.hidden=false;el.open=true;var section=el.closest('section');if(section)section.hidden=false;el.scrollIntoView();}}
  window.addEventListener('hashchange',openTarget);openTarget();
})();
`;

/** The failing checks to start with: most severe first, then those failing in the most accounts; each opens its first account's findings. */
export function fixFirst(report: JsonReport, accounts: readonly AccountCells[], w: Words): string {
  const items = report.catalog
    .map((entry, order) => ({ entry, order, accounts: accounts.filter((account) => account.cells[order] === 'FAIL').map((account) => account.id) }))
    .filter((item) => item.accounts.length > 0)
    .sort((a, b) => severityRank(b.entry.severity) - severityRank(a.entry.severity) || b.accounts.length - a.accounts.length || a.order - b.order)
    .slice(0, FIX_FIRST);
  if (items.length === 0) return '';
  const rows = items.map(({ entry, accounts: failing }) => `<li><span class="sev sev-${entry.severity}">${entry.severity}</span> <a href="#${anchor(failing[0] ?? '', entry.id)}">${html(entry.title)}</a> <code>${html(entry.id)}</code> — ${w.accounts(failing.length)}</li>`);
  return `<section id="fix-first"><h2>${w.fixFirst}</h2><p class="hint">${w.fixFirstHint}</p><ol>${rows.join('')}</ol></section>
`;
}

/** Failing checks by severity, one per check and account (see report/accounts.ts), from the accounts' cells. */
function failingBySeverity(report: JsonReport, accounts: readonly AccountCells[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const account of accounts) report.catalog.forEach((entry, at) => (counts[entry.severity] += account.cells[at] === 'FAIL' ? 1 : 0));
  return counts;
}

const FIX_FIRST = 10;

/** The page's one script, allowed by its hash alone: no other inline script (a name from the account, say) could run. */
const scriptHash = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/** --baseline: what is new, fixed and known; the fixed entries listed. */
function baselineSummary(report: JsonReport): string {
  if (!report.baseline) return '';
  const words = BASELINE_WORDS[report.lang];
  const fixed = report.baseline.fixed.map((entry) => `<li>${html(fixedLine(entry, report.lang))}</li>`).join('');
  return `<p id="baseline">${html(words.headline(report.baseline))}</p>${fixed ? `<details><summary>${words.fixedTitle}</summary><ul>${fixed}</ul></details>` : ''}`;
}

const TREND_ROWS = 300;

/** A line of counts over time, as inline SVG (no script, no request): a gap where the check was not judged. */
function sparkline(fails: readonly (number | null)[], at: readonly string[], lang: Lang): string {
  const width = 120;
  const height = 24;
  const top = Math.max(1, ...fails.map((count) => count ?? 0));
  const x = (index: number) => (fails.length === 1 ? width / 2 : (index * (width - 4)) / (fails.length - 1) + 2);
  const y = (count: number) => height - 2 - (count * (height - 4)) / top;
  const segments: string[][] = [[]];
  fails.forEach((count, index) => {
    if (count === null) segments.push([]);
    else segments.at(-1)?.push(`${x(index).toFixed(1)},${y(count).toFixed(1)}`);
  });
  const lines = segments.filter((points) => points.length > 0).map((points) => (points.length === 1 ? `<circle cx="${points[0]?.split(',')[0]}" cy="${points[0]?.split(',')[1]}" r="2"/>` : `<polyline points="${points.join(' ')}"/>`));
  const label = fails.map((count, index) => `${readableDate(at[index] ?? '', lang)}: ${count ?? '–'}`).join('\n');
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${html(label)}"><title>${html(label)}</title>${lines.join('')}</svg>`;
}

/** --history: each failing check of each account over the earlier reports and this one. */
function trendSection(report: JsonReport, w: Words): string {
  const trend = report.trend;
  if (!trend || trend.series.length === 0) return '';
  const order = new Map(report.catalog.map((entry, index) => [entry.id, index]));
  const series = [...trend.series].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0)));
  const rows = series.slice(0, TREND_ROWS).map((line) => `<tr><td>${html(line.account)}</td><td><code>${html(line.check)}</code></td><td>${sparkline(line.fails, trend.at, report.lang)}</td><td>${line.fails.at(-1) ?? '–'}</td></tr>`);
  const hint = w.trendHint(trend.at.length, readableDate(trend.at[0] ?? '', report.lang), readableDate(trend.at.at(-1) ?? '', report.lang));
  const more = series.length > TREND_ROWS ? `<p class="hint">${html(w.moreSeries(series.length - TREND_ROWS))}</p>` : '';
  return `<section id="trend"><h2>${w.trend}</h2><p class="hint">${html(hint)}</p><div class="scroll"><table class="trend"><thead><tr><th>${w.account}</th><th>${w.check}</th><th>${w.trend}</th><th>${w.now}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${more}</section>
`;
}

/** Each framework asked for (--framework): its share of controls passing, and every control with what decides it and why. */
function frameworkSections(report: JsonReport): string {
  const words = FRAMEWORK_WORDS[report.lang];
  return (report.frameworks ?? [])
    .map((table) => {
      const rows = table.controls.map(
        (control) =>
          `<tr data-status="${control.status}"><td><b>${html(control.id)}</b> ${html(control.title)}</td><td>${badge(control.status)}</td><td>${control.checks.length ? control.checks.map((id) => `<code>${html(id)}</code>`).join(', ') : html(words.manual)}</td><td>${html(control.reason)}</td></tr>`,
      );
      return `<section class="framework" id="fw-${html(table.id)}"><h2>${html(frameworkHeadline(table, report.lang))}</h2><p class="hint">${html(table.url)}</p><div class="scroll"><table class="controls"><thead><tr><th>${words.control}</th><th>${words.status}</th><th>${words.decidedBy}</th><th>${words.why}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
    })
    .join('\n');
}

/** The page around its findings: head, summary, and what comes before the findings; then what closes it. */
export function pageFrame(report: JsonReport, accounts: readonly AccountCells[], before: string, script: string): { start: string; end: string } {
  const w = WORDS[report.lang];
  const counts = STATUSES.map((status) => `<div class="card">${badge(status)}<b>${report.summary.byStatus[status]}</b></div>`).join('');
  const failing = failingBySeverity(report, accounts);
  const severities = SEVERITIES.map((severity) => `<div class="card"><span class="sev sev-${severity}">${severity}</span><b>${failing[severity]}</b></div>`).join('');
  const organization = report.organization ? ` · ${html(report.organization.id)}` : '';
  const start = `<!DOCTYPE html>
<html lang="${report.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash(script)}'; img-src data:">
<title>${w.title} — ${accounts.length === 1 ? html(accounts[0]?.id ?? '') : w.accounts(accounts.length)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${w.title}</h1>
<p class="meta">aws-baseline ${html(report.tool.version)} · ${w.accounts(accounts.length)}${organization} · ${w.judged} ${html(readableDate(report.source.judgedAt, report.lang))}</p></header>
<section id="summary"><h2>${w.summary}</h2><div class="cards">${counts}</div><div class="cards" style="margin-top:8px">${severities}</div>
<p>${html(w.gate(report.failOn, report.exitCode))}${(report.summary.byStatus.ERROR ?? 0) > 0 ? ` · ${w.incomplete}` : ''}</p>${report.notListed ? `<p class="st st-ERROR">${html(say(report.lang).notListed(report.notListed.after, report.notListed.message))}</p>` : ''}${baselineSummary(report)}</section>
${fixFirst(report, accounts, w)}${trendSection(report, w)}${hasUnits(report) ? unitMap(report, accounts, w) : ''}${before}${frameworkSections(report)}
<section id="findings"><h2>${w.findings}</h2>${filters(report, w)}<p id="empty" hidden>${w.nothing}</p>
`;
  const end = `
</section>
<script>${script}</script>
</body>
</html>
`;
  return { start, end };
}

/** Every finding in the page itself: a report of a few accounts (one of many accounts is html-many.ts's). */
export function renderHtml(report: JsonReport): string {
  const w = WORDS[report.lang];
  // Each account's results read once (a merged report reads them from its shards on each access).
  const held = report.accounts.map((account) => ({ ...account }));
  const cells = held.map(cellsOf(report.catalog));
  const sections = held.map((account) => {
    const groups = report.catalog
      .map((entry) => ({ entry, results: account.results.filter((result) => result.checkId === entry.id) }))
      .filter((group) => group.results.length > 0)
      // Many accounts: every group starts closed (the map and the list above open what is asked for); one account: what fails or could not be read is open.
      .map((group) => checkGroup(account.id, group.entry, group.results, w, report.lang, held.length > 1));
    const title = `${w.account} ${account.id}${account.name ? ` — ${html(account.name)}` : ''} (${account.partition})`;
    return `<section class="account" id="acct-${account.id}"><h3>${title}</h3>${groups.join('\n')}</section>`;
  });
  const { start, end } = pageFrame(report, cells, held.length > 1 ? heatMap(report, cells, w) : '', SCRIPT);
  return `${start}${sections.join('\n')}${end}`;
}
