import { describe, expect, it } from 'vitest';
import { startSlowFacts } from '../../src/aws/live.js';
import type { FactKey } from '../../src/facts/catalog.js';
import { FactStore } from '../../src/facts/store.js';

describe('the heads of the longest chains of calls', () => {
  it('start at once, beside the identity call: the credential report, the budgets and Trusted Advisor, each only where the audit reads it', () => {
    const asked: string[] = [];
    const store = new FactStore((key) => {
      asked.push(key);
      return new Promise<never>(() => undefined); // never answered: what matters is that it was asked
    });
    const needs = new Set<FactKey>(['iam.credentialReport', 'budgets.budgets', 'support.trustedAdvisor', 'iam.passwordPolicy', 'cloudtrail.trails']);
    startSlowFacts(store, needs);
    expect(asked.sort()).toEqual(['budgets.budgets', 'iam.credentialReport', 'support.trustedAdvisor']);
    asked.length = 0;
    startSlowFacts(new FactStore((key) => (asked.push(key), new Promise<never>(() => undefined))), new Set<FactKey>(['iam.passwordPolicy']));
    expect(asked).toEqual([]);
  });
});
