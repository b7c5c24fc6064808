/**
 * Renders the whole dashboard at a path, as a browser would open it, with msw answering.
 *
 * @example
 *   const { dashboard } = renderDashboard('/dashboard/inbox?state=new');
 *   await screen.findByRole('heading', { name: 'Intake inbox' });
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { App } from '../app.tsx';
import { DashboardContext } from '../app-context.ts';
import { createDashboard, type Dashboard } from '../create-dashboard.ts';

const live: Dashboard[] = [];

export function renderDashboard(path: string) {
  history.replaceState(null, '', path);
  const dashboard = createDashboard({ lang: 'en' });
  live.push(dashboard);
  return { dashboard, ...render(<App dashboard={dashboard} />) };
}

/** Renders one component inside the dashboard's context (English), for tests of shared UI parts. */
export function renderInDashboard(ui: ComponentChildren) {
  const dashboard = createDashboard({ lang: 'en' });
  live.push(dashboard);
  return { dashboard, ...render(<DashboardContext.Provider value={dashboard}>{ui}</DashboardContext.Provider>) };
}

/** Stops routers and guards between tests so one test's dashboard never reacts to the next one's URL. */
export function disposeDashboards() {
  for (const dashboard of live.splice(0)) dashboard.dispose();
}
