import { markdownText } from './neutral.js';
import { SEVERITIES, severityRank, STATUSES } from '../core/model.js';
import type { JsonReport, JsonResult } from './schema.js';
import { say } from '../core/messages.js';
import { readableDate } from '../core/i18n.js';
import { ACCOUNT_COLUMNS, accountRow, type AccountRow, failingChecksBySeverity, hasUnits } from './accounts.js';
import { FRAMEWORK_WORDS, frameworkHeadline } from './frameworks.js';
import { BASELINE_WORDS, fixedLine, isKnown } from './baseline.js';

const cell = (text: string) => markdownText(text);

const WORDS = {
  en: {
    heading: 'aws-baseline audit',
    account: 'Account',
    status: 'Status',
    count: 'Count',
    severity: 'Severity',
    failingChecks: 'Failing checks',
    failing: 'Failing checks',
    check: 'Check',
    finding: 'Finding',
    fix: 'Fix',
    none: 'No failing check.',
    gate: 'Gate',
    exit: 'exit',
    incomplete: 'Incomplete: some checks could not be evaluated (ERROR).',
    errors: 'Could not evaluate',
    where: 'Where',
    why: 'Why',
    live: 'live account',
    snapshot: (file: string) => `snapshot \`${file}\``,
    more: (count: number) => `… and ${count} more (see the text or JSON report).`,
  },
  ja: {
    heading: 'aws-baseline 監査',
    account: 'アカウント',
    status: '状態',
    count: '件数',
    severity: '重大度',
    failingChecks: 'FAIL したチェック',
    failing: 'FAIL のチェック',
    check: 'チェック',
    finding: '検出内容',
    fix: '対処',
    none: 'FAIL のチェックはありません。',
    gate: '判定',
    exit: '終了コード',
    incomplete: '不完全: 評価できなかったチェックがあります(ERROR)。',
    errors: '評価できなかったもの',
    where: '対象',
    why: '理由',
    live: 'ライブのアカウント',
    snapshot: (file: string) => `スナップショット \`${file}\``,
    more: (count: number) => `…ほか ${count} 件(テキストまたは JSON のレポートを参照)。`,
  },
} as const;

const MAX_ERROR_ROWS = 20;

const where = (result: JsonResult) => (result.resource === 'region' || result.resource === 'account' ? result.region : `${result.region} ${result.resource}`);

/** A check's unsuppressed FAILs as the table shows them: the first finding, how many, and each distinct fix. */
interface Failing {
  first: string;
  count: number;
  fixes: Set<string>;
}

/**
 * What the summary needs of every result, gathered in one pass an account at a time (a merged report
 * reads each account's results from its shard): each account's row, the failing checks by severity,
 * each check's FAILs (apart: those a baseline knows), the first ERRORs and how many.
 */
function gather(report: JsonReport) {
  const failing = { fresh: new Map<string, Failing>(), known: new Map<string, Failing>() };
  const errors: JsonResult[] = [];
  let errorCount = 0;
  const rows: AccountRow[] = [];
  const failingBySeverity = failingChecksBySeverity([]);
  for (const account of report.accounts) {
    const row = accountRow(account);
    rows.push(row);
    for (const severity of SEVERITIES) failingBySeverity[severity] += row.fails[severity];
    for (const result of account.results) {
      if (result.status === 'ERROR') {
        errorCount += 1;
        if (errors.length < MAX_ERROR_ROWS) errors.push(result);
      }
      if (result.status !== 'FAIL' || result.suppressed) continue;
      const into = report.baseline && isKnown(result) ? failing.known : failing.fresh;
      const found = into.get(result.checkId) ?? { first: result.message, count: 0, fixes: new Set<string>() };
      found.count += 1;
      if (result.remediation) found.fixes.add(result.remediation);
      into.set(result.checkId, found);
    }
  }
  return { failing, errors, errorCount, rows, failingBySeverity };
}

/** One row per failing check, the most severe first: its first finding (and how many more), and the fixes. */
function failingTable(report: JsonReport, failing: ReadonlyMap<string, Failing>): string[] {
  const w = WORDS[report.lang];
  const bySeverity = [...report.catalog].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)); // stable: catalog order within a severity
  const rows = bySeverity.flatMap((check) => {
    const found = failing.get(check.id);
    if (!found) return [];
    const finding = found.count > 1 ? `${found.first} (+${found.count - 1})` : found.first;
    return [`| ${check.severity} | \`${check.id}\` | ${cell(finding)} | ${[...found.fixes].map(cell).join('<br>')} |`];
  });
  return rows.length === 0 ? [w.none] : [`| ${w.severity} | ${w.check} | ${w.finding} | ${w.fix} |`, '|---|---|---|---|', ...rows];
}

/** A compact summary for $GITHUB_STEP_SUMMARY or a pull-request comment: what was found, and how to fix it. */
export function renderMarkdown(report: JsonReport): string {
  const w = WORDS[report.lang];
  const source = report.source.kind === 'snapshot' ? w.snapshot(report.source.snapshot ?? '') : w.live;
  const out: string[] = [`## ${w.heading}`, ''];
  out.push(`aws-baseline ${report.tool.version} · ${readableDate(report.source.judgedAt, report.lang)} · ${source}`, '');
  out.push(`${w.account}: ${report.accounts.map((account) => `\`${account.id}\``).join(', ')} · ${w.gate}: \`--fail-on ${report.failOn}\` → ${w.exit} ${report.exitCode}`, '');
  if (report.notListed) out.push(`> [!WARNING]\n> ${markdownText(say(report.lang).notListed(report.notListed.after, report.notListed.message))}`, '');
  if ((report.summary.byStatus.ERROR ?? 0) > 0) out.push(`> [!WARNING]\n> ${w.incomplete}`, '');
  out.push(`| ${w.status} | ${w.count} |`, '|---|---:|');
  for (const status of STATUSES) out.push(`| ${status} | ${report.summary.byStatus[status] ?? 0} |`);
  out.push('', `| ${w.severity} | ${w.failingChecks} |`, '|---|---:|');
  const gathered = gather(report);
  const failingBySeverity = gathered.failingBySeverity;
  for (const severity of SEVERITIES) out.push(`| ${severity} | ${failingBySeverity[severity]} |`);
  if (report.accounts.length > 1) {
    const columns = ACCOUNT_COLUMNS[report.lang];
    const units = hasUnits(report);
    out.push('', `| ${columns.account} | ${columns.name} | ${SEVERITIES.join(' | ')} | ERROR |${units ? ` ${columns.ou} |` : ''}`, `|---|---|${SEVERITIES.map(() => '---:|').join('')}---:|${units ? '---|' : ''}`);
    for (const row of gathered.rows) out.push(`| \`${row.id}\` | ${cell(row.name)} | ${SEVERITIES.map((severity) => row.fails[severity]).join(' | ')} | ${row.errors} |${units ? ` ${cell(row.ou)} |` : ''}`);
  }
  if (report.baseline) {
    // Read against a baseline: what is new first (what gates), then the backlog, then what was fixed.
    const words = BASELINE_WORDS[report.lang];
    out.push('', `**${markdownText(words.headline(report.baseline))}**`);
    out.push('', `### ${words.newTitle}`, '', ...failingTable(report, gathered.failing.fresh));
    out.push('', `### ${words.knownTitle}`, '', ...failingTable(report, gathered.failing.known));
    if (report.baseline.fixed.length > 0) {
      out.push('', `### ${words.fixedTitle}`, '', ...report.baseline.fixed.slice(0, MAX_ERROR_ROWS).map((entry) => `- ${cell(fixedLine(entry, report.lang))}`));
      if (report.baseline.fixed.length > MAX_ERROR_ROWS) out.push('', w.more(report.baseline.fixed.length - MAX_ERROR_ROWS));
    }
  } else {
    out.push('', `### ${w.failing}`, '', ...failingTable(report, gathered.failing.fresh));
  }
  for (const table of report.frameworks ?? []) {
    const words = FRAMEWORK_WORDS[report.lang];
    out.push('', `### ${markdownText(frameworkHeadline(table, report.lang))}`, '', `| ${words.control} | ${words.status} | ${words.decidedBy} | ${words.why} |`, '|---|---|---|---|');
    for (const control of table.controls) out.push(`| ${cell(`${control.id} ${control.title}`)} | ${control.status} | ${control.checks.length ? control.checks.map((id) => `\`${id}\``).join(', ') : cell(words.manual)} | ${cell(control.reason)} |`);
  }
  if (gathered.errorCount > 0) {
    out.push('', `### ${w.errors}`, '', `| ${w.check} | ${w.where} | ${w.why} | ${w.fix} |`, '|---|---|---|---|');
    for (const result of gathered.errors) out.push(`| \`${result.checkId}\` | ${cell(where(result))} | ${cell(result.message)} | ${cell(result.remediation)} |`);
    if (gathered.errorCount > MAX_ERROR_ROWS) out.push('', w.more(gathered.errorCount - MAX_ERROR_ROWS));
  }
  return `${out.join('\n')}\n`;
}
