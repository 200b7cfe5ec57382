import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time on every machine, CI's 2 cores included (vitest's own default is
    // cores - 1: one file at a time there, and many heavy e2e/load/browser files at once on a big
    // machine). The tests wait on explicit signals and use bounds, not speed: two at a time
    // keeps them green even on an overloaded 2-core box, in about half the wall time of one.
    maxWorkers: 2,
  },
});
