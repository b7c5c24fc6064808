/**
 * Browser end-to-end tests: a real collector (child process, SQLite in a temp dir), a fixture
 * server for cross-origin and CSP pages, and the system Chromium through playwright-core.
 * Run with `npm run test:e2e` (builds the widgets first).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One browser per file and one collector for the run: files run one at a time.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
