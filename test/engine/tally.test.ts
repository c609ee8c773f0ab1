// The counts a merge keeps of accounts it does not hold must say what the results themselves say:
// the same totals, the same gate at every --fail-on, whatever way the accounts are split.
import { describe, expect, it } from 'vitest';
import { SEVERITIES, STATUSES } from '../../src/core/model.js';
import { exitCode, FAIL_ON, isGating } from '../../src/engine/gate.js';
import { addTally, emptyTally, exitCodeOfTally, gatingOf, tallyInto } from '../../src/engine/tally.js';

type Counted = Parameters<typeof tallyInto>[1][number];

/** Every status at every severity, plain, suppressed, and known to a baseline or new to it, for three checks. */
const results: Counted[] = ['a.one', 'b.two', 'c.three'].flatMap((checkId) =>
  STATUSES.flatMap((status) =>
    SEVERITIES.flatMap((severity) => [
      { checkId, status, severity },
      { checkId, status, severity, suppressed: { reason: 'accepted' } },
      { checkId, status, severity, baseline: { state: 'known' } },
      { checkId, status, severity, baseline: { state: 'new' } },
      { checkId, status, severity, details: { errorKind: checkId === 'a.one' ? 'throttled' : 'access-denied' } },
    ]),
  ),
);

describe('a tally of results', () => {
  it('adds up: the tallies of two parts are the tally of the whole, however it is cut', () => {
    for (const cut of [0, 1, 37, results.length / 2, results.length - 1, results.length]) {
      const parts = addTally(tallyInto(emptyTally(), results.slice(0, cut)), tallyInto(emptyTally(), results.slice(cut)));
      expect(parts, `cut at ${cut}`).toEqual(tallyInto(emptyTally(), results));
    }
  });

  it('counts each check by status, the suppressed, and the error kinds of ERRORs only', () => {
    const tally = tallyInto(emptyTally(), results);
    expect([...tally.byCheck.keys()]).toEqual(['a.one', 'b.two', 'c.three']);
    for (const counts of tally.byCheck.values()) for (const status of STATUSES) expect(counts[status]).toBe(SEVERITIES.length * 5);
    expect(tally.suppressed).toBe(results.filter((result) => result.suppressed).length);
    expect([...tally.errorKinds].sort()).toEqual(['access-denied', 'throttled']);
    expect(tallyInto(emptyTally(), results.filter((result) => result.status !== 'ERROR')).errorKinds.size).toBe(0);
  });

  it('gates as the results do, at every --fail-on, with or without incomplete results allowed', () => {
    const tally = tallyInto(emptyTally(), results);
    const clean = results.filter((result) => result.status !== 'ERROR');
    for (const failOn of FAIL_ON) {
      expect(gatingOf(tally, failOn), failOn).toBe(results.filter((result) => isGating(result, failOn)).length);
      for (const allowIncomplete of [false, true]) {
        for (const part of [results, clean, clean.filter((result) => result.status !== 'FAIL')]) {
          for (const notListed of [false, true]) {
            expect(exitCodeOfTally(tallyInto(emptyTally(), part), { failOn, allowIncomplete }, notListed), `${failOn} ${allowIncomplete} ${notListed}`).toBe(exitCode(part, { failOn, allowIncomplete }, notListed));
          }
        }
      }
    }
  });
});
