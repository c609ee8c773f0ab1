import { type AccountsScope, auditAccount, type AuditFlags, type ResolvedAudit } from './audit.js';
import { reportAccount } from '../engine/report.js';
import type { AccountAudit } from '../engine/run.js';
import { inShard } from '../engine/shard.js';
import { AuditNotFinished, InputError } from '../core/errors.js';
import { CollectError, type CollectErrorData } from '../facts/errors.js';
import type { FactKey } from '../facts/catalog.js';
import type { FactsSource } from '../facts/source.js';
import type { Io } from '../io/io.js';
import type { AwsSession } from '../aws/session.js';
import { accountProgress } from '../process/progress.js';
import { liveOptions } from './sources.js';
import { byCodeUnit } from '../core/order.js';
import type { ListedAccount, NotListed, OrganizationListing, OuPlace } from '../core/model.js';
import { underUnits } from '../engine/select.js';
import { say } from '../core/messages.js';
import { textPool } from '../engine/texts.js';
import { accountSlots } from './slots.js';

export interface AccountsAudit {
  /** In account id order, whatever order they finished in (a merge of shards reads the same). */
  audits: AccountAudit[];
  paidCalls: number;
  operations: string[];
  scope: AccountsScope;
}

/** One account's turn: a source built when its turn comes, audited, then let go (its clients and facts with it). */
export interface AccountTurn {
  id: string;
  name?: string;
  /** Where the organization's tree places it (undefined: not known); a promise while the tree is still being read. */
  place?: () => OuPlace | undefined | Promise<OuPlace | undefined>;
  /** `whileWaiting`: how the account waits between polls of its credential report, its slot lent to another meanwhile. */
  open(whileWaiting?: (wait: () => Promise<void>) => Promise<void>): FactsSource | Promise<FactsSource>;
}

/** Called as each account is done, before its source is let go (the snapshot command keeps its facts). */
export type OnAudited = (audit: AccountAudit, source: FactsSource) => Promise<void>;

const TURN_EVERY_MS = 100;

/** Audits accounts a few at once, each isolated: a failing account is ERROR in its own results only. */
export async function auditEach(turns: AsyncIterable<AccountTurn[]> | Iterable<AccountTurn[]>, resolved: ResolvedAudit, now: Date, io: Io, progressShown: boolean, onAudited?: OnAudited) {
  const slots = accountSlots(resolved.concurrency);
  const progress = accountProgress(io, resolved.lang, progressShown);
  const audits: Promise<AccountAudit | undefined>[] = [];
  let paidCalls = 0;
  let lastTurn = Date.now();
  const operations: string[] = [];
  const shared = textPool();
  /** An account audited and placed: handed on, counted, and (in a spread audit's process) let go. */
  const finish = async (turn: AccountTurn, audited: Omit<AccountAudit, 'name' | 'ou'>, source: FactsSource, ou: OuPlace | undefined): Promise<AccountAudit | undefined> => {
    const audit = { ...shared(audited), ...(turn.name ? { name: turn.name } : {}), ...(ou ? { ou } : {}) };
    await onAudited?.(audit, source);
    paidCalls += source.paidCalls();
    operations.push(...source.operations());
    progress.done(audit.results.some((result) => result.status === 'FAIL' && !result.suppressed));
    if (!io.accountSink) return audit;
    // A process of a spread audit hands each account to its parent and keeps nothing of it.
    io.accountSink(reportAccount(audit, resolved.checks, resolved.lang));
    return undefined;
  };
  const schedule = (turn: AccountTurn) => {
    const done = slots.run(async () => {
      // An audit of a snapshot waits on no I/O of its own: it would hear nothing until its end (the parent of a restarted
      // process gone, see audit/capped.ts). An account starts on a new turn of the event loop if the last was 100 ms ago
      // (each account on a turn of its own held more accounts in progress at once: up to ~50 MB more at 1,000).
      if (Date.now() - lastTurn > TURN_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastTurn = Date.now();
      }
      // In a spread audit, an account is asked for when there is room for it; another process may have it.
      if (io.claim && !(await io.claim(turn.id))) return undefined;
      const source = await turn.open((wait) => slots.idle(wait));
      const audited = await auditAccount(source, resolved, now, turn.id);
      const placed = turn.place?.();
      // A large organization's tree is tens of pages, read level by level: an account done before it is read lets
      // its slot go (its results and facts kept meanwhile) and is placed once it is, so that the next accounts start.
      if (placed instanceof Promise) return { placed: placed.then((ou) => finish(turn, audited, source, ou)) };
      return { finished: await finish(turn, audited, source, placed) };
    });
    audits.push(done.then((outcome) => (outcome === undefined ? undefined : 'placed' in outcome ? outcome.placed : outcome.finished)));
  };
  try {
    for await (const page of turns) {
      page.filter((turn) => inShard(turn.id, resolved.shard)).forEach(schedule);
      progress.listed(audits.length);
    }
  } catch (error) {
    await Promise.allSettled(audits);
    progress.stop();
    throw error;
  }
  try {
    const finished = (await Promise.all(audits)).filter((audit) => audit !== undefined);
    return { audits: finished.sort((a, b) => byCodeUnit(a.accountId, b.accountId)), paidCalls, operations };
  } finally {
    // Also when an account ends the audit (a snapshot's account refused when opened): the error is then said on a line of its own.
    progress.stop();
  }
}

/**
 * The tree, or undefined when it could not be read: reports then carry no units, and stderr says why.
 * With --ous it is what selects the accounts: without it the audit cannot start.
 */
async function treeOf(reading: Promise<Map<string, OuPlace>>, resolved: ResolvedAudit, io: Io): Promise<Map<string, OuPlace> | undefined> {
  try {
    return await reading;
  } catch (error) {
    const failed = error instanceof CollectError ? error : new CollectError({ service: 'organizations', operation: 'ListRoots', code: 'Unknown', kind: 'unknown', message: error instanceof Error ? error.message : String(error) });
    if (resolved.ous) {
      const en = `--ous: cannot read the organization's units (${failed.message}): grant organizations:ListRoots, ListOrganizationalUnitsForParent and ListAccountsForParent ("aws-baseline policy --org"), or audit without --ous`;
      const ja = `--ous: 組織単位を読めません(${failed.message})。organizations:ListRoots、ListOrganizationalUnitsForParent、ListAccountsForParent を付与する(「aws-baseline policy --org」)か、--ous なしで監査してください`;
      throw failed.kind === 'access-denied' ? new InputError(en, ja) : new AuditNotFinished(en, ja);
    }
    io.stderr(`aws-baseline: ${say(resolved.lang).noUnits(failed.message)}\n`);
    return undefined;
  }
}

/** The organization's account list could not be read at all: a refusal or no organization is a matter of where the audit runs; anything else, of trying again. */
function cannotList(error: CollectError): Error {
  const reason = `cannot list the organization's accounts (${error.message})`;
  // Refused, or no organization at all (AWSOrganizationsNotInUseException): a matter of where the audit runs.
  if (error.kind === 'access-denied' || error.kind === 'not-enabled') {
    return new InputError(`${reason}: run from the management account or a delegated administrator, or name them with --accounts`, `組織のアカウントを一覧できません(${error.message})。管理アカウントか委任管理者から実行するか、--accounts でアカウントを指定してください`);
  }
  return new AuditNotFinished(`${reason}: no account was audited; run the audit again (or name the accounts with --accounts)`, `組織のアカウントを一覧できません(${error.message})。監査したアカウントはありません。再実行するか、--accounts でアカウントを指定してください`);
}

/**
 * --org / --accounts: every target account through its audit role, a few at once, starting as soon as
 * the first page of the account list arrives.
 */
export async function auditAccounts(flags: AuditFlags, resolved: ResolvedAudit, now: Date, io: Io, progress: boolean, onAudited?: OnAudited): Promise<AccountsAudit> {
  if (flags.snapshot) throw new InputError('--org and --accounts audit live accounts; --snapshot replays what a snapshot holds', '--org と --accounts は稼働中のアカウントを監査します。--snapshot はスナップショットの内容を再生します');
  const [{ ALIKE_IN_EVERY_PROCESS, openLiveSession, startSlowFacts }, { memberSource }] = await Promise.all([import('../aws/live.js'), import('../aws/members.js')]);
  const options = { ...liveOptions(flags, resolved, io), accountsAtOnce: resolved.concurrency };
  // A process of a spread audit asks its parent for the caller's facts that every process would read alike.
  const { parentFact } = io;
  const shared = parentFact && ((key: FactKey) => (ALIKE_IN_EVERY_PROCESS.has(key) ? factFromParent(parentFact, key) : undefined));
  // The caller's credential report, budgets and regional reads start at once only where the caller is sure to be
  // audited here: an organization audit in one process (--accounts may not name the caller; a shard of a CI matrix or
  // a process of a spread audit may not hold it). Otherwise they start when the caller's turn comes (below), if it does.
  const base = await openLiveSession({ ...options, prefetch: resolved.accounts === 'organization' && resolved.shard === undefined && io.claim === undefined, ...(shared ? { shared } : {}) });
  const caller = await base.store.get('sts.identity').catch(() => undefined);
  const organization = await base.store.get('organizations.organization').catch(() => undefined);
  // Organization-wide answers (organization trails, Firewall Manager's administrator) judge the members only when the management account gave them.
  const management = organization !== undefined && organization.managementAccountId === caller?.accountId ? organization.managementAccountId : undefined;
  // The caller's own session is counted once, at the end (its list of accounts and AssumeRoles go on after its audit).
  // The accounts and the tree, read once: here, or by the parent of a spread audit for all its processes.
  const listing = resolved.accounts === 'organization' ? (io.listing ?? (await organizationListing(base.session, resolved, io))) : undefined;
  const tree = listing?.tree;
  // Once read, an account's place is known without waiting (its `map` undefined: the tree could not be read).
  let read: { map: ReadonlyMap<string, OuPlace> | undefined } | undefined;
  void tree?.then(
    (map) => (read = { map }),
    () => undefined, // with --ous, what selects the accounts: the listing's pages say why it could not be read
  );
  const turn = (account: ListedAccount): AccountTurn => ({
    ...account,
    ...(tree ? { place: () => (read ? read.map?.get(account.id) : tree.then((map) => map?.get(account.id))) } : {}),
    open: (whileWaiting) => {
      if (account.id === caller?.accountId) {
        startSlowFacts(base.store, options.needs); // already started, unless this process had to learn it audits the caller
        return { ...base, paidCalls: () => 0, operations: () => [] };
      }
      return memberSource(base, { accountId: account.id, partition: caller?.partition ?? 'aws', roleName: resolved.roleName, externalId: resolved.externalId, managementAccountId: management, inCallersOrganization: resolved.accounts === 'organization' && organization !== undefined }, { ...options, ...(whileWaiting ? { whileWaiting } : {}) });
    },
  });
  async function* pages(): AsyncGenerator<AccountTurn[]> {
    if (!listing) {
      yield (resolved.accounts === 'organization' ? [] : (resolved.accounts ?? [])).map((id) => turn({ id }));
      return;
    }
    for await (const page of listing.pages) yield page.map(turn);
  }
  const done = await auditEach(pages(), resolved, now, io, progress, onAudited);
  return {
    ...done,
    paidCalls: done.paidCalls + base.paidCalls(),
    operations: [...base.operations(), ...done.operations],
    scope: {
      ...(organization && resolved.accounts === 'organization' ? { organization: { id: organization.id, managementAccountId: organization.managementAccountId } } : {}),
      ...(listing?.notListed() ? { notListed: listing.notListed() } : {}),
    },
  };
}

/** A fact as the parent of a spread audit read it, checked as any answer is: its value against the fact's schema, or the error its read ended with. */
async function factFromParent(parentFact: NonNullable<Io['parentFact']>, key: FactKey): Promise<unknown> {
  const [answer, { collectErrorSchema, factSchema }] = await Promise.all([parentFact(key), import('../aws/snapshot.js')]);
  const checked = 'error' in answer ? collectErrorSchema.safeParse(answer.error) : factSchema(key).safeParse(answer.value);
  if (!checked.success) {
    throw new CollectError({ service: 'aws-baseline', operation: key, code: 'NotAFact', kind: 'malformed', message: `the parent process answered ${key} with what is not one`, ja: `親プロセスの ${key} への応答が事実の形ではありません` });
  }
  if ('error' in answer) throw new CollectError(checked.data as CollectErrorData);
  return checked.data;
}

/**
 * The organization's accounts, page by page, and its tree, read beside them: once per audit. With --ous
 * the tree decides which accounts are audited, so it is read before the first page is handed on.
 */
export async function organizationListing(session: AwsSession, resolved: ResolvedAudit, io: Io): Promise<OrganizationListing> {
  const { organizationAccounts, organizationTree } = await import('../aws/organization.js');
  const tree = treeOf(organizationTree(session), resolved, io);
  let notListed: NotListed | undefined;
  async function* pages(): AsyncGenerator<ListedAccount[]> {
    const places = resolved.ous ? await tree : undefined;
    let listed = 0;
    try {
      for await (const page of organizationAccounts(session)) {
        listed += page.length;
        yield page.filter((account) => !resolved.ous || underUnits(places?.get(account.id), resolved.ous));
      }
    } catch (error) {
      const failed = error instanceof CollectError ? error : new CollectError({ service: 'organizations', operation: 'ListAccounts', code: 'Unknown', kind: 'unknown', message: error instanceof Error ? error.message : String(error) });
      // Accounts already listed are audited and kept: the report says the list broke off, and the audit is incomplete.
      if (listed > 0) notListed = { after: listed, kind: failed.kind, message: failed.message };
      else throw cannotList(failed);
    }
  }
  return { pages: pages(), tree, notListed: () => notListed };
}
