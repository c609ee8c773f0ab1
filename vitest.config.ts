import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit`: the sources in-process, mocked clients, the built bundle. `e2e`: the packed and
 * installed package against moto_server and a loopback AWS stand-in (README, "How it is tested").
 * The unit files run side by side first; the end-to-end files then run one at a time, since the fault
 * matrix gives every call of an audit a short budget (issue 27: until only the faulted call has it).
 */
export default defineConfig({
  test: {
    // Two side by side even on two cores (vitest's default there is one): the unit files wait on child processes and the browser.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          globalSetup: ['test/temp-root.ts', 'test/global-setup.ts'],
          testTimeout: 20_000,
          pool: 'forks',
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
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
