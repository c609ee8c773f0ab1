import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers. `unit`: the sources in-process, mocked clients, the built bundle (`npm run test:unit`,
 * under a minute). `scaffold`: a newcomer's copy of the repository, given a check and type-checked and
 * tested from scratch (a minute of tsc and vitest of its own). `e2e`: the packed and installed package
 * against moto_server and a loopback AWS stand-in (README, "How it is tested"). The unit and scaffold
 * files run side by side first; the end-to-end files then run one at a time.
 */
export default defineConfig({
  test: {
    // Two side by side even on two cores (vitest's default there is one): the unit files wait on child processes and the browser.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker's unit files share the modules they import (the SDK, the catalog): loaded once, not once a
    // file, which was a third of the tier's time. What a file changes it puts back (sdk-mocks.ts).
    poolOptions: { forks: { isolate: false } },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/scaffold.test.ts'],
          globalSetup: ['test/temp-root.ts', 'test/global-setup.ts'],
          testTimeout: 20_000,
          pool: 'forks',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'scaffold',
          include: ['test/scaffold.test.ts'],
          globalSetup: ['test/temp-root.ts'],
          // Another pool than the unit files', so that it runs beside them (vitest runs a group's pools side by side).
          pool: 'threads',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/temp-root.ts', 'test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true, isolate: true } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
