import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Storage suites share one PostgreSQL server; each file uses its own schema, so files may run in parallel.
    pool: 'forks',
  },
});
