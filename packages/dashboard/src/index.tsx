/**
 * @retainer/dashboard — the firm's UI, a Preact SPA served by the collector at `/dashboard`.
 * The built `index.html` loads this module; it mounts itself on `#app`.
 *
 * @example
 *   mountDashboard(document.getElementById('app')!);
 */
import { render } from 'preact';
import { App } from './app.tsx';
import { createDashboard, type DashboardOptions } from './create-dashboard.ts';
import './styles/index.css';

export function mountDashboard(root: Element, options: DashboardOptions = {}) {
  const dashboard = createDashboard(options);
  render(<App dashboard={dashboard} />, root);
  return () => {
    render(null, root);
    dashboard.dispose();
  };
}

const root = typeof document === 'undefined' ? null : document.getElementById('app');
if (root) mountDashboard(root);
