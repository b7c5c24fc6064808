/** The services every screen uses (API, session, router, language, announcer), shared through one context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Dashboard } from './create-dashboard.ts';

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('[retainer] dashboard components must render inside <App>');
  return dashboard;
}

/** The current messages; reading it subscribes the component to language changes. */
export function useMessages() {
  return useDashboard().i18n.t.value;
}
