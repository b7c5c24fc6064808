/**
 * `GET|PUT /api/admin/messaging-settings` (the firm's "days since the client was updated" target and
 * survey reminder delay; PUT for admins) and `GET|PUT /api/admin/sites/:site/messaging-settings`
 * (the site's case-status page, where update notices link).
 *
 * @example
 *   api.put('/messaging-settings', requireAdmin, putMessagingSettingsRoute(deps));
 */
import { messagingSettings, siteMessagingSettings } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import {
  loadFirmMessagingSettings,
  loadSiteMessagingSettings,
  saveFirmMessagingSettings,
  saveSiteMessagingSettings,
} from './settings-store.ts';

type AdminContext = Context<AdminEnv>;

export function getMessagingSettingsRoute(deps: AdminDeps) {
  return async (c: AdminContext) => jsonResponse(200, await loadFirmMessagingSettings(deps.db, c.get('user').firmId));
}

export function putMessagingSettingsRoute(deps: AdminDeps) {
  return async (c: AdminContext) => {
    const input = await readAdminJson(c, messagingSettings);
    await saveFirmMessagingSettings(deps.db, c.get('user').firmId, input, deps.now());
    return jsonResponse(200, input);
  };
}

export function getSiteMessagingSettingsRoute(deps: AdminDeps) {
  return async (c: AdminContext) => {
    const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    return jsonResponse(200, await loadSiteMessagingSettings(deps.db, row.id));
  };
}

export function putSiteMessagingSettingsRoute(deps: AdminDeps) {
  return async (c: AdminContext) => {
    const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    const input = await readAdminJson(c, siteMessagingSettings);
    await saveSiteMessagingSettings(deps.db, row.id, input, deps.now());
    return jsonResponse(200, input);
  };
}
