/** Shared test setup: one msw server for every dashboard test, reset between tests. */
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { disposeDashboards } from './render-dashboard.tsx';
import { server } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  disposeDashboards();
  server.resetHandlers();
  history.replaceState(null, '', '/');
});
afterAll(() => server.close());
