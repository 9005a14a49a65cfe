import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The ReDoS check runs on its own afterwards (vitest.redos.config.ts, `npm run test:redos`).
    exclude: ['tests/properties/redos-*.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
