// Mutation testing of the judging and reporting code (slow; not part of npm test). Two runs:
//   npm run mutate:core    src/engine and src/report, against the unit tier (this file)
//   npm run mutate:checks  src/checks, against the tests that judge checks (stryker.checks.config.mjs)
// Module-level code (texts, tables, styles) runs when a module loads, before any test: StrykerJS then
// runs those mutants against every test (ignoreStatic: false) rather than counting them as survivors.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/engine/**/*.ts', 'src/report/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/core.json' },
  ignoreStatic: false,
  // Only the sources: the default pattern also rewrites .html files, the golden reports among them.
  disableTypeChecks: 'src/**/*.ts',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
