import { resolve } from 'node:path';
import { type AuditFlags, openSnapshot, type ResolvedAudit } from './audit.js';
import { readsOf } from './checks/index.js';
import type { FactsSource } from './facts/source.js';
import type { Io } from './io.js';
import { sdkTuning } from './options.js';

export async function openSource(flags: AuditFlags, resolved: ResolvedAudit, io: Io): Promise<FactsSource> {
  if (flags.snapshot) return openSnapshot(resolve(io.cwd, flags.snapshot), flags.snapshot);
  const { openLiveSession } = await import('./aws/live.js');
  return openLiveSession(liveOptions(flags, resolved, io));
}

export function liveOptions(flags: AuditFlags, resolved: ResolvedAudit, io: Io) {
  return { ...sdkTuning(io.env), deadline: Date.now() + resolved.timeoutSeconds * 1000, profile: resolved.profile, env: io.env, paidCalls: resolved.paidCalls, log: flags.verbose ? io.stderr : undefined, needs: readsOf(resolved.checks) };
}

