import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit`: the sources in-process, mocked clients, the built bundle. `e2e`: the packed and
 * installed package against moto_server and a loopback AWS stand-in (README, "How it is tested").
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          globalSetup: ['test/temp-root.ts', 'test/global-setup.ts'],
          testTimeout: 20_000,
          pool: 'forks',
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
        },
      },
    ],
  },
});
