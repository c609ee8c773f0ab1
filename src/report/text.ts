import { styleText } from 'node:util';
import { readableDate } from '../core/i18n.js';
import { type Lang, SEVERITIES, type Severity, type Status } from '../core/model.js';
import { ACCOUNT_COLUMNS, accountRows, failingChecksBySeverity, hasUnits } from './accounts.js';
import { printable } from './neutral.js';
import type { CatalogEntry, FrameworkTable, JsonReport, JsonResult } from './schema.js';
import { FRAMEWORK_WORDS, frameworkHeadline } from './frameworks.js';
import { alike } from './alike.js';
import { say } from '../core/messages.js';
import { BASELINE_WORDS, baselineMark, fixedLine, isKnown } from './baseline.js';

export interface TextOptions {
  color: boolean;
  quiet: boolean;
}

type Style = Parameters<typeof styleText>[0];
type Painter = (style: Style, text: string) => string;

const STATUS_STYLE: Record<Status, Style> = { PASS: 'green', FAIL: 'red', ERROR: 'magenta', SKIPPED: 'gray', MANUAL: 'yellow' };
const SEVERITY_STYLE: Record<Severity, Style> = { critical: ['bold', 'red'], high: 'red', medium: 'yellow', low: 'cyan', info: 'gray' };
/** A check's line shows its worst result. */
const STATUS_WEIGHT: Record<Status, number> = { FAIL: 5, ERROR: 4, MANUAL: 3, PASS: 2, SKIPPED: 1 };

const WORDS = {
  en: {
    account: 'Account',
    /** Where an account-wide finding is, on its line. */
    wholeAccount: 'account',
    regions: (audited: number, skipped: number) => `${audited} regions${skipped ? ` (+${skipped} not enabled, skipped)` : ''}`,
    source: { live: 'live', snapshot: 'snapshot' },
    judged: (at: string, clock: 'snapshot' | 'fixed') => `judged as of ${readableDate(at, 'en')} (${clock === 'snapshot' ? 'when the snapshot was taken' : 'AWS_BASELINE_NOW'})`,
    summary: 'Summary',
    failures: 'Failing checks by severity',
    suppressed: 'suppressed',
    gate: 'Gate',
    exit: 'exit',
    incomplete: 'The audit is incomplete: some checks could not read what they need (ERROR). Grant what "aws-baseline policy" prints, or pass --allow-incomplete.',
    paid: (count: number, usd: number) => `Paid API calls: ${count} Cost Explorer call(s), $${usd.toFixed(2)}.`,
    paidSkipped: 'Paid API calls: none (--no-paid-calls skipped Cost Explorer).',
    paidNone: 'Paid API calls: none.',
    paidReplay: 'Paid API calls: none (replayed from a snapshot).',
    expired: 'expired suppression (no longer applied)',
    unused: 'suppression matched nothing (stale: consider removing it)',
    fix: 'Fix',
    more: (count: number) => `… and ${count} more`,
  },
  ja: {
    account: 'アカウント',
    wholeAccount: 'アカウント全体',
    regions: (audited: number, skipped: number) => `${audited} リージョン${skipped ? `(有効でない ${skipped} リージョンはスキップ)` : ''}`,
    source: { live: 'ライブ', snapshot: 'スナップショット' },
    judged: (at: string, clock: 'snapshot' | 'fixed') => `${readableDate(at, 'ja')} 時点で判定(${clock === 'snapshot' ? 'スナップショットの取得時刻' : 'AWS_BASELINE_NOW'})`,
    summary: '集計',
    failures: '重大度別の FAIL したチェック',
    suppressed: '抑制',
    gate: '判定',
    exit: '終了コード',
    incomplete: '監査は不完全です: 必要な情報を読めなかったチェックがあります(ERROR)。「aws-baseline policy」が出力する権限を付与するか、--allow-incomplete を指定してください。',
    paid: (count: number, usd: number) => `課金される API 呼び出し: Cost Explorer ${count} 回、$${usd.toFixed(2)}。`,
    paidSkipped: '課金される API 呼び出し: なし(--no-paid-calls により Cost Explorer をスキップ)。',
    paidNone: '課金される API 呼び出し: なし。',
    paidReplay: '課金される API 呼び出し: なし(スナップショットの再生)。',
    expired: '期限切れの抑制(適用されていません)',
    unused: 'どの結果にも一致しなかった抑制(削除を検討してください)',
    fix: '対処',
    more: (count: number) => `…ほか ${count} 件`,
  },
} as const;

const MAX_LINES_PER_CHECK = 25;


function where(result: JsonResult, lang: Lang): string {
  if (result.resource === 'region') return result.region;
  if (result.resource === 'account') return WORDS[lang].wholeAccount;
  return printable(result.region === 'global' ? result.resource : `${result.region} ${result.resource}`);
}

/** The text report: grouped in the seed's order, failing resources with their fix, then counts. */
export function renderText(report: JsonReport, options: TextOptions): string {
  const lang: Lang = report.lang;
  const w = WORDS[lang];
  const paint: Painter = (style, text) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const out: string[] = [];
  if (report.accounts.length > 1) out.push(...accountTable(report), '');
  const idWidth = Math.max(...report.catalog.map((check) => check.id.length));
  for (const account of report.accounts) {
    // A live audit says when it read the account (a CI log is read later); a replay says it below when its clock is not the wall's.
    const source = report.source.kind === 'snapshot' ? `${w.source.snapshot} ${report.source.snapshot ?? ''}` : `${w.source.live} ${readableDate(report.source.judgedAt, lang)}`;
    const skipped = new Set(account.results.filter((result) => result.messageKey === 'engine.region-disabled').map((result) => result.region)).size;
    const regions = w.regions(account.regions.length - skipped, skipped);
    out.push(paint('bold', `aws-baseline ${report.tool.version} — ${w.account} ${account.id}${account.name ? ` ${printable(account.name)}` : ''} (${account.partition}) — ${regions} — ${source.trim()}`));
    if (report.source.clock !== 'wall') out.push(paint('gray', w.judged(report.source.judgedAt, report.source.clock)));
    for (const [title, checks] of bySection(report.catalog)) {
      const blocks: string[] = [];
      for (const check of checks) {
        const results = account.results.filter((result) => result.checkId === check.id);
        if (results.length === 0) continue;
        const worst = results.reduce((a, b) => (STATUS_WEIGHT[b.status] > STATUS_WEIGHT[a.status] ? b : a)).status;
        const shown = results.filter((result) => result.status !== 'PASS' && result.status !== 'SKIPPED');
        if (options.quiet && shown.every((result) => result.status === 'MANUAL' || result.suppressed || isKnown(result))) continue;
        const counts = results.length > 1 ? ` (${countStatuses(results)})` : '';
        blocks.push(
          `  ${paint(STATUS_STYLE[worst], worst.padEnd(7))} ${paint(SEVERITY_STYLE[check.severity], check.severity.padEnd(8))} ${check.id.padEnd(idWidth)} ${check.title}${counts}`,
        );
        const single = results.length === 1 ? results[0] : undefined;
        if (single && (single.status === 'PASS' || single.status === 'SKIPPED') && !options.quiet) {
          blocks.push(paint('gray', `          ${printable(single.message)}`));
        }
        // What reads alike in several places (the regions without a recorder): one line naming them all.
        const lines = alike(shown.map((result) => ({ result })), ({ result }) => where(result, lang));
        for (const { result, places } of lines.slice(0, MAX_LINES_PER_CHECK)) {
          const against = baselineMark(result, lang);
          const mark = result.suppressed ? paint('gray', ` [${w.suppressed}: ${printable(result.suppressed.reason)}]`) : against ? paint(isKnown(result) ? 'gray' : 'bold', ` [${against}]`) : '';
          blocks.push(`          ${paint(STATUS_STYLE[result.status], result.status)} ${places.join(', ')}: ${printable(result.message)}${mark}`);
        }
        if (lines.length > MAX_LINES_PER_CHECK) blocks.push(`          ${w.more(lines.length - MAX_LINES_PER_CHECK)}`);
        // The fix that fits each finding (an ERROR's is the permission or the cause), once each.
        const fixes = [...new Set(shown.map((result) => result.remediation).filter(Boolean))].map(printable);
        for (const fix of fixes) blocks.push(paint('cyan', `          → ${w.fix}: ${fix}  (aws-baseline explain ${check.id})`));
      }
      if (blocks.length > 0) out.push('', paint('underline', title), ...blocks);
    }
    for (const entry of account.suppressions.expired) out.push('', paint('yellow', printable(`! ${w.expired}: ${entry.check} ${entry.resource ?? '*'} (${entry.expires})`)));
    for (const entry of account.suppressions.unused) out.push(paint('yellow', printable(`! ${w.unused}: ${entry.check} ${entry.resource ?? '*'}`)));
    out.push('');
  }
  for (const table of report.frameworks ?? []) out.push(...frameworkLines(table, report.lang, paint), '');
  const s = report.summary;
  const statusLine = (Object.keys(s.byStatus) as Status[])
    .filter((status) => (s.byStatus[status] ?? 0) > 0)
    .map((status) => paint(STATUS_STYLE[status], `${s.byStatus[status]} ${status}`))
    .join(', ');
  out.push(`${paint('bold', w.summary)}: ${statusLine}${s.suppressed ? ` (${s.suppressed} ${w.suppressed})` : ''}`);
  const failing = failingChecksBySeverity(report.accounts);
  const severityLine = SEVERITIES.filter((severity) => failing[severity] > 0)
    .map((severity) => paint(SEVERITY_STYLE[severity], `${failing[severity]} ${severity}`))
    .join(', ');
  if (severityLine) out.push(`${w.failures}: ${severityLine}`);
  if (report.baseline) out.push(...baselineLines(report.baseline, lang, paint));
  out.push(`${w.gate}: --fail-on ${report.failOn} → ${w.exit} ${report.exitCode}`);
  if (report.notListed) out.push(paint('magenta', printable(say(report.lang).notListed(report.notListed.after, report.notListed.message))));
  if ((report.summary.byStatus.ERROR ?? 0) > 0) out.push(paint('magenta', w.incomplete));
  const replay = report.source.kind === 'snapshot';
  out.push(report.paidCalls.skipped ? w.paidSkipped : report.paidCalls.count > 0 ? w.paid(report.paidCalls.count, report.paidCalls.costUsd) : replay ? w.paidReplay : w.paidNone);
  return `${out.join('\n')}\n`;
}

/** What changed against the baseline, then each entry fixed since. */
function baselineLines(block: NonNullable<JsonReport['baseline']>, lang: Lang, paint: Painter): string[] {
  const words = BASELINE_WORDS[lang];
  const fixed = block.fixed.map((entry) => `  ${paint('green', words.fixed.toUpperCase().padEnd(7))} ${printable(fixedLine(entry, lang))}`);
  return [printable(words.headline(block)), ...fixed.slice(0, MAX_LINES_PER_CHECK), ...(fixed.length > MAX_LINES_PER_CHECK ? [`  ${WORDS[lang].more(fixed.length - MAX_LINES_PER_CHECK)}`] : [])];
}

/** A framework's table: its share of controls passing, then each control, what decides it and why it stands as it does. */
function frameworkLines(table: FrameworkTable, lang: Lang, paint: Painter): string[] {
  const words = FRAMEWORK_WORDS[lang];
  const idWidth = Math.max(...table.controls.map((control) => control.id.length));
  return [
    paint('bold', frameworkHeadline(table, lang)),
    ...table.controls.flatMap((control) => [
      `  ${paint(STATUS_STYLE[control.status], control.status.padEnd(7))} ${control.id.padEnd(idWidth)} ${printable(control.title)}  (${control.checks.length ? control.checks.join(', ') : words.manual})`,
      paint('gray', `${' '.repeat(11 + idWidth)}${printable(control.reason)}`),
    ]),
  ];
}

/** Before the details of many accounts: one aligned line each (FAIL by severity, ERROR). */
function accountTable(report: JsonReport): string[] {
  const columns = ACCOUNT_COLUMNS[report.lang];
  const rows = accountRows(report).map((row) => ({ ...row, name: printable(row.name), ou: printable(row.ou) }));
  const nameWidth = Math.max(columns.name.length, ...rows.map((row) => row.name.length));
  // The OU last: a path's length varies most.
  const units = hasUnits(report);
  const header = [columns.account.padEnd(12), columns.name.padEnd(nameWidth), ...SEVERITIES.map((severity) => severity.padStart(8)), 'ERROR'.padStart(6), ...(units ? [columns.ou] : [])].join('  ');
  return [header, ...rows.map((row) => [row.id.padEnd(12), row.name.padEnd(nameWidth), ...SEVERITIES.map((severity) => String(row.fails[severity]).padStart(8)), String(row.errors).padStart(6), ...(units ? [row.ou] : [])].join('  ').trimEnd())];
}

/** The catalog's checks grouped by section, sections in the order they first appear. */
function bySection(catalog: CatalogEntry[]): Map<string, CatalogEntry[]> {
  const sections = new Map<string, CatalogEntry[]>();
  for (const check of catalog) sections.set(check.section.title, [...(sections.get(check.section.title) ?? []), check]);
  return sections;
}

function countStatuses(results: JsonResult[]): string {
  const counts = new Map<Status, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  return [...counts.entries()].map(([status, count]) => `${count} ${status}`).join(', ');
}
