/**
 * `/api/admin/sites…`: list, create, read, update a site, its disclaimer versions and the
 * snippets to paste. Editing the disclaimer text adds a version; old versions stay, because
 * submissions point at the version the visitor accepted.
 *
 * @example
 *   api.put('/sites/:site', requireAdmin, updateSiteRoute(deps));
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problemTypes, publicSiteConfig } from '@retainer/schema';
import {
  createSite,
  type DisclaimerHistory,
  type SiteList,
  type SiteSettingsInput,
  siteSettingsInput,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { isValidTimeZone } from '../business-hours/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, readAdminJson } from '../http/read-body.ts';
import { publicOrigin } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { type SiteSettings, toPublicConfig } from '../sites/site-settings.ts';
import { sameText, settingsFromInput, toAdminSite } from './site-mapping.ts';
import { insertSite, listFirmSites, loadFirmSite, updateSite } from './site-store.ts';
import { siteSnippets } from './snippets.ts';

/** Rules the schema cannot express; the result must still be a valid public config, or widgets would break. */
function checkSiteInput(id: string, input: SiteSettingsInput, settings: SiteSettings, version: number): void {
  if (!isValidTimeZone(input.businessHours.timeZone)) throw invalidField('businessHours.timeZone', 'invalid_time_zone');
  const fields = input.intakeFields.map((f) => f.name);
  if (new Set(fields).size !== fields.length) throw invalidField('intakeFields', 'duplicate');
  const areas = input.practiceAreas.map((a) => a.id);
  if (new Set(areas).size !== areas.length) throw invalidField('practiceAreas', 'duplicate');
  // A shown practice-area question with no options could never be answered (issue 14, defect 9).
  if (fields.includes('practiceArea') && areas.length === 0) throw invalidField('practiceAreas', 'areas_needed');
  const config = publicSiteConfig.safeParse(toPublicConfig(id, settings, { version, text: input.disclaimerText }));
  if (!config.success) throw invalidField('', 'invalid_config');
}

async function readSite(deps: AdminDeps, c: Context<AdminEnv>) {
  const site = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
  return toAdminSite(site.row, site.disclaimers);
}

export function listSitesRoute(deps: AdminDeps) {
  return async function handleListSites(c: Context<AdminEnv>): Promise<Response> {
    const body: SiteList = { sites: await listFirmSites(deps.db, c.get('user').firmId) };
    return jsonResponse(200, body);
  };
}

export function getSiteRoute(deps: AdminDeps) {
  return async function handleGetSite(c: Context<AdminEnv>): Promise<Response> {
    return jsonResponse(200, await readSite(deps, c));
  };
}

export function createSiteRoute(deps: AdminDeps) {
  return async function handleCreateSite(c: Context<AdminEnv>): Promise<Response> {
    const { id, ...input } = await readAdminJson(c, createSite);
    const firmId = c.get('user').firmId;
    // Clients see the firm's name unless the admin names the site otherwise (issue 14, defect 11).
    const firm = await deps.db.selectFrom('firms').select('name').where('id', '=', firmId).executeTakeFirst();
    const settings = settingsFromInput(input, undefined, firm?.name);
    checkSiteInput(id, input, settings, 1);
    const created = await insertSite(
      deps.db,
      {
        id,
        firmId,
        name: input.name,
        settings,
        allowedOrigins: input.allowedOrigins,
        businessHours: input.businessHours,
        disclaimer: { version: 1, text: input.disclaimerText },
      },
      deps.now(),
    );
    if (!created) throw new ProblemError(409, problemTypes.conflict, { errors: [{ path: 'id', code: 'taken' }] });
    deps.sites.clear();
    const site = await loadFirmSite(deps.db, firmId, id);
    return jsonResponse(201, toAdminSite(site.row, site.disclaimers));
  };
}

export function updateSiteRoute(deps: AdminDeps) {
  return async function handleUpdateSite(c: Context<AdminEnv>): Promise<Response> {
    const input = await readAdminJson(c, siteSettingsInput);
    const firmId = c.get('user').firmId;
    const { row, disclaimers } = await loadFirmSite(deps.db, firmId, c.req.param('site') ?? '');
    const current = disclaimers.at(-1);
    const settings = settingsFromInput(input, JSON.parse(row.config) as SiteSettings);
    const changed = !current || !sameText(JSON.parse(current.text), input.disclaimerText);
    const version = changed ? (current?.version ?? 0) + 1 : (current?.version ?? 1);
    checkSiteInput(row.id, input, settings, version);
    await updateSite(
      deps.db,
      {
        id: row.id,
        firmId,
        name: input.name,
        settings,
        allowedOrigins: input.allowedOrigins,
        businessHours: input.businessHours,
        ...(changed ? { disclaimer: { version, text: input.disclaimerText } } : {}),
      },
      deps.now(),
    );
    // This process serves the new config at once; others within the cache's few seconds.
    deps.sites.clear();
    return jsonResponse(200, await readSite(deps, c));
  };
}

export function disclaimerHistoryRoute(deps: AdminDeps) {
  return async function handleDisclaimerHistory(c: Context<AdminEnv>): Promise<Response> {
    const { disclaimers } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    const body: DisclaimerHistory = {
      versions: disclaimers
        .map((d) => ({ version: d.version, text: JSON.parse(d.text), createdAt: d.created_at }))
        .reverse(),
    };
    return jsonResponse(200, body);
  };
}

export function snippetsRoute(deps: AdminDeps) {
  return async function handleSnippets(c: Context<AdminEnv>): Promise<Response> {
    const site = await readSite(deps, c);
    const built = (file: string) => Boolean(deps.widgetsDir && existsSync(join(deps.widgetsDir, file)));
    return jsonResponse(200, siteSnippets(publicOrigin(c, deps), site.id, built));
  };
}
