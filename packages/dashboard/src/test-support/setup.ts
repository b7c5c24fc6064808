/** Shared test setup: one msw server for every dashboard test, reset between tests. */
import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { disposeDashboards } from './render-dashboard.tsx';
import { server } from './server.ts';

// findBy…/waitFor give up after 1 s by default; on a loaded 2-core machine a screen's first load can take longer
// (the full suite failed four screens that way at load average 13). A real miss still fails, 5 s later.
configure({ asyncUtilTimeout: 5_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  disposeDashboards();
  server.resetHandlers();
  history.replaceState(null, '', '/');
});
afterAll(() => server.close());
