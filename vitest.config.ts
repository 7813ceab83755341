import { defineConfig } from 'vitest/config';

// Unit tests: pure modules (shared/, extension logic with fakes, editor models) and the demo site.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'extension/**/*.test.{ts,tsx}',
      'grid-editor/**/*.test.ts',
      'tests/unit*/**/*.test.{ts,mjs}',
      'tests/*.test.ts',
      'scripts/**/*.test.ts',
      'station/**/*.test.ts',
    ],
    environment: 'node',
  },
});
