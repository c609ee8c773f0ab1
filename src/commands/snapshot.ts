import { resolve } from 'node:path';
import { type AuditFlags, auditAccount, auditClock, resolveAudit } from '../audit.js';
import { buildSnapshot } from '../aws/snapshot.js';
import { writeFileAtomic } from '../write.js';
import type { Io } from '../io.js';
import { EXIT } from '../engine/gate.js';
import { openSource } from '../sources.js';
import { say } from '../messages.js';

/** Collects exactly the facts the selected checks read, by running them on the live account. */
export async function snapshotCommand(flags: AuditFlags & { output: string }, io: Io): Promise<number> {
  const resolved = await resolveAudit({ ...flags, snapshot: undefined }, io.env, io.cwd);
  const { now } = auditClock(io.env);
  const source = await openSource({ ...flags, snapshot: undefined }, resolved, io);
  const audit = await auditAccount(source, resolved, now);
  const snapshot = await buildSnapshot(source.store, { id: audit.accountId, partition: audit.partition }, audit.regions, now);
  writeFileAtomic(resolve(io.cwd, flags.output), `${JSON.stringify(snapshot, null, 2)}\n`);
  const errors = Object.values(snapshot.facts).filter((entry) => 'error' in entry).length;
  io.stderr(`aws-baseline: ${say(resolved.lang).wrote(flags.output, Object.keys(snapshot.facts).length, errors, audit.regions.length)}\n`);
  // A snapshot of nothing but failures is no evidence: AWS refused or lost every read (who we are needs no permission, so it does not count).
  const judged = Object.entries(snapshot.facts).filter(([key]) => key !== 'sts.identity');
  return judged.length > 0 && judged.every(([, entry]) => 'error' in entry) ? EXIT.incomplete : EXIT.ok;
}
