/**
 * `/api/admin/sites/:site/retention`: any signed-in user of the firm reads the site's retention
 * settings; only admins change them (the route is mounted behind `requireAdmin`). Another firm's site
 * is a 404; a bad value a 422 naming the field, with nothing stored.
 *
 * @example
 *   api.put('/sites/:site/retention', requireAdmin, putRetentionRoute(deps));
 */
import { retentionSettings } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import { loadRetentionSettings, saveRetentionSettings } from './settings-store.ts';

type AdminContext = Context<AdminEnv>;

const firmSiteId = async (deps: AdminDeps, c: AdminContext) =>
  (await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '')).row.id;

export function getRetentionRoute(deps: AdminDeps) {
  return async function handleGetRetention(c: AdminContext): Promise<Response> {
    const site = await firmSiteId(deps, c);
    return jsonResponse(200, await loadRetentionSettings(deps.db, site));
  };
}

export function putRetentionRoute(deps: AdminDeps) {
  return async function handlePutRetention(c: AdminContext): Promise<Response> {
    const site = await firmSiteId(deps, c);
    const settings = await readAdminJson(c, retentionSettings);
    await saveRetentionSettings(deps.db, site, settings, deps.now());
    return jsonResponse(200, settings);
  };
}
