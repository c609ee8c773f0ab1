import { describe, expect, it } from 'vitest';
import { CHECKS, readsOf } from '../src/checks/index.js';
import { openSnapshot } from '../src/audit/audit.js';
import { FACTS, qualifierOf } from '../src/facts/catalog.js';
import { runAudit } from '../src/engine/run.js';
import { runCli } from './run-cli.js';
import { EXPECTED, SAMPLES } from './samples.js';

const configOf = (sample: string) => (sample === 'hardened' ? ['--config', 'fixtures/accounts/hardened.config.yaml'] : []);

describe('each sample account gives what its generator says', () => {
  for (const sample of SAMPLES) {
    it(`${sample}: every check, every status, as expected`, async () => {
      const run = await runCli(['audit', '--snapshot', `fixtures/accounts/${sample}.json`, '--format', 'json', ...configOf(sample)]);
      const report = JSON.parse(run.stdout) as { accounts: { results: { checkId: string; status: string }[] }[] };
      const actual: Record<string, Record<string, number>> = {};
      for (const result of report.accounts[0]?.results ?? []) {
        const statuses = (actual[result.checkId] ??= {});
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      }
      expect(actual).toEqual(EXPECTED[sample]);
    });
  }

  it('every check has an expectation in every sample', () => {
    for (const sample of SAMPLES) expect(Object.keys(EXPECTED[sample] ?? {}).sort(), sample).toEqual(CHECKS.map((check) => check.id).sort());
  });
});

describe('what a live audit starts before the region list answers', () => {
  // A live audit reads the regional facts the selected checks declare in the regions every account has
  // as soon as it is connected (aws/live.ts): that is only honest if the checks read each of them in
  // every audited region anyway, whatever the account holds. A check that read one only sometimes would
  // make the prefetch call what the audit would not. The one exception: when no region list can be read
  // at all (the denied sample), no regional check is judged and those reads go unused. A fact marked onDemand
  // (lambda.functions) is not started ahead: a check reads it only once it has judged that it needs it.
  const regional = [...readsOf(CHECKS)].filter((key) => qualifierOf(key) === 'region' && !FACTS[key].onDemand);

  for (const sample of SAMPLES) {
    it(`${sample}: every declared regional fact is read in every audited region`, async () => {
      const [account] = (await openSnapshot(`fixtures/accounts/${sample}.json`)).accounts;
      if (!account) throw new Error(`${sample} holds no account`);
      const plan = { checks: CHECKS, requestedRegions: undefined, settings: { rootUnusedDays: 90, paidCalls: true }, now: new Date('2026-11-20T09:00:00Z'), concurrency: 8, attestations: [], suppressions: [] };
      const { store } = await account.open();
      const audit = await runAudit(store, plan);
      const read = Object.keys(await store.entries());
      const expected = regional.flatMap((key) => audit.regions.map((region) => `${key}@${region}`));
      expect(expected.filter((key) => !read.includes(key))).toEqual([]);
      if (sample === 'denied') expect(audit.regions).toEqual([]);
      else expect(expected.length, 'the sample audits regions: the proof is not vacuous').toBeGreaterThan(0);
    });
  }
});
