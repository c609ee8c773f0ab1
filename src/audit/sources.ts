import { resolve } from 'node:path';
import { type AuditFlags, isMany, openSnapshot, type ResolvedAudit, type SnapshotAccounts } from './audit.js';
import { InputError } from '../core/errors.js';
import { readsOf } from '../checks/index.js';
import type { FactsSource } from '../facts/source.js';
import type { Io } from '../io/io.js';
import { sdkTuning } from '../settings/options.js';

/** The one account audited (neither --org nor --accounts): live, or the only account of a snapshot (`opened`: read already). */
export async function openSource(flags: AuditFlags, resolved: ResolvedAudit, io: Io, opened?: SnapshotAccounts): Promise<FactsSource> {
  if (flags.snapshot) {
    const snapshot = opened ?? (await openSnapshot(resolve(io.cwd, flags.snapshot), flags.snapshot));
    const [only] = snapshot.accounts;
    if (!only || isMany(snapshot)) throw new InputError(`${flags.snapshot} holds ${snapshot.accounts.length} accounts: this command takes one`, `${flags.snapshot} には ${snapshot.accounts.length} アカウントあります: このコマンドは 1 アカウントだけを扱います`);
    return only.open();
  }
  const { openLiveSession } = await import('../aws/live.js');
  return openLiveSession(liveOptions(flags, resolved, io));
}

export function liveOptions(flags: AuditFlags, resolved: ResolvedAudit, io: Io) {
  return { ...sdkTuning(io.env), deadline: Date.now() + resolved.timeoutSeconds * 1000, profile: resolved.profile, env: io.env, paidCalls: resolved.paidCalls, log: flags.verbose ? io.stderr : undefined, needs: readsOf(resolved.checks), ...(resolved.regions ? { regions: resolved.regions } : {}) };
}

