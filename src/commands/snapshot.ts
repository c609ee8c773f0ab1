import { resolve } from 'node:path';
import { type AccountsScope, type AuditFlags, auditAccount, auditClock, resolveAudit } from '../audit/audit.js';
import { type AccountSnapshot, accountSnapshot, buildSnapshot } from '../aws/snapshot.js';
import { checkWritable, writeFileAtomic } from '../io/write.js';
import type { Io } from '../io/io.js';
import { EXIT } from '../engine/gate.js';
import { auditAccounts } from '../audit/organization.js';
import { openSource } from '../audit/sources.js';
import { say } from '../core/messages.js';
import { byCodeUnit } from '../core/order.js';

/**
 * Collects exactly the facts the selected checks read, by running them on the live account; with --org
 * or --accounts, every account's facts (each as its audit read them, the organization's shared facts
 * included), to be replayed together by `audit --snapshot`.
 */
export async function snapshotCommand(flags: AuditFlags & { output: string }, io: Io): Promise<number> {
  const resolved = await resolveAudit({ ...flags, snapshot: undefined }, io.env, io.cwd);
  checkWritable(resolve(io.cwd, flags.output), flags.output); // before the first AWS call: a long collection never ends on a lost snapshot
  const { now } = auditClock(io.env);
  const accounts: AccountSnapshot[] = [];
  let scope: AccountsScope = {};
  if (resolved.accounts) {
    const many = await auditAccounts({ ...flags, snapshot: undefined }, resolved, now, io, false, async (audit, source) => {
      accounts.push(await accountSnapshot(source.store, { id: audit.accountId, partition: audit.partition, ...(audit.name ? { name: audit.name } : {}), ...(audit.ou ? { ou: audit.ou } : {}) }, audit.regions));
    });
    scope = many.scope;
    accounts.sort((a, b) => byCodeUnit(a.account.id, b.account.id));
  } else {
    const source = await openSource({ ...flags, snapshot: undefined }, resolved, io);
    const audit = await auditAccount(source, resolved, now);
    accounts.push(await accountSnapshot(source.store, { id: audit.accountId, partition: audit.partition }, audit.regions));
  }
  const snapshot = buildSnapshot(accounts, now, scope);
  writeFileAtomic(resolve(io.cwd, flags.output), `${JSON.stringify(snapshot, null, 2)}\n`);
  const entries = accounts.flatMap((account) => Object.entries(account.facts));
  const errors = entries.filter(([, entry]) => 'error' in entry).length;
  io.stderr(`aws-baseline: ${say(resolved.lang).wrote(flags.output, entries.length, errors, Math.max(...accounts.map((account) => account.regions.length)))}\n`);
  if (scope.notListed) {
    io.stderr(`aws-baseline: ${say(resolved.lang).notListed(scope.notListed.after, scope.notListed.message)}\n`);
    return EXIT.incomplete;
  }
  // A snapshot of nothing but failures is no evidence: AWS refused or lost every read (who we are needs no permission, so it does not count).
  const judged = entries.filter(([key]) => key !== 'sts.identity');
  return judged.length > 0 && judged.every(([, entry]) => 'error' in entry) ? EXIT.incomplete : EXIT.ok;
}
