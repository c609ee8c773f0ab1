import pLimit from 'p-limit';
import { auditAccount, type AuditFlags, type ResolvedAudit } from './audit.js';
import type { AccountAudit } from './engine/run.js';
import { InputError } from './errors.js';
import type { Io } from './io.js';
import { say } from './messages.js';
import { liveOptions } from './sources.js';

/**
 * --org / --accounts: every target account through its audit role, a few at once, starting as soon as
 * the first page of the account list arrives. A failing account is ERROR in its own results only.
 */
export async function auditAccounts(flags: AuditFlags, resolved: ResolvedAudit, now: Date, io: Io, progress: boolean) {
  if (flags.snapshot) throw new InputError('--org and --accounts audit live accounts; --snapshot replays one account');
  const [{ openLiveSession, memberSource }, { organizationAccounts }] = await Promise.all([import('./aws/live.js'), import('./aws/organization.js')]);
  const options = { ...liveOptions(flags, resolved, io), accountsAtOnce: resolved.concurrency };
  const base = await openLiveSession(options);
  const caller = await base.store.get('sts.identity').catch(() => undefined);
  const limit = pLimit(resolved.concurrency);
  const audits: Promise<AccountAudit>[] = [];
  let done = 0;
  let paidCalls = 0;
  const operations: string[] = [];
  const schedule = (accountId: string) => {
    audits.push(
      limit(async () => {
        // Built when its turn comes: its AssumeRole and first reads are sent within --concurrency, not all at once.
        const source =
          accountId === caller?.accountId
            ? base
            : memberSource(base, { accountId, partition: caller?.partition ?? 'aws', roleName: resolved.roleName, externalId: resolved.externalId, managementAccountId: caller?.accountId }, options);
        const audit = await auditAccount(source, resolved, now, accountId);
        // Keep the numbers, not the source: a member's SDK clients and facts go once it is done.
        // The caller's own session is counted once, at the end (its list of accounts and AssumeRoles go on after its audit).
        if (source !== base) {
          paidCalls += source.paidCalls();
          operations.push(...source.operations());
        }
        done += 1;
        if (progress) io.stderr(`aws-baseline: ${say(resolved.lang).accountsAudited(done)}\n`);
        return audit;
      }),
    );
  };
  if (resolved.accounts === 'organization') {
    try {
      for await (const page of organizationAccounts(base.session)) page.forEach(schedule);
    } catch (error) {
      await Promise.allSettled(audits);
      throw new InputError(`cannot list the organization's accounts (${error instanceof Error ? error.message : String(error)}): run from the management account or a delegated administrator, or name them with --accounts`);
    }
  } else {
    (resolved.accounts ?? []).forEach(schedule);
  }
  const results = await Promise.all(audits);
  return { audits: results, paidCalls: paidCalls + base.paidCalls(), operations: [...base.operations(), ...operations] };
}

