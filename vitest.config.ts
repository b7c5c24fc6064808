/** Unit, component and collector tests: one Vitest project per package. */
import { defineConfig } from 'vitest/config';

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig({
  oxc: preactJsx,
  test: {
    projects: [
      { extends: true, test: { name: 'schema', include: ['packages/schema/src/**/*.test.ts'], environment: 'node' } },
      // Repository-wide checks (package boundaries, issue 19), and the bench's own logic.
      {
        extends: true,
        test: { name: 'repo', include: ['test/*.test.ts', 'test/bench/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'core', include: ['packages/core/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'intake', include: ['packages/intake/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'directory', include: ['packages/directory/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'faq', include: ['packages/faq/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'survey', include: ['packages/survey/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'status', include: ['packages/status/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'dashboard',
          include: ['packages/dashboard/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // The snippets preview adds the real widget's <script>; happy-dom does not run it, quietly.
          environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
          setupFiles: ['packages/dashboard/src/test-support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'collector',
          include: ['packages/collector/src/**/*.test.ts'],
          environment: 'node',
          // Tests share one PostgreSQL database when DATABASE_URL is set; files run one at a time.
          fileParallelism: false,
          // Several tests start whole collectors (migrations, demo seeding) or child processes; on a busy
          // 2-core machine that can pass 5 s without anything being wrong.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
