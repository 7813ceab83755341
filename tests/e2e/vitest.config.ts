import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium and Firefox with the built extension. One file at a time:
// browsers are heavy on a 2-core machine, and tests share nothing but the build.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
