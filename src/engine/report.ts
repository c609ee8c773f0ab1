import type { Check } from '../checks/define.js';
import { sectionOf, serviceOf } from '../checks/index.js';
import { readableReferences } from '../checks/references.js';
import type { Lang, Result } from '../core/model.js';
import type { CatalogEntry, JsonReport, JsonResult } from '../report/schema.js';
import { REPORT_SCHEMA_VERSION } from '../report/version.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { FailOn } from './gate.js';
import { summarize } from './tally.js';
import type { AccountAudit } from './run.js';

export const COST_EXPLORER_CALL_USD = 0.01;
export const costOf = (calls: number) => Math.round(calls * COST_EXPLORER_CALL_USD * 100) / 100;

export interface ReportInput {
  audits: AccountAudit[];
  /** The selected checks, in catalog order: the report carries what reporters need of each. */
  checks: readonly Check[];
  lang: Lang;
  startedAt: Date;
  finishedAt: Date;
  failOn: FailOn;
  exitCode: number;
  source: JsonReport['source'];
  paidCalls: { count: number; skipped: boolean };
  /** The organization audited (--org), and which part of its accounts (--shard). */
  organization?: JsonReport['organization'];
  shard?: JsonReport['shard'];
  notListed?: JsonReport['notListed'];
}

function toJsonResult(result: Result, check: Check, lang: Lang): JsonResult {
  return {
    checkId: result.checkId,
    severity: result.severity,
    status: result.status,
    region: result.region,
    resource: result.resource,
    message: result.message[lang],
    messages: result.message,
    messageKey: result.messageKey,
    ...(result.details ? { details: result.details } : {}),
    ...(result.attestation ? { attestation: result.attestation } : {}),
    ...(result.suppressed ? { suppressed: result.suppressed } : {}),
    title: check.text[lang].title,
    remediation: result.remediation?.[lang] ?? check.text[lang].remediation,
    docs: check.references.docs,
  };
}

/** What a reporter needs of one check, in the report's language. */
export function catalogEntry(check: Check, lang: Lang): CatalogEntry {
  const text = check.text[lang];
  const section = sectionOf(check.id);
  return {
    id: check.id,
    severity: check.severity,
    scope: check.scope,
    service: serviceOf(check.id),
    section: { key: section.key, title: section.title[lang] },
    precision: check.precision ?? 'high',
    title: text.title,
    passes: text.passes,
    rationale: text.rationale,
    remediation: text.remediation,
    console: text.console,
    cli: check.cli,
    references: {
      ...(check.references.ssb ? { ssb: check.references.ssb } : {}),
      cis: check.references.cis ?? [],
      fsbp: check.references.fsbp ?? [],
      ...(check.references.seed ? { seed: check.references.seed } : {}),
      docs: check.references.docs,
      readable: readableReferences(check.references, lang),
    },
  };
}

/** One model for every renderer: the JSON report is this object, the others are views of it. */
export function buildReport(input: ReportInput): JsonReport {
  const { summary, errorKinds, incomplete } = summarize(input.audits.flatMap((audit) => audit.results), input.failOn, input.notListed);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    lang: input.lang,
    source: input.source,
    ...(input.organization ? { organization: input.organization } : {}),
    ...(input.shard ? { shard: input.shard } : {}),
    ...(input.notListed ? { notListed: input.notListed } : {}),
    incomplete,
    exitCode: input.exitCode,
    failOn: input.failOn,
    accounts: input.audits.map((audit) => reportAccount(audit, input.checks, input.lang)),
    catalog: input.checks.map((check) => catalogEntry(check, input.lang)),
    summary,
    paidCalls: { count: input.paidCalls.count, costUsd: costOf(input.paidCalls.count), skipped: input.paidCalls.skipped },
    errorKinds,
  };
}

export type ReportAccount = JsonReport['accounts'][number];

/** One account as the report holds it (a process of a spread audit hands each over as it is done). */
export function reportAccount(audit: AccountAudit, checks: readonly Check[], lang: Lang): ReportAccount {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const checkOf = (result: Result): Check => {
    const check = byId.get(result.checkId);
    if (!check) throw new Error(`a result of ${result.checkId}, which is not among the checks run`);
    return check;
  };
  return {
    id: audit.accountId,
    ...(audit.name ? { name: audit.name } : {}),
    ...(audit.ou ? { ou: audit.ou } : {}),
    partition: audit.partition,
    regions: audit.regions,
    results: audit.results.map((result) => toJsonResult(result, checkOf(result), lang)),
    checks: summarizeRuns(audit, checks),
    suppressions: audit.suppressions,
  };
}

/** Each check's time over its runs, in catalog order (runs finish in any order). */
function summarizeRuns(audit: AccountAudit, checks: readonly Check[]): { id: string; durationMs: number }[] {
  const total = new Map<string, number>();
  for (const run of audit.runs) total.set(run.checkId, (total.get(run.checkId) ?? 0) + run.durationMs);
  return checks.flatMap(({ id }) => {
    const durationMs = total.get(id);
    return durationMs === undefined ? [] : [{ id, durationMs: Math.round(durationMs * 100) / 100 }];
  });
}
