import { CHECKS } from '../checks/index.js';
import { SEVERITIES, severityRank, STATUSES } from '../model.js';
import type { JsonReport } from './schema.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const WORDS = {
  en: { heading: 'aws-baseline audit', account: 'Account', status: 'Status', count: 'Count', severity: 'Severity', failing: 'Failing checks', check: 'Check', resources: 'Resources', fix: 'Fix', none: 'No failing check.', gate: 'Gate', incomplete: 'Incomplete: some checks could not be evaluated (ERROR).' },
  ja: { heading: 'aws-baseline 監査', account: 'アカウント', status: '状態', count: '件数', severity: '重大度', failing: 'FAIL のチェック', check: 'チェック', resources: 'リソース', fix: '対処', none: 'FAIL のチェックはありません。', gate: '判定', incomplete: '不完全: 評価できなかったチェックがあります(ERROR)。' },
} as const;

/** A compact summary for $GITHUB_STEP_SUMMARY or a pull-request comment. */
export function renderMarkdown(report: JsonReport): string {
  const w = WORDS[report.lang];
  const out: string[] = [`## ${w.heading}`, ''];
  out.push(`${w.account}: ${report.accounts.map((account) => `\`${account.id}\``).join(', ')} · ${w.gate}: \`--fail-on ${report.failOn}\` → exit ${report.exitCode}`, '');
  if (report.incomplete) out.push(`> [!WARNING]\n> ${w.incomplete}`, '');
  out.push(`| ${w.status} | ${w.count} |`, '|---|---:|');
  for (const status of STATUSES) out.push(`| ${status} | ${report.summary.byStatus[status] ?? 0} |`);
  out.push('', `| ${w.severity} | FAIL |`, '|---|---:|');
  for (const severity of SEVERITIES) out.push(`| ${severity} | ${report.summary.failuresBySeverity[severity] ?? 0} |`);
  out.push('', `### ${w.failing}`, '');
  const bySeverity = [...CHECKS].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)); // stable: catalog order within a severity
  const rows = bySeverity.flatMap((check) => {
    const failing = report.accounts.flatMap((account) => account.results.filter((result) => result.checkId === check.id && result.status === 'FAIL' && !result.suppressed));
    if (failing.length === 0) return [];
    const examples = failing.slice(0, 3).map((result) => `\`${cell(result.resource === 'region' ? result.region : result.resource)}\``).join(', ');
    return [`| ${check.severity} | \`${check.id}\` ${cell(check.text[report.lang].title)} | ${failing.length}: ${examples}${failing.length > 3 ? ', …' : ''} | ${cell(check.text[report.lang].remediation)} |`];
  });
  if (rows.length === 0) out.push(w.none);
  else out.push(`| ${w.severity} | ${w.check} | ${w.resources} | ${w.fix} |`, '|---|---|---|---|', ...rows);
  return `${out.join('\n')}\n`;
}
