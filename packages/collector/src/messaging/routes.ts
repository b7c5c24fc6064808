/**
 * The admin routes of issue 15's email flows, mounted in two places by `createAdminApi`: the
 * forgot-password routes before the session gate, the rest after it.
 *
 * @example
 *   mountPasswordResetRoutes(api, deps); // before api.use('*', requireSession(deps))
 *   mountMessagingRoutes(api, deps);     // after it
 */
import type { Hono } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { requireAdmin } from '../auth/require-session.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { replyToIntakeRoute } from '../inbox/intake-replies.ts';
import { checkResetRoute, confirmResetRoute, requestResetRoute } from '../password-reset/index.ts';
import { replyToClientRoute } from '../status/matter-replies.ts';
import { detailOf } from '../status/matter-routes.ts';
import {
  getMessagingSettingsRoute,
  getSiteMessagingSettingsRoute,
  putMessagingSettingsRoute,
  putSiteMessagingSettingsRoute,
} from './settings-routes.ts';

export function mountPasswordResetRoutes(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.post('/password-reset', requestResetRoute(deps));
  api.post('/password-reset/check', checkResetRoute(deps));
  api.post('/password-reset/confirm', confirmResetRoute(deps));
}

export function mountMessagingRoutes(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.post('/inbox/:id/replies', replyToIntakeRoute(deps));
  api.post(
    '/matters/:id/replies',
    replyToClientRoute(deps, (row) => detailOf(deps, row)),
  );
  api.get('/messaging-settings', getMessagingSettingsRoute(deps));
  api.put('/messaging-settings', requireAdmin, putMessagingSettingsRoute(deps));
  api.get('/sites/:site/messaging-settings', getSiteMessagingSettingsRoute(deps));
  api.put('/sites/:site/messaging-settings', requireAdmin, putSiteMessagingSettingsRoute(deps));
}
