import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { Io } from '../io/io.js';
import { RESTARTED_ENV } from '../process/restarted.js';

/**
 * A process's young generation capped: V8 lets it grow to 64 MB a half on Node 22+ when a process
 * allocates as fast as an audit parses answers or a snapshot's accounts, and only a flag at start-up
 * sets it. For four processes of a spread audit it was a quarter of the peak; for an audit of a
 * snapshot of 1,000 accounts, ~135 of ~365 MB, at the same CPU. And its old generation let grow to
 * twice what is live after a full collection, not up to four times (V8's choice for a process that
 * allocates this fast): an organization's processes hold ~70-80 MB live, and grew to ~540 MB each.
 * 1,000 accounts side by side: 1,270 → 926 MB at once, for ~8 % more CPU (157 → 169 s; wall 111 → 120 s).
 */
export const CHILD_V8_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=100'];

const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The same command, run again in a process of its own with those flags, on this
 * process's standard input, output and error (a terminal stays one): its exit code is this one's, its
 * signal this one's (forwarded to it, and taken again from it). Through the IPC channel it ends if this
 * process is killed outright (start.ts).
 */
export function runCapped(io: Io): Promise<number> {
  const { self, argv } = io;
  if (!self || !argv) throw new Error('a restart needs the command that started this one');
  const [command = process.execPath, ...prefix] = self;
  const child = spawn(command, [...CHILD_V8_FLAGS, ...prefix, ...argv], { cwd: io.cwd, env: { ...io.env, [RESTARTED_ENV]: '1' }, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  // A signal sent to this process alone (a CI job's timeout) is the child's too; a terminal's reaches both.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const each of FORWARDED) process.removeListener(each, forward);
      if (signal) {
        // Ended by a signal, as this process would have been: so is this one (a shell then says 130 or 143).
        process.kill(process.pid, signal);
        resolve(128 + (constants.signals[signal] ?? 0));
      } else resolve(code ?? 1);
    });
  });
}
