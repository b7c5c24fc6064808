/**
 * Wires the dashboard's services together: the HTTP client reads the CSRF token from the
 * session, a 401 ends the session, and a guard keeps signed-out users on the public screens.
 *
 * @example
 *   const dashboard = createDashboard();
 *   render(<App dashboard={dashboard} />, root);
 */
import { effect } from '@preact/signals';
import type { Language } from '@retainer/schema';
import { createAdminApi } from './api/admin-api.ts';
import { createAdminClient } from './api/client.ts';
import { createLiveUpdates } from './api/live-updates.ts';
import { createI18n } from './i18n/i18n.ts';
import { basePath, createRouter } from './router/router.ts';
import { matchRoute, paths, publicRoutes } from './router/routes.ts';
import { createSessionModel, type SessionModel } from './session/session-model.ts';
import { createAnnouncer } from './ui/announcer.ts';

export type DashboardOptions = { origin?: string; lang?: Language };

/** Where to go after signing in: only a dashboard path, never another site (open redirect). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith(`${basePath}/`) || next.startsWith('//')) return paths.home;
  return matchRoute(new URL(next, 'http://x').pathname).name === 'signIn' ? paths.home : next;
}

export function createDashboard(options: DashboardOptions = {}) {
  const origin = options.origin ?? location.origin;
  const router = createRouter();
  const i18n = createI18n(options.lang);
  const announcer = createAnnouncer();
  let session: SessionModel | undefined;
  const http = createAdminClient({
    origin,
    csrfToken: () => session?.session.value?.csrfToken,
    onUnauthorized: () => session?.expire(),
  });
  const api = createAdminApi(http);
  const live = createLiveUpdates(origin);
  session = createSessionModel(api);
  const sessionModel = session;

  const stopGuard = effect(() => {
    const { path, query } = router.location.value;
    const current = sessionModel.session.value;
    const route = matchRoute(path);
    if (current === null && !publicRoutes.has(route.name)) {
      const here = path + (query.size ? `?${query}` : '');
      router.navigate(`${paths.signIn}?next=${encodeURIComponent(here)}`, { replace: true });
    } else if (current && route.name === 'signIn') {
      router.navigate(safeNext(query.get('next')), { replace: true });
    }
  });

  return {
    origin,
    router,
    i18n,
    announcer,
    api,
    session: sessionModel,
    live,
    dispose() {
      stopGuard();
      live.dispose();
      router.dispose();
    },
  };
}

export type Dashboard = ReturnType<typeof createDashboard>;
