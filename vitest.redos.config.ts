import { defineConfig } from 'vitest/config';

/**
 * recheck over every regular expression of src/ (tests/properties/redos-check.ts), alone:
 * it keeps both cores busy for minutes, which made timing-sensitive tests flaky beside it.
 */
export default defineConfig({
  test: {
    include: ['tests/properties/redos-*.test.ts'],
    testTimeout: 400_000,
    pool: 'forks',
  },
});
