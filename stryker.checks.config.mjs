// `npm run mutate:checks`: the checks alone, their module-level metadata (titles, texts, references,
// CLI lines) included, which only a whole-suite run can judge (see vitest.mutate-checks.config.ts).
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-checks.config.ts' },
  mutate: ['src/checks/**/*.ts'],
  ignoreStatic: false,
  jsonReporter: { fileName: 'reports/mutation/checks.json' },
};
