import pLimit from 'p-limit';
import { CollectError, isCollectError } from '../facts/errors.js';
import { createFacts, type Facts, type FactStore } from '../facts/store.js';
import { type Identity, qualifierOf, type RegionInfo } from '../facts/catalog.js';
import type { Check, CheckSettings, Outcome } from '../checks/define.js';
import { ENGINE_TEXT, ERROR_FIX_TEXT, ERROR_KIND_TEXT, type EngineMessage, localize, localizeIn } from '../core/i18n.js';
import { actionFor } from '../aws/permissions.js';
import type { LocalizedText, MessageParams, OuPlace, Result } from '../core/model.js';
import { applyAttestations, type Attestation } from './attest.js';
import { applySuppressions, type Suppression, type SuppressionReport } from './suppress.js';
import { byCodeUnit } from '../core/order.js';

export interface AuditPlan {
  checks: readonly Check[];
  /** The account being audited, when known before its identity can be read (a member of --org). */
  accountHint?: string;
  /** Regions asked for; undefined means every region enabled for the account. */
  requestedRegions: string[] | undefined;
  settings: CheckSettings;
  now: Date;
  concurrency: number;
  attestations: Attestation[];
  suppressions: Suppression[];
}

export interface CheckRun {
  checkId: string;
  region: string;
  durationMs: number;
}

export interface AccountAudit {
  accountId: string;
  /** The account's name in the organization, where it was listed. */
  name?: string;
  /** Where it sits in the organization (--org), when the organization's tree could be read. */
  ou?: OuPlace;
  partition: string;
  regions: string[];
  results: Result[];
  runs: CheckRun[];
  suppressions: SuppressionReport;
}

export interface RegionPlan {
  audited: string[];
  disabled: string[];
  /** Why regions are unknown, when they are. */
  unknown?: CollectError;
}

async function planRegions(store: FactStore, requested: string[] | undefined): Promise<RegionPlan> {
  let known: RegionInfo[];
  try {
    known = await store.get('account.regions');
  } catch (error) {
    if (requested) return { audited: requested, disabled: [] }; // the user named them: try them, failures will show
    // FactStore rejects with a CollectError only: it classifies whatever its loader threw.
    return { audited: [], disabled: [], unknown: error as CollectError };
  }
  const enabled = new Set(known.filter((region) => region.enabled).map((region) => region.name));
  const wanted = requested ?? known.filter((region) => region.enabled).map((region) => region.name).sort();
  return { audited: wanted.filter((name) => enabled.has(name)), disabled: wanted.filter((name) => !enabled.has(name)) };
}

function engineMessage(key: EngineMessage, params: MessageParams) {
  return { messageKey: `engine.${key}`, message: localize(ENGINE_TEXT[key], params) };
}

function errorParams(error: CollectError): MessageParams {
  return { operation: `${error.service}:${error.operation}`, kind: ERROR_KIND_TEXT[error.kind].en, code: error.code, detail: error.message };
}

export function errorResult(check: Check, region: string, resource: string, error: unknown): Result {
  const base = { checkId: check.id, severity: check.severity, status: 'ERROR' as const, region, resource };
  if (error instanceof CollectError) {
    const params = errorParams(error);
    const message = {
      en: localizeIn('en', ENGINE_TEXT['collect-error'].en, params),
      ja: localizeIn('ja', ENGINE_TEXT['collect-error'].ja, { ...params, kind: ERROR_KIND_TEXT[error.kind].ja, detail: error.ja ?? error.message }),
    };
    // A fact missing from a snapshot asks for a new snapshot; an answer that lacked it, for another run.
    const advice = error.kind === 'missing' && error.code !== 'FactMissing' ? 'incomplete-answer' : error.kind;
    const remediation = localize(ERROR_FIX_TEXT[advice], { action: actionFor(error.service, error.operation), operation: `${error.service}:${error.operation}` });
    return { ...base, messageKey: 'engine.collect-error', message, remediation, details: { errorKind: error.kind, errorCode: error.code } };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { ...base, ...engineMessage('check-crashed', { detail }), remediation: localize(ERROR_FIX_TEXT.crashed) };
}

/** A message with the moment its data was made: `… (credential report of 2026-11-20 08:30 UTC)`. */
function asOf(message: LocalizedText, at: string): LocalizedText {
  return { en: localizeIn('en', ENGINE_TEXT['as-of'].en, { message: message.en, at }), ja: localizeIn('ja', ENGINE_TEXT['as-of'].ja, { message: message.ja, at }) };
}

function toResult(check: Check, region: string, outcome: Outcome<string>): Result {
  if (outcome.status === 'ERROR') return errorResult(check, region, outcome.resource, outcome.error);
  const template = { en: check.text.en.messages[outcome.messageKey] ?? outcome.messageKey, ja: check.text.ja.messages[outcome.messageKey] ?? outcome.messageKey };
  const fix = { en: check.text.en.fixes?.[outcome.messageKey], ja: check.text.ja.fixes?.[outcome.messageKey] };
  return {
    checkId: check.id,
    severity: check.severity,
    status: outcome.status,
    region,
    resource: outcome.resource,
    messageKey: outcome.messageKey,
    message: outcome.asOf ? asOf(localize(template, outcome.params), outcome.asOf) : localize(template, outcome.params),
    ...(fix.en && fix.ja ? { remediation: localize({ en: fix.en, ja: fix.ja }, outcome.params) } : {}),
    ...(outcome.details ? { details: outcome.details } : {}),
  };
}

/** One evaluation: a check, in a region (or account-wide), or a result known without evaluating it. */
type Task = { check: Check; region: string | undefined } | { known: Result };

/** Where each check runs: the account, each audited region, or nowhere (a disabled region, unknown regions). */
export function planTasks(checks: readonly Check[], regionPlan: RegionPlan): Task[] {
  const tasks: Task[] = [];
  for (const check of checks) {
    // An account check that looks across regions cannot be judged without knowing them: an empty list would look clean.
    const readsRegions = check.reads.some((key) => qualifierOf(key) === 'region');
    if (check.scope === 'account' && !(readsRegions && regionPlan.unknown)) {
      tasks.push({ check, region: undefined });
      continue;
    }
    if (regionPlan.unknown) {
      const error = regionPlan.unknown;
      tasks.push({ known: { ...errorResult(check, 'global', 'account', error), ...engineMessage('regions-unknown', { detail: error.message }), remediation: localize(ERROR_FIX_TEXT['regions-unknown']) } });
      continue;
    }
    for (const region of regionPlan.audited) tasks.push({ check, region });
    for (const region of regionPlan.disabled) {
      tasks.push({ known: { checkId: check.id, severity: check.severity, status: 'SKIPPED', region, resource: 'region', ...engineMessage('region-disabled', { region }) } });
    }
  }
  return tasks;
}

/** Evaluates every task, each check isolated (a crash or a failed read is ERROR for it alone), a few at once. */
export async function evaluateTasks(
  store: FactStore,
  tasks: Task[],
  context: { identity: Identity | undefined; regions: string[]; plan: AuditPlan },
): Promise<{ results: Result[]; runs: CheckRun[] }> {
  const limit = pLimit(context.plan.concurrency);
  const runs: CheckRun[] = [];
  // One view per check, shared by its regions: a view builds each service's fact functions on first use.
  const views = new Map<string, Facts>();
  const viewFor = (check: Check): Facts => {
    let view = views.get(check.id);
    if (!view) views.set(check.id, (view = createFacts(store, check.id)));
    return view;
  };
  const evaluate = (check: Check, region: string | undefined) =>
    limit(async (): Promise<Result[]> => {
      // process.hrtime, not performance.now(): the `performance` global loads perf_hooks (~1 ms of a snapshot audit).
      const started = process.hrtime.bigint();
      const where = region ?? 'global';
      try {
        const outcomes = await check.evaluate({ facts: viewFor(check), region, regions: context.regions, identity: context.identity, settings: context.plan.settings, now: context.plan.now });
        return outcomes.map((outcome) => toResult(check, where, outcome));
      } catch (error) {
        // A region the organization's guardrail denies is its choice (Control Tower's Region deny control): not evaluated, and no ERROR.
        if (region && isCollectError(error, 'organization-denied')) {
          return [{ checkId: check.id, severity: check.severity, status: 'SKIPPED', region, resource: 'region', ...engineMessage('region-denied-by-organization', { region, operation: `${error.service}:${error.operation}`, detail: error.message }) }];
        }
        return [errorResult(check, where, region ? 'region' : 'account', error)];
      } finally {
        runs.push({ checkId: check.id, region: where, durationMs: Number((process.hrtime.bigint() - started) / 10_000n) / 100 });
      }
    });
  const results = await Promise.all(tasks.map((task) => ('known' in task ? Promise.resolve([task.known]) : evaluate(task.check, task.region))));
  return { results: results.flat(), runs };
}

/** Attestations, then suppressions, then the catalog's order (and regions in audit order). */
export function finalizeResults(results: Result[], plan: AuditPlan, regionOrder: string[]): { results: Result[]; suppressions: SuppressionReport } {
  const order = new Map(plan.checks.map((check, index) => [check.id, index]));
  const regionIndex = new Map(regionOrder.map((region, index) => [region, index]));
  const attested = applyAttestations(results, plan.attestations, plan.now);
  const { results: final, report } = applySuppressions(attested, plan.suppressions, plan.now);
  final.sort(
    (a, b) =>
      (order.get(a.checkId) ?? 0) - (order.get(b.checkId) ?? 0) ||
      (regionIndex.get(a.region) ?? Number.MAX_SAFE_INTEGER) - (regionIndex.get(b.region) ?? Number.MAX_SAFE_INTEGER) ||
      byCodeUnit(a.region, b.region) ||
      byCodeUnit(a.resource, b.resource),
  );
  return { results: final, suppressions: report };
}

/** Runs the plan against one account's facts: plan the tasks, evaluate them, finalize the results. */
export async function runAudit(store: FactStore, plan: AuditPlan): Promise<AccountAudit> {
  const [identity, regionPlan] = await Promise.all([
    store.get('sts.identity').catch((): Identity | undefined => undefined),
    planRegions(store, plan.requestedRegions),
  ]);
  const tasks = planTasks(plan.checks, regionPlan);
  const { results, runs } = await evaluateTasks(store, tasks, { identity, regions: regionPlan.audited, plan });
  const { results: final, suppressions } = finalizeResults(results, plan, regionPlan.audited);
  return {
    accountId: identity?.accountId ?? plan.accountHint ?? 'unknown',
    partition: identity?.partition ?? 'aws',
    regions: [...regionPlan.audited, ...regionPlan.disabled],
    results: final,
    runs,
    suppressions,
  };
}
