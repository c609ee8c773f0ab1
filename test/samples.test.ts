import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.js';
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
