import type { FactsSource } from '../facts/source.js';
import type { Check } from '../checks/define.js';
import { CHECKS } from '../checks/index.js';
import { loadConfig, type Config } from '../settings/config.js';
import { EXIT, exitCode, type FailOn } from '../engine/gate.js';
import { InputError } from '../core/errors.js';
import { type AccountAudit, runAudit } from '../engine/run.js';
import type { Suppression, SuppressionReport } from '../engine/suppress.js';
import { selectChecks } from '../engine/select.js';
import type { Lang, OuPlace } from '../core/model.js';
import { DEFAULT_ROLE_NAME, parseAccounts, parseConcurrency, parseTimeout, parseFailOn, parseLang, parseList, parseOus, parseRegions, parseShard } from '../settings/options.js';
import type { Shard } from '../engine/shard.js';
import { buildReport } from '../engine/report.js';
import type { JsonReport } from '../report/schema.js';

/** Flags as commander hands them over. */
export interface AuditFlags {
  snapshot?: string;
  profile?: string;
  regions?: string;
  checks?: string;
  skipChecks?: string;
  failOn?: string;
  config?: string;
  lang?: string;
  paidCalls?: boolean;
  allowIncomplete?: boolean;
  failOnStale?: boolean;
  concurrency?: string;
  timeout?: string;
  verbose?: boolean;
  org?: boolean;
  accounts?: string;
  roleName?: string;
  externalId?: string;
  shard?: string;
  ous?: string;
}

export interface ResolvedAudit {
  config: Config;
  profile: string | undefined;
  checks: Check[];
  regions: string[] | undefined;
  failOn: FailOn;
  lang: Lang;
  paidCalls: boolean;
  allowIncomplete: boolean;
  failOnStale: boolean;
  concurrency: number;
  /** The longest the audit may take, in seconds. */
  timeoutSeconds: number;
  rootUnusedDays: number;
  /** undefined: the caller's account only; 'organization': every active account; or these ids. */
  accounts: 'organization' | string[] | undefined;
  roleName: string;
  externalId: string | undefined;
  /** --shard K/N: only the accounts of that part. */
  shard: Shard | undefined;
  /** --ous: only the accounts under these organizational units (or roots). */
  ous: string[] | undefined;
}

/** Flags win over the config file, which wins over defaults. Every input is validated here. */
export async function resolveAudit(flags: AuditFlags, env: NodeJS.ProcessEnv, cwd: string): Promise<ResolvedAudit> {
  const { config } = await loadConfig(flags.config, cwd);
  if (flags.ous !== undefined && !flags.org && !flags.snapshot) throw new InputError('--ous picks organizational units of --org (or of a snapshot of an organization): add --org', '--ous は --org(または組織のスナップショット)の組織単位を選びます。--org を指定してください');
  const checks = selectChecks(CHECKS, parseList(flags.checks) ?? config.checks?.include, [...(parseList(flags.skipChecks) ?? []), ...(config.checks?.skip ?? [])]);
  // Nothing to judge is never success: say so instead of exiting 0 on an empty report.
  if (checks.length === 0) throw new InputError('no check is left to run: --checks and --skip-checks (or the config) select nothing', '実行するチェックがありません: --checks と --skip-checks(または設定ファイル)で何も選ばれていません');
  return {
    config,
    profile: flags.profile ?? config.profile,
    checks,
    regions: flags.regions !== undefined ? parseRegions(flags.regions, '--regions') : parseRegions(config.regions, 'config regions'),
    failOn: parseFailOn(flags.failOn, config),
    lang: parseLang(flags.lang, config, env),
    paidCalls: flags.paidCalls !== false && config.paidCalls !== false,
    allowIncomplete: flags.allowIncomplete === true || config.allowIncomplete === true,
    failOnStale: flags.failOnStale === true || config.failOnStale === true,
    concurrency: parseConcurrency(flags.concurrency, config),
    timeoutSeconds: parseTimeout(flags.timeout, config),
    rootUnusedDays: config.settings?.rootUnusedDays ?? 90,
    accounts: flags.org ? 'organization' : parseAccounts(flags.accounts),
    shard: parseShard(flags.shard),
    ous: parseOus(flags.ous),
    roleName: flags.roleName ?? config.roleName ?? DEFAULT_ROLE_NAME,
    externalId: flags.externalId,
  };
}


export interface SnapshotAccounts extends AccountsScope {
  collectedAt: string;
  /**
   * Each account's facts, as a source of its own, opened once: after that the account's facts are held
   * by its source alone, and let go with it when its audit is done (an organization's snapshot is not
   * kept whole through the audit of its last account).
   */
  accounts: { id: string; name?: string; ou?: OuPlace; open(): Promise<FactsSource> }[];
}

/** `file` is read; `shownAs` is how reports name it (as the user typed it). One account, or many. */
export async function openSnapshot(file: string, shownAs = file): Promise<SnapshotAccounts> {
  // Loaded here, not with this module: a live audit reads its answers' schemas after its first call is out.
  const { loadSnapshot, snapshotStore } = await import('../aws/snapshot.js');
  const snapshot = await loadSnapshot(file);
  const { collectedAt } = snapshot;
  return {
    collectedAt,
    ...(snapshot.organization ? { organization: snapshot.organization } : {}),
    ...(snapshot.notListed ? { notListed: snapshot.notListed } : {}),
    // The closures below hold each entry until it is opened, and nothing else of the snapshot (not its list of entries).
    accounts: snapshot.accounts.map((loaded) => {
      let entry: typeof loaded | undefined = loaded;
      const { id, name, ou } = loaded.account;
      return {
        id,
        ...(name ? { name } : {}),
        ...(ou ? { ou } : {}),
        open: async (): Promise<FactsSource> => {
          if (!entry) throw new Error(`the snapshot's account ${id} was opened twice`);
          const reading = entry.read();
          entry = undefined;
          const facts = await reading;
          return { kind: 'snapshot', snapshot: shownAs, store: snapshotStore(facts, shownAs), defaultRegions: facts.regions, collectedAt, paidCalls: () => 0, operations: () => [] };
        },
      };
    }),
  };
}

/** A snapshot of several accounts (or of an organization) is replayed like --org; one account like one. */
export const isMany = (snapshot: SnapshotAccounts) => snapshot.accounts.length > 1 || snapshot.organization !== undefined || snapshot.notListed !== undefined;

/** Check evaluations at once: enough for every check in every region to wait on its facts together. */
const CHECK_CONCURRENCY = 64;


export async function auditAccount(source: FactsSource, resolved: ResolvedAudit, now: Date, accountHint?: string): Promise<AccountAudit> {
  return runAudit(source.store, {
    accountHint,
    checks: resolved.checks,
    requestedRegions: resolved.regions ?? source.defaultRegions,
    settings: { rootUnusedDays: resolved.rootUnusedDays, paidCalls: resolved.paidCalls },
    now,
    // Checks only wait on facts; the session bounds the AWS calls themselves.
    concurrency: CHECK_CONCURRENCY,
    attestations: resolved.config.attestations ?? [],
    suppressions: resolved.config.suppressions ?? [],
  });
}

/** Suppressions that matched nothing in any audited account (one account's miss is another's match). */
export function staleSuppressions(accounts: readonly { suppressions: SuppressionReport }[]): Suppression[] {
  const [first, ...rest] = accounts;
  const text = (entry: Suppression) => JSON.stringify(entry); // the same entry, whether in memory or read back from a report
  const unusedIn = rest.map((account) => new Set(account.suppressions.unused.map(text)));
  return (first?.suppressions.unused ?? []).filter((entry) => unusedIn.every((unused) => unused.has(text(entry))));
}

/** --fail-on-stale: a suppression that matched nothing in any account gates like a finding (1 outranks 3 and 0). */
export function gateStale(code: number, accounts: readonly { suppressions: SuppressionReport }[], resolved: Pick<ResolvedAudit, 'failOnStale'>): number {
  return resolved.failOnStale && staleSuppressions(accounts).length > 0 ? EXIT.findings : code;
}

export interface SourceSummary {
  kind: 'live' | 'snapshot';
  snapshot?: string;
  paidCalls: number;
}

/** The moment results are judged at, and where it came from. */
export interface AuditClock {
  now: Date;
  clock: 'wall' | 'snapshot' | 'fixed';
}

/** What an audit of many accounts adds: the organization, and where its account list broke off. */
export type AccountsScope = Pick<JsonReport, 'organization' | 'notListed'>;

export function reportFor(audits: AccountAudit[], resolved: ResolvedAudit, source: SourceSummary, startedAt: Date, finishedAt: Date, clock: AuditClock, scope: AccountsScope = {}): JsonReport {
  const results = audits.flatMap((audit) => audit.results);
  const code = exitCode(results, { failOn: resolved.failOn, allowIncomplete: resolved.allowIncomplete }, scope.notListed !== undefined);
  return buildReport({
    audits,
    checks: resolved.checks,
    lang: resolved.lang,
    startedAt,
    finishedAt,
    failOn: resolved.failOn,
    exitCode: gateStale(code, audits, resolved),
    source: { kind: source.kind, ...(source.snapshot ? { snapshot: source.snapshot } : {}), judgedAt: clock.now.toISOString(), clock: clock.clock },
    paidCalls: { count: source.paidCalls, skipped: !resolved.paidCalls },
    ...(scope.organization ? { organization: scope.organization } : {}),
    ...(scope.notListed ? { notListed: scope.notListed } : {}),
    ...(resolved.shard ? { shard: resolved.shard } : {}),
  });
}

/**
 * The audit clock. A snapshot is evidence of its moment: it is judged at its collectedAt, not at the
 * wall clock of the replay. AWS_BASELINE_NOW (ISO 8601) overrides both, for tests and reproducible runs.
 */
export function auditClock(env: NodeJS.ProcessEnv, collectedAt?: string): AuditClock {
  const fixed = env.AWS_BASELINE_NOW;
  if (fixed) {
    const date = new Date(fixed);
    if (Number.isNaN(date.getTime())) throw new InputError(`AWS_BASELINE_NOW=${fixed}: not an ISO 8601 date-time`, `AWS_BASELINE_NOW=${fixed}: ISO 8601 の日時ではありません`);
    return { now: date, clock: 'fixed' };
  }
  if (collectedAt) return { now: new Date(collectedAt), clock: 'snapshot' };
  return { now: new Date(), clock: 'wall' };
}
