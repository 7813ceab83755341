import { defineConfig } from 'vitest/config';

// Real-site end-to-end tests: the built extension in Chromium, driven as a candidate on a real
// WordPress and a real EverShop shop. The sites must be up: `npm run test:sites` (scripts/
// test-sites.sh) installs, starts and stops them around this run. One file at a time: each file
// is one exam session in its own browser, in order, step by step.
export default defineConfig({
  test: {
    include: ['tests/sites-e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Each test as it ends: a run cut short by CI's budget still says how far it went.
    reporters: ['verbose'],
  },
});
