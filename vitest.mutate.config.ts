import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant of src/checks, src/engine and src/report: the unit tier,
 * in-process (the end-to-end tier runs the packed bundle, which no mutant reaches).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/house.test.ts', 'test/action.test.ts', 'test/process/interrupt.test.ts', 'test/process/denied-endpoint.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
