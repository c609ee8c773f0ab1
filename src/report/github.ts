import { type Lang, severityRank } from '../core/model.js';
import type { FrameworkTable, JsonReport, JsonResult } from './schema.js';
import { CONTROL_STATUSES } from '../core/model.js';
import { FRAMEWORK_WORDS } from './frameworks.js';
import { alike } from './alike.js';
import { say } from '../core/messages.js';
import { BASELINE_WORDS, isKnown } from './baseline.js';

/** GitHub shows at most 10 annotations of each type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

type Kind = 'error' | 'warning' | 'notice';

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function kind(result: JsonResult): Kind {
  if (result.status === 'ERROR') return 'warning';
  return result.severity === 'critical' || result.severity === 'high' ? 'error' : result.severity === 'medium' ? 'warning' : 'notice';
}

const WORDS = {
  en: { unevaluated: 'could not evaluate', omitted: (count: number) => `${count} more finding(s) not annotated (GitHub shows ${ANNOTATIONS_PER_TYPE} per type); see the full report.` },
  ja: { unevaluated: '評価できません', omitted: (count: number) => `ほかに ${count} 件の検出結果は注釈にしていません(GitHub が表示するのは種類ごとに ${ANNOTATIONS_PER_TYPE} 件までです)。完全なレポートを確認してください。` },
} as const;

type Finding = { account: string; result: JsonResult; places: string[] };

function placeOf(result: JsonResult): string {
  return result.resource === 'account' ? '' : result.resource === 'region' ? result.region : `${result.region} ${result.resource}`;
}

/** What an annotation says: an unsuppressed FAIL the baseline does not know, or an ERROR; the same one in several places of an account (its regions) once, naming them. */
function annotated(report: JsonReport): Finding[] {
  const findings = report.accounts.flatMap((account) =>
    account.results.filter((result) => (result.status === 'FAIL' && !result.suppressed && !isKnown(result)) || result.status === 'ERROR').map((result) => ({ account: account.id, result })),
  );
  return alike(findings, ({ result }) => placeOf(result), ({ account, result }) => [account, result.checkId]).map((finding) => ({ ...finding, places: finding.places.filter(Boolean) }));
}

/**
 * The window of ten per type is shared: the most severe first, and among equals each check's first
 * finding before any check's second, so that one check's many findings cannot push the others out.
 */
function windowOrder(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const ranked = findings.map((finding, order) => {
    const check = `${finding.account} ${finding.result.checkId}`;
    const turn = seen.get(check) ?? 0;
    seen.set(check, turn + 1);
    return { finding, turn, order };
  });
  return ranked
    .sort((a, b) => severityRank(b.finding.result.severity) - severityRank(a.finding.result.severity) || a.turn - b.turn || a.order - b.order)
    .map(({ finding }) => finding);
}

/** A framework's share of controls passing, then the controls of each status that is not PASS. */
function frameworkSummary(table: FrameworkTable, lang: Lang): string {
  const byStatus = CONTROL_STATUSES.filter((status) => status !== 'PASS').flatMap((status) => {
    const ids = table.controls.filter((control) => control.status === status).map((control) => control.id);
    return ids.length ? [`${status}: ${ids.join(', ')}`] : [];
  });
  return [FRAMEWORK_WORDS[lang].share(table), ...byStatus].join('; ');
}

/** `::error title=…::message` workflow commands for the most severe findings; says how many were left out. */
export function renderGithub(report: JsonReport): string {
  const findings = windowOrder(annotated(report));
  const shown = new Map<Kind, number>();
  const lines: string[] = [];
  // Accounts never listed have no finding to annotate: said first, where it cannot be pushed out.
  if (report.notListed) {
    lines.push(`::error title=${escapeProperty('aws-baseline')}::${escapeData(say(report.lang).notListed(report.notListed.after, report.notListed.message))}`);
    shown.set('error', 1);
  }
  // --baseline: what is new, fixed and known, in one notice (known findings are not annotated: they are the backlog).
  if (report.baseline) {
    lines.push(`::notice title=${escapeProperty('aws-baseline')}::${escapeData(BASELINE_WORDS[report.lang].headline(report.baseline))}`);
    shown.set('notice', (shown.get('notice') ?? 0) + 1);
  }
  // --framework: each table in one notice, before the findings that could fill the window.
  for (const table of report.frameworks ?? []) {
    lines.push(`::notice title=${escapeProperty(table.title)}::${escapeData(frameworkSummary(table, report.lang))}`);
    shown.set('notice', (shown.get('notice') ?? 0) + 1);
  }
  let omitted = 0;
  for (const { account, result, places } of findings) {
    const type = kind(result);
    const count = shown.get(type) ?? 0;
    if (count >= ANNOTATIONS_PER_TYPE) {
      omitted += 1;
      continue;
    }
    shown.set(type, count + 1);
    const title = `${result.status === 'ERROR' ? WORDS[report.lang].unevaluated : result.severity} ${result.checkId}`;
    const where = places.length > 0 ? `${account} ${places.join(', ')}` : account;
    lines.push(`::${type} title=${escapeProperty(title)}::${escapeData(`${where}: ${result.message} — ${result.remediation}`)}`);
  }
  if (omitted > 0) lines.push(WORDS[report.lang].omitted(omitted));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
