// Linux's process table, read from /proc: which processes a process started, and whether they still run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/PID/stat after the command's name: [state, ppid, …]; undefined once the process is gone. */
function statOf(pid: string): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  } catch {
    return undefined; // ended meanwhile
  }
}

/** The processes whose parent is `pid`. */
export function childrenOf(pid: number): string[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && statOf(entry)?.[1] === String(pid));
}

/** Gone, or a zombie its new parent has yet to reap: no longer at work. */
export function ended(pid: string): boolean {
  const state = existsSync(`/proc/${pid}`) ? statOf(pid)?.[0] : undefined;
  return state === undefined || state === 'Z';
}

/** Waits (at most `limitMs`, a bound on a hang, not a timing claim) until every one of `pids` has ended; the ones still at work. */
export async function untilEnded(pids: readonly string[], limitMs: number): Promise<string[]> {
  for (let waited = 0; pids.some((pid) => !ended(pid)) && waited < limitMs; waited += 50) await new Promise((wait) => setTimeout(wait, 50));
  return pids.filter((pid) => !ended(pid));
}
