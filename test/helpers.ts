import { expect, it } from 'vitest';
import type { CollectErrorData, ErrorKind } from '../src/facts/errors.js';
import { FactStore, type SettledFact, staticLoader } from '../src/facts/store.js';
import { type Check, defineCheck, type Outcome } from '../src/checks/define.js';
import { type AccountAudit, type AuditPlan, runAudit } from '../src/engine/run.js';
import { buildReport } from '../src/engine/report.js';
import { buildPlan } from '../src/fix/plan.js';
import type { Result, Severity, Status } from '../src/core/model.js';
import type { CredentialReportRow, Trail } from '../src/facts/catalog.js';
import type { JsonReport } from '../src/report/schema.js';

export const ACCOUNT_ID = '123456789012';
export const NOW = new Date('2026-11-20T12:00:00Z');

const ERROR_MARK = Symbol('fact error');
export interface FactError {
  [ERROR_MARK]: CollectErrorData;
}

export function failure(operation: string, kind: ErrorKind, code: string, message = `${code} from ${operation}`): FactError {
  return { [ERROR_MARK]: { service: 'aws', operation, code, kind, message } };
}
export const denied = (operation: string) => failure(operation, 'access-denied', 'AccessDeniedException', `User is not authorized to perform ${operation}`);
export const throttled = (operation: string) => failure(operation, 'throttled', 'ThrottlingException');

function isFactError(value: unknown): value is FactError {
  return typeof value === 'object' && value !== null && ERROR_MARK in value;
}

/** Facts by stored key (`guardduty.detectors@us-east-1`); a marker from denied()/failure() is a failed read. */
export type FactTable = Record<string, unknown>;

export function storeOf(facts: FactTable, regions: string[] = ['us-east-1']): FactStore {
  const base: FactTable = {
    'sts.identity': { accountId: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:user/auditor`, partition: 'aws' },
    'account.regions': regions.map((name) => ({ name, enabled: true, status: 'ENABLED_BY_DEFAULT' })),
    ...facts,
  };
  const settled: Record<string, SettledFact> = {};
  for (const [key, value] of Object.entries(base)) settled[key] = isFactError(value) ? { error: value[ERROR_MARK] } : { value };
  return new FactStore(staticLoader(settled, 'the test'), { trackReaders: true });
}

/** A credential report row of the test account, with what a case sets. */
export const credentialRow = (user: string, fields: Partial<CredentialReportRow> = {}): CredentialReportRow => ({
  user,
  arn: user === '<root_account>' ? `arn:aws:iam::${ACCOUNT_ID}:root` : `arn:aws:iam::${ACCOUNT_ID}:user/${user}`,
  mfaActive: false,
  accessKey1Active: false,
  accessKey2Active: false,
  ...fields,
});
export const credentialReport = (...rows: CredentialReportRow[]) => ({ 'iam.credentialReport': { users: rows } });
/** An ISO time `days` before the cases' NOW. */
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

export interface CheckCase {
  name: string;
  facts: FactTable;
  regions?: string[];
  settings?: { rootUnusedDays?: number; paidCalls?: boolean };
  now?: Date;
  expect: Status[];
  /** Message keys, in result order, when the case is about which reason is given. */
  keys?: string[];
  /** Substrings the English message of each result must contain. */
  messages?: string[];
}

export async function evaluateCase(check: Check, testCase: Omit<CheckCase, 'name' | 'expect'>): Promise<{ results: Result[]; store: FactStore; audit: AccountAudit }> {
  const regions = testCase.regions ?? ['us-east-1'];
  const store = storeOf(testCase.facts, regions);
  const audit = await runAudit(store, {
    checks: [check],
    requestedRegions: regions,
    settings: { rootUnusedDays: 90, paidCalls: true, ...testCase.settings },
    now: testCase.now ?? NOW,
    concurrency: 4,
    attestations: [],
    suppressions: [],
  });
  return { results: audit.results, store, audit };
}

/** The steps the checks' fixes write for a case's findings, as the fix plan would with those checks selected. */
function fixStepsOf(checks: Check[], audit: AccountAudit) {
  const report = buildReport({ audits: [audit], checks, lang: 'en', startedAt: NOW, finishedAt: NOW, failOn: 'none', exitCode: 0, source: { kind: 'live', judgedAt: NOW.toISOString(), clock: 'wall' }, paidCalls: { count: 0, skipped: false } });
  return buildPlan(report).steps.map(({ checkIds, title, commands, covers }) => ({ checkIds, title, commands, covers: covers.map((found) => `${found.region} ${found.resource}`) }));
}

/** ESLint's RuleTester, for checks: one line of data per case; also proves the check read only what it declares. */
export function checkCases(check: Check, cases: CheckCase[]): void {
  for (const testCase of cases) {
    it(`${check.id}: ${testCase.name}`, async () => {
      const { results, store, audit } = await evaluateCase(check, testCase);
      expect(results.map((result) => result.status)).toEqual(testCase.expect);
      if (testCase.keys) expect(results.map((result) => result.messageKey)).toEqual(testCase.keys);
      testCase.messages?.forEach((fragment, index) => expect(results[index]?.message.en).toContain(fragment));
      for (const result of results) {
        expect(result.message.en).not.toMatch(/\{\w+\}/);
        expect(result.message.ja).not.toMatch(/\{\w+\}/);
        expect(result.message.ja).not.toBe('');
      }
      // What a reader is told, in both languages, pinned per case (reviewed in __snapshots__; `-u` after an intended change).
      expect(results.map(({ status, region, resource, message, remediation, details }) => ({ status, region, resource, message, remediation, details }))).toMatchSnapshot();
      // The fix step beside the check, for this state: every command and title it writes, or none.
      if (check.fix) expect(fixStepsOf([check], audit)).toMatchSnapshot('fix steps');
      const undeclared = store.readBy(check.id).filter((key) => !(check.reads as string[]).includes(key) && key !== 'sts.identity');
      expect(undeclared, 'facts read but not declared in reads').toEqual([]);
    });
  }
}

/** Fix steps that answer several checks at once (a trail made multi-region with its validation and logs): per state, the plan's steps with those checks selected. */
export function fixCases(checks: Check[], cases: Pick<CheckCase, 'name' | 'facts' | 'regions'>[]): void {
  for (const testCase of cases) {
    it(`fix plan of ${checks.map((check) => check.id).join(', ')}: ${testCase.name}`, async () => {
      const audit = await runAudit(storeOf(testCase.facts, testCase.regions), auditPlan({ checks, requestedRegions: testCase.regions ?? ['us-east-1'] }));
      expect(fixStepsOf(checks, audit)).toMatchSnapshot();
    });
  }
}

/** A one-account plan for runAudit, as the CLI would build it, with what a test changes. */
export function auditPlan(overrides: Partial<AuditPlan>): AuditPlan {
  return { checks: [], requestedRegions: ['us-east-1'], settings: { rootUnusedDays: 90, paidCalls: true }, now: NOW, concurrency: 4, attestations: [], suppressions: [], ...overrides };
}

/** An account-wide check that reads nothing, for engine tests: its texts are placeholders. */
export function testCheck<M extends string>(id: `${string}.${string}`, severity: Severity, messages: Record<M, string>, evaluate: () => Promise<Outcome<M>[]>): Check<M> {
  const text = { title: 't', passes: 'p', rationale: 'r', remediation: 'x', console: [], messages };
  return defineCheck({ id, severity, scope: 'account', references: { seed: 'iam-user', docs: 'https://example.com' }, reads: [], cli: [], text: { en: text, ja: text }, evaluate });
}

/** A trail as DescribeTrails lists it (multi-region, validated, this account's unless an organization trail), with the fields a case sets. */
export function trailOf(name: string, fields: Partial<Trail> = {}): Trail {
  return {
    arn: `arn:aws:cloudtrail:us-east-1:${fields.isOrganizationTrail ? '999999999999' : ACCOUNT_ID}:trail/${name}`,
    name,
    homeRegion: 'us-east-1',
    isMultiRegion: true,
    isOrganizationTrail: false,
    logFileValidation: true,
    ...fields,
  };
}

/** A report without what differs between two runs of one audit: their own clock. */
export const timeless = (report: JsonReport) => ({ ...report, startedAt: '', finishedAt: '', accounts: report.accounts.map((account) => ({ ...account, checks: account.checks.map((check) => ({ ...check, durationMs: 0 })) })) });
