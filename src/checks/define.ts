import { CollectError, type ErrorKind, isCollectError } from '../facts/errors.js';
import type { Facts } from '../facts/store.js';
import { FACTS, type FactKey, type Identity } from '../facts/catalog.js';
import type { MessageParams, Severity } from '../core/model.js';
import type { SeedSection } from './references.js';
import type { FixSteps } from '../fix/step.js';

export type Scope = 'account' | 'region';

export interface CheckReferences {
  /** Section of the seed article (docs/source-article.md), for the checks that come from it. */
  seed?: SeedSection;
  /** AWS Startup Security Baseline controls (ACCT.01 …) it decides. */
  ssb?: string[];
  cis?: string[];
  fsbp?: string[];
  docs: string;
}

export interface CheckText<M extends string> {
  title: string;
  /** The rule, precisely: what makes it PASS (and what is SKIPPED or MANUAL), as the README's check reference states it. */
  passes: string;
  rationale: string;
  /** One line: what to do, shown under each failing resource. */
  remediation: string;
  console: string[];
  messages: Record<M, string>;
  /** The fix for one finding where it differs from `remediation` (same placeholders as its message). */
  fixes?: Partial<Record<M, string>>;
}

export interface CheckSettings {
  rootUnusedDays: number;
  paidCalls: boolean;
}

export interface CheckContext<S extends Scope = Scope, R extends FactKey = FactKey> {
  /** Only the facts the check declares in `reads`. */
  facts: Facts<R>;
  /** The region being evaluated: a string for region-scoped checks, undefined for account-scoped ones. */
  region: S extends 'region' ? string : undefined;
  /** Audited regions that are enabled for the account, in order. */
  regions: string[];
  identity: Identity | undefined;
  settings: CheckSettings;
  now: Date;
}

export type VerdictStatus = 'PASS' | 'FAIL' | 'SKIPPED' | 'MANUAL';

export interface Verdict<M extends string> {
  status: VerdictStatus;
  resource: string;
  messageKey: M;
  params?: MessageParams;
  details?: Record<string, string | number | boolean>;
  asOf?: string;
}

/** A read that failed for one resource only (one trail's status, say): ERROR for that resource alone. */
export interface ResourceError {
  status: 'ERROR';
  resource: string;
  error: CollectError;
}

export type Outcome<M extends string> = Verdict<M> | ResourceError;

export interface Check<M extends string = string, I extends string = string> {
  id: I;
  severity: Severity;
  scope: Scope;
  references: CheckReferences;
  /** How sure a FAIL is: `medium` where the evidence is indirect (SARIF precision). Default high. */
  precision?: 'high' | 'medium';
  /** The facts the check may read; a test proves the check reads no others. */
  reads: FactKey[];
  /** AWS CLI lines of the fix, the same in every language (its words are in `console`). */
  cli: string[];
  text: { en: CheckText<M>; ja: CheckText<M> };
  evaluate(ctx: CheckContext): Promise<Outcome<M>[]>;
  /** The steps of `aws-baseline fix` for what it found, where an API can fix it (fix/step.ts). */
  fix?: FixSteps;
}

/** Like an ESLint rule's `create`: metadata beside the verdict, message keys checked at compile time. */
export function defineCheck<M extends string, S extends Scope, R extends FactKey, I extends `${string}.${string}`>(check: {
  id: I;
  severity: Severity;
  scope: S;
  references: CheckReferences;
  precision?: 'high' | 'medium';
  reads: readonly R[];
  cli: string[];
  text: { en: CheckText<M>; ja: CheckText<NoInfer<M>> };
  evaluate(ctx: CheckContext<NoInfer<S>, NoInfer<R>>): Promise<Outcome<NoInfer<M>>[]>;
  fix?: FixSteps;
}): Check<M, I> {
  // The registry holds checks of every scope and reads; the engine hands each the context it declared.
  return { ...check, reads: [...check.reads], evaluate: (ctx) => check.evaluate(ctx) };
}

type VerdictOptions = {
  params?: MessageParams;
  details?: Record<string, string | number | boolean>;
  /** When the data behind the verdict was made, where it may be older than the audit (the credential report). */
  asOf?: string;
};

function verdict<M extends string>(status: VerdictStatus, resource: string, messageKey: M, options: VerdictOptions = {}): Verdict<M> {
  return { status, resource, messageKey, ...options };
}

export const pass = <M extends string>(resource: string, key: M, options?: VerdictOptions) => verdict('PASS', resource, key, options);
export const fail = <M extends string>(resource: string, key: M, options?: VerdictOptions) => verdict('FAIL', resource, key, options);
export const skip = <M extends string>(resource: string, key: M, options?: VerdictOptions) => verdict('SKIPPED', resource, key, options);
export const manual = <M extends string>(resource: string, key: M, options?: VerdictOptions) => verdict('MANUAL', resource, key, options);

export const ACCOUNT = 'account';
export const REGION = 'region';

/**
 * Reads a fact where one kind of failure *means* something (not in an organization, no Firewall
 * Manager administrator): those kinds resolve to undefined, every other failure propagates.
 */
export async function unless<T>(read: Promise<T>, ...meaningful: ErrorKind[]): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isCollectError(error, ...meaningful)) return undefined;
    throw error;
  }
}

/**
 * One read in each audited region, for an account-wide check that must look everywhere: the answers, and the regions
 * that could not be read. A region the organization's service control policy denies is set aside where another region
 * answered (the organization's choice, not a missing grant); where none did, it is a failure like any other.
 */
export async function inEveryRegion<T>(regions: readonly string[], read: (region: string) => Promise<T>): Promise<{ answers: { region: string; value: T }[]; failures: { region: string; error: CollectError }[] }> {
  const settled = await Promise.all(regions.map((region) => read(region).then((value) => ({ region, value }), (error: unknown) => ({ region, error }))));
  const answers: { region: string; value: T }[] = [];
  const failures: { region: string; error: CollectError }[] = [];
  for (const entry of settled) {
    if ('value' in entry) answers.push(entry);
    else if (entry.error instanceof CollectError) failures.push({ region: entry.region, error: entry.error });
    else throw entry.error;
  }
  return { answers, failures: answers.length === 0 ? failures : failures.filter((failure) => failure.error.kind !== 'organization-denied') };
}

/** Evaluates one resource; a failed read becomes an ERROR for that resource alone. */
export async function perResource<M extends string>(
  resource: string,
  evaluate: () => Promise<Outcome<M>>,
): Promise<Outcome<M>> {
  try {
    return await evaluate();
  } catch (error) {
    if (error instanceof CollectError) return { status: 'ERROR', resource, error };
    throw error;
  }
}

/** Whole days between an ISO timestamp and now, in UTC. */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
}

/**
 * A fact that was read but lacks what the check needs (a row, a user): an ERROR naming the call that
 * produced the fact, as its declaration says, never an operation the check makes up.
 */
export function incomplete(fact: FactKey, code: string, message: string, ja: string): CollectError {
  const action = FACTS[fact].actions.at(-1) ?? fact;
  const [service = fact, operation = fact] = action.split(':');
  return new CollectError({ service, operation, code, kind: 'missing', message, ja });
}

export function requireIdentity(ctx: Pick<CheckContext, 'identity'>): Identity {
  if (!ctx.identity) throw incomplete('sts.identity', 'IdentityUnknown', 'the account identity could not be read', 'アカウントの ID を読めませんでした');
  return ctx.identity;
}
