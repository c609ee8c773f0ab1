import { defineConfig } from 'vitest/config';

/**
 * The tests that judge the checks, for `npm run mutate:checks`: each check's case table, the golden
 * reports and catalog (every text in both languages), the samples and the catalog's invariants. A
 * check's metadata is evaluated when its module loads, so StrykerJS runs these mutants against every
 * test here (ignoreStatic: false): a lean set keeps that affordable.
 */
export default defineConfig({
  test: {
    include: ['test/checks/**/*.test.ts', 'test/golden/**/*.test.ts', 'test/engine/engine.test.ts', 'test/engine/frameworks.test.ts', 'test/samples.test.ts', 'test/process/catalog.test.ts', 'test/fix/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
