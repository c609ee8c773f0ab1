import { createHash } from 'node:crypto';
import { type Lang, type Severity, severityRank } from '../core/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { ownerFile, resourcePath } from './locate.js';
import type { CatalogEntry, JsonReport, JsonResult } from './schema.js';
import { say } from '../core/messages.js';

/** GitHub code scanning's limits: results per run, runs per file, tags per rule, description length. */
export const SARIF_LIMITS = { resultsPerRun: 5000, runsPerFile: 20, tagsPerRule: 10, fullDescription: 1024 } as const;

const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: undefined };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = { critical: 'error', high: 'error', medium: 'warning', low: 'recommendation', info: 'recommendation' };
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** Check glob → repository file that owns the setting (config `sarif.locations`). */
  locations?: Record<string, string>;
}

export type SarifLog = { $schema: string; version: '2.1.0'; runs: Record<string, unknown>[] };

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

const LABELS = {
  en: { console: 'Console:', cli: 'AWS CLI:', fix: 'Fix:', passes: 'Passes when', references: 'References', docs: 'AWS documentation', account: 'account', region: 'region' },
  ja: { console: 'コンソール:', cli: 'AWS CLI:', fix: '対処:', passes: '合格の条件', references: '参照', docs: 'AWS ドキュメント', account: 'アカウント', region: 'リージョン' },
} as const;

function rule(check: CatalogEntry, lang: Lang) {
  const label = LABELS[lang];
  const { ssb = [], cis, fsbp } = check.references;
  const tags = ['security', 'aws', check.service, ...ssb.map((id) => `SSB-${id}`), ...cis.map((id) => `CIS-${id}`), ...fsbp.map((id) => `FSBP-${id}`)].slice(0, SARIF_LIMITS.tagsPerRule);
  const helpText = [check.remediation, '', label.console, ...check.console.map((step, index) => `${index + 1}. ${step}`), '', label.cli, ...check.cli].join('\n');
  const helpMarkdown = [
    `**${check.remediation}**`,
    '',
    `**${label.console.replace(/:$/, '')}**`,
    '',
    ...check.console.map((step, index) => `${index + 1}. ${step}`),
    '',
    '**AWS CLI**',
    '',
    '```sh',
    ...check.cli,
    '```',
    '',
    `**${label.passes}**: ${check.passes}`,
    '',
    `**${label.references}**`,
    '',
    ...check.references.readable.slice(0, -1).map((reference) => `- ${reference}`),
    `- [${label.docs}](${check.references.docs})`,
  ].join('\n');
  const securitySeverity = SECURITY_SEVERITY[check.severity];
  return {
    id: check.id,
    name: check.id.replace(/[.-](\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toUpperCase()),
    shortDescription: { text: check.title },
    fullDescription: { text: truncate(check.rationale, SARIF_LIMITS.fullDescription) },
    help: { text: helpText, markdown: helpMarkdown },
    helpUri: check.references.docs,
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: {
      tags,
      precision: check.precision,
      'problem.severity': PROBLEM_SEVERITY[check.severity],
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
    },
  };
}

/** Stable across runs: only the check, partition, account, region and resource go into it. */
export function fingerprint(checkId: string, partition: string, account: string, region: string, resource: string): string {
  return createHash('sha256').update([checkId, partition, account, region, resource].join('\u0000')).digest('hex').slice(0, 32);
}

function sarifResult(result: JsonResult, ruleIndex: number | undefined, account: { id: string; partition: string }, options: SarifOptions, lang: Lang) {
  const uri = ownerFile(result.checkId, options.locations) ?? resourcePath(account.id, result);
  const label = LABELS[lang];
  const where =
    result.resource === 'account'
      ? `${label.account} ${account.id}`
      : result.resource === 'region'
        ? `${label.account} ${account.id}, ${label.region} ${result.region}`
        : `${result.resource} (${label.account} ${account.id}, ${result.region})`;
  return {
    ruleId: result.checkId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[result.severity],
    message: { text: `${where}: ${result.messages[lang]}${result.remediation ? ` ${label.fix} ${result.remediation}` : ''}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
        logicalLocations: [{ fullyQualifiedName: result.resource, kind: 'resource' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${fingerprint(result.checkId, account.partition, account.id, result.region, result.resource)}:1` },
    // The SARIF spec's states (§3.27.24): `unchanged` for a finding the baseline holds. Fixed entries are not
    // emitted as `absent` results: GitHub code scanning opens an alert for every result, whatever its state or kind.
    ...(result.baseline ? { baselineState: result.baseline.state === 'known' ? 'unchanged' : 'new' } : {}),
    ...(result.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: result.suppressed.reason }] } : {}),
    properties: { account: account.id, region: result.region, resource: result.resource, severity: result.severity, messageEn: result.messages.en, messageJa: result.messages.ja },
  };
}

/** One account's run; the first also says when accounts of the organization were never listed (they have no run). */
function run(report: JsonReport, account: JsonReport['accounts'][number], options: SarifOptions, first: boolean) {
  const ids = new Set(account.results.map((result) => result.checkId));
  const evaluated = report.catalog.filter((check) => ids.has(check.id));
  const ruleIndex = new Map(evaluated.map((check, index) => [check.id, index]));
  // Every result's check is in the report's catalog; were one not, its rule is named without an index (never rule 0).
  const ruleOf = (id: string) => {
    const index = ruleIndex.get(id);
    return index === undefined ? { id } : { id, index };
  };
  const failures = account.results.filter((result) => result.status === 'FAIL').sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const kept = failures.slice(0, SARIF_LIMITS.resultsPerRun);
  const notifications: Record<string, unknown>[] = account.results
    .filter((result) => result.status === 'ERROR')
    .map((result) => ({
      level: 'error',
      message: { text: `${result.checkId} (${result.region}, ${result.resource}): ${result.messages[report.lang]} ${LABELS[report.lang].fix} ${result.remediation}` },
      descriptor: { id: 'aws-baseline/collect-error' },
      associatedRule: ruleOf(result.checkId),
      properties: { region: result.region, resource: result.resource, errorKind: String(result.details?.errorKind ?? 'unknown') },
    }));
  if (failures.length > kept.length) {
    notifications.push({
      level: 'warning',
      message: { text: `${failures.length - kept.length} lowest-severity results were left out: GitHub accepts ${SARIF_LIMITS.resultsPerRun} per run.` },
      descriptor: { id: 'aws-baseline/results-capped' },
    });
  }
  if (first && report.notListed) {
    notifications.push({ level: 'error', message: { text: say(report.lang).notListed(report.notListed.after, report.notListed.message) }, descriptor: { id: 'aws-baseline/accounts-not-listed' } });
  }
  return {
    tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: 'https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/welcome.html', rules: evaluated.map((check) => rule(check, report.lang)) } },
    automationDetails: { id: `aws-baseline/${account.id}/` },
    invocations: [
      {
        executionSuccessful: !account.results.some((result) => result.status === 'ERROR') && !(first && report.notListed),
        startTimeUtc: report.startedAt,
        endTimeUtc: report.finishedAt,
        toolExecutionNotifications: notifications,
      },
    ],
    results: kept.map((result) => sarifResult(result, ruleIndex.get(result.checkId), account, options, report.lang)),
    columnKind: 'unicodeCodePoints',
    properties: { account: account.id, partition: account.partition, regions: account.regions, ...(account.ou ? { ou: account.ou } : {}), failOn: report.failOn, ...(report.baseline ? { baseline: baselineOfRun(report.baseline, account.id) } : {}) },
  };
}

/** The run's account against the baseline: the file, and the fingerprints of the findings fixed since. */
function baselineOfRun(block: NonNullable<JsonReport['baseline']>, account: string) {
  const fixed = block.fixed.filter((entry) => entry.account === account);
  return { file: block.file, fixed: fixed.map((entry) => ({ ruleId: entry.check, region: entry.region, resource: entry.resource, since: entry.since })) };
}

/** One run per account; at most 20 runs per file (GitHub's limit), so several files past that. */
export function renderSarifLogs(report: JsonReport, options: SarifOptions = {}): SarifLog[] {
  const logs: SarifLog[] = [];
  for (let start = 0; start < Math.max(report.accounts.length, 1); start += SARIF_LIMITS.runsPerFile) {
    const accounts = report.accounts.slice(start, start + SARIF_LIMITS.runsPerFile);
    logs.push({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: accounts.map((account, index) => run(report, account, options, start + index === 0)) });
  }
  return logs;
}

export { sarifPartPath } from './sarif-path.js';
