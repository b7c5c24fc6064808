/**
 * Renders the whole dashboard at a path, as a browser would open it, with msw answering.
 *
 * @example
 *   const { dashboard } = renderDashboard('/dashboard/inbox?state=new');
 *   await screen.findByRole('heading', { name: 'Intake inbox' });
 */
import { render } from '@testing-library/preact';
import { App } from '../app.tsx';
import { createDashboard, type Dashboard } from '../create-dashboard.ts';

const live: Dashboard[] = [];

export function renderDashboard(path: string) {
  history.replaceState(null, '', path);
  const dashboard = createDashboard({ lang: 'en' });
  live.push(dashboard);
  return { dashboard, ...render(<App dashboard={dashboard} />) };
}

/** Stops routers and guards between tests so one test's dashboard never reacts to the next one's URL. */
export function disposeDashboards() {
  for (const dashboard of live.splice(0)) dashboard.dispose();
}
