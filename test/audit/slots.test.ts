import { describe, expect, it } from 'vitest';
import { accountSlots } from '../../src/audit/slots.js';

/** A promise and its resolver, to hold an account at a step of the test's choosing. */
const gate = () => {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('accounts audited at once', () => {
  it('holds to its size; an account that only waits lends its slot, and gets one back before a new account starts', async () => {
    const slots = accountSlots(1);
    const events: string[] = [];
    const report = gate();
    const aDone = gate();
    const a = slots.run(async () => {
      events.push('a starts');
      await slots.idle(() => report.opened);
      events.push('a resumes');
      await aDone.opened;
      events.push('a ends');
    });
    const bHeld = gate();
    const b = slots.run(async () => {
      events.push('b starts');
      await bHeld.opened;
      events.push('b ends');
    });
    const c = slots.run(async () => {
      events.push('c starts');
    });
    await turn();
    // a waits for its report: b has its slot; c waits for a slot.
    expect(events).toEqual(['a starts', 'b starts']);
    report.open();
    await turn();
    expect(events).toEqual(['a starts', 'b starts']); // a waits for b's slot, with c
    bHeld.open();
    await turn();
    // b's slot goes to a, which was running before c was started.
    expect(events).toEqual(['a starts', 'b starts', 'b ends', 'a resumes']);
    aDone.open();
    await Promise.all([a, b, c]);
    expect(events).toEqual(['a starts', 'b starts', 'b ends', 'a resumes', 'a ends', 'c starts']);
  });

  it('lends at most its size of slots: past that, a wait keeps its slot', async () => {
    const slots = accountSlots(1);
    const events: string[] = [];
    const reports = [gate(), gate()];
    const audits = [0, 1, 2].map((index) =>
      slots.run(async () => {
        events.push(`${index} starts`);
        const report = reports[index];
        if (report) await slots.idle(() => report.opened);
        events.push(`${index} ends`);
      }),
    );
    await turn();
    // 0 lends its slot to 1; 1's wait would lend a second: it keeps its slot, so 2 waits.
    expect(events).toEqual(['0 starts', '1 starts']);
    reports[1]?.open();
    await turn();
    expect(events).toEqual(['0 starts', '1 starts', '1 ends', '2 starts', '2 ends']);
    reports[0]?.open();
    await Promise.all(audits);
    expect(events).toEqual(['0 starts', '1 starts', '1 ends', '2 starts', '2 ends', '0 ends']);
  });

  it('gives the slot back when an audit fails', async () => {
    const slots = accountSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
