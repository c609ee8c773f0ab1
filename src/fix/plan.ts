import { CHECKS } from '../checks/index.js';
import { homeRegion } from '../facts/define.js';
import type { Lang } from '../core/model.js';
import type { CatalogEntry, JsonReport, JsonResult } from '../report/schema.js';
import type { FixContext, Step } from './step.js';

export { sh } from './step.js';
export type { Step } from './step.js';

/**
 * A fix plan: from one account's report, the AWS CLI steps that fix its API-fixable FAILs (each check's
 * `fix`, beside the check, in catalog order), filled with the account's own values; and the manual
 * steps for the rest (what only the console or the root user can do). The plan is text for a person to
 * read and run: aws-baseline never runs it, and sends no write itself.
 */
export interface ManualStep {
  check: CatalogEntry;
  findings: string[];
}

export type Variable = 'BUCKET_PREFIX' | 'TRAIL_NAME' | 'LOG_GROUP' | 'ALERT_EMAIL' | 'BUDGET_USD';

export interface FixPlan {
  accountId: string;
  partition: string;
  homeRegion: string;
  lang: Lang;
  variables: Variable[];
  steps: Step[];
  manual: ManualStep[];
}

const fails = (results: readonly JsonResult[], checkId: string) => results.filter((result) => result.checkId === checkId && result.status === 'FAIL' && !result.suppressed);

const VARIABLE_USE: Record<Variable, RegExp> = {
  BUCKET_PREFIX: /\$\{BUCKET_PREFIX\}/,
  TRAIL_NAME: /\$TRAIL_NAME|\$\{TRAIL_NAME\}/,
  LOG_GROUP: /\$LOG_GROUP|\$\{LOG_GROUP\}/,
  ALERT_EMAIL: /\$ALERT_EMAIL|\$\{ALERT_EMAIL\}/,
  BUDGET_USD: /\$BUDGET_USD|\$\{BUDGET_USD\}/,
};

/** The plan for the one account of a report. */
export function buildPlan(report: JsonReport): FixPlan {
  const [account, ...others] = report.accounts;
  if (!account || others.length > 0) throw new Error('a fix plan is for one account');
  const audited = account.regions.filter((region) => !account.results.some((result) => result.region === region && result.messageKey === 'engine.region-disabled'));
  const plan: FixPlan = { accountId: account.id, partition: account.partition, homeRegion: homeRegion(audited) ?? 'us-east-1', lang: report.lang, variables: [], steps: [], manual: [] };
  const selected = new Set(report.catalog.map((entry) => entry.id));
  // A finding one step fixes is not offered to the next (a new trail brings its validation along).
  const covered = new Set<JsonResult>();
  const context: FixContext = {
    accountId: plan.accountId,
    partition: plan.partition,
    homeRegion: plan.homeRegion,
    failing: (checkId) => fails(account.results, checkId).filter((result) => !covered.has(result)),
    selected: (checkId) => selected.has(checkId),
  };
  for (const check of CHECKS.filter((entry) => selected.has(entry.id))) {
    for (const step of check.fix?.(context) ?? []) {
      plan.steps.push(step);
      step.covers.forEach((result) => covered.add(result));
    }
  }
  const text = plan.steps.flatMap((step) => [...step.commands, step.title.en]).join('\n');
  plan.variables = (Object.keys(VARIABLE_USE) as Variable[]).filter((name) => VARIABLE_USE[name].test(text));
  plan.manual = report.catalog
    .map((check) => ({ check, findings: fails(account.results, check.id).filter((result) => !covered.has(result)).map((result) => result.message) }))
    .filter((step) => step.findings.length > 0);
  return plan;
}
