import { describe, expect, it } from 'vitest';
import { ACCOUNT, defineCheck, fail, pass } from '../../src/checks/define.js';

/**
 * Compile-time promises of defineCheck, proven by `tsc` (part of npm test): each @ts-expect-error
 * below must meet an error, or the type-check fails.
 */
const text = (messages: Record<string, string>) => ({ title: 't', passes: 'p', rationale: 'r', remediation: 'x', console: ['c'], messages });
const base = { cli: [], severity: 'low' as const, scope: 'account' as const, references: { seed: 'mfa' as const, docs: 'https://docs.aws.amazon.com/' }, reads: [] };

describe('defineCheck types', () => {
  it('a verdict may only use message keys the English text defines, and the Japanese must define them all', () => {
    const good = defineCheck({
      ...base,
      id: 'test.good',
      text: { en: { ...text({}), messages: { ok: 'ok', bad: 'bad' } }, ja: { ...text({}), messages: { ok: '良い', bad: '悪い' } } },
      async evaluate() {
        return [pass(ACCOUNT, 'ok'), fail(ACCOUNT, 'bad')];
      },
    });

    defineCheck({
      ...base,
      id: 'test.misspelled',
      text: { en: { ...text({}), messages: { ok: 'ok' } }, ja: { ...text({}), messages: { ok: '良い' } } },
      // @ts-expect-error 'okay' is not a message key of this check
      async evaluate() {
        return [pass(ACCOUNT, 'okay')];
      },
    });

    defineCheck({
      ...base,
      id: 'test.untranslated',
      // @ts-expect-error the Japanese text lacks the key 'bad'
      text: { en: { ...text({}), messages: { ok: 'ok', bad: 'bad' } }, ja: { ...text({}), messages: { ok: '良い' } } },
      async evaluate() {
        return [pass(ACCOUNT, 'ok')];
      },
    });

    expect(Object.keys(good.text.ja.messages)).toEqual(['ok', 'bad']);
  });

  it('a check sees only the facts it declares, and a region-scoped check gets its region as a string', () => {
    const messages = { en: { ...text({}), messages: { ok: 'ok' } }, ja: { ...text({}), messages: { ok: '良い' } } };
    const regional = defineCheck({
      ...base,
      id: 'test.regional',
      scope: 'region',
      reads: ['guardduty.detectors'],
      text: messages,
      async evaluate({ facts, region }) {
        const name: string = region;
        await facts.guardduty.detectors(name);
        // @ts-expect-error budgets.budgets is not in this check's reads
        await facts.budgets.budgets();
        return [pass(name, 'ok')];
      },
    });
    defineCheck({
      ...base,
      id: 'test.account-wide',
      reads: ['budgets.budgets'],
      text: messages,
      async evaluate({ facts, region }) {
        // @ts-expect-error an account-scoped check has no region
        const name: string = region;
        await facts.budgets.budgets();
        return [pass(name, 'ok')];
      },
    });
    expect(regional.reads).toEqual(['guardduty.detectors']);
  });
});
