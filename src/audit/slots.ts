/**
 * Accounts audited at once. An account whose credential report is being made (AWS can take seconds)
 * lends its slot to the next account while it waits between polls, and gets one back before anything
 * new starts; what it still has in flight goes on meanwhile (the session's shared socket pool bounds the
 * calls of all of them). At most `size` slots are lent (each such account holds what it has read): past
 * that, a wait keeps its slot.
 */
export interface AccountSlots {
  /** Runs an account's audit in a slot of its own, queued until one is free. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Within run(): waits without holding the slot. */
  idle<T>(wait: () => Promise<T>): Promise<T>;
}

export function accountSlots(size: number): AccountSlots {
  let free = size;
  let lent = 0;
  const resuming: (() => void)[] = [];
  const starting: (() => void)[] = [];
  const take = (queue: (() => void)[]) =>
    new Promise<void>((resolve) => {
      if (free > 0) {
        free -= 1;
        resolve();
      } else queue.push(resolve);
    });
  const give = () => {
    const next = resuming.shift() ?? starting.shift();
    if (next) next();
    else free += 1;
  };
  return {
    async run(work) {
      await take(starting);
      try {
        return await work();
      } finally {
        give();
      }
    },
    async idle(wait) {
      if (lent >= size) return wait();
      lent += 1;
      give();
      try {
        return await wait();
      } finally {
        lent -= 1;
        await take(resuming);
      }
    },
  };
}
