import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests, integration tests on a real PostgreSQL, browser tests in real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The front ends' unit tests run in node too: what they test is plain TypeScript (fetch and
          // IndexedDB are stubbed: fake-indexeddb), not the DOM.
          include: [
            'packages/**/*.test.ts',
            'apps/server/src/**/*.test.ts',
            'apps/console/src/**/*.test.ts',
            'apps/mobile/src/**/*.test.ts',
          ],
          environment: 'node',
          exclude: ['**/*.int.test.ts', '**/*.ops.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/src/**/*.int.test.ts'],
          globalSetup: ['apps/server/src/testing/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The real server process: start, restart, crash (kill -9) and backup, one file at a time
        // (each starts PostgreSQL servers of its own).
        test: {
          name: 'ops',
          include: ['apps/server/src/**/*.ops.test.ts'],
          globalSetup: ['apps/server/src/testing/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/server/src/testing/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A page under load (2 cores, a server and Chromium) can take longer than the default
          // 1 s to settle after an animation: polls wait up to 10 s (a wait, not a time assertion).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
