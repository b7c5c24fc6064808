/**
 * `/api/admin/sites/:site/lawyers…` and `/directory-settings`: the firm's lawyer profiles.
 * The site must belong to the user's firm, and a lawyer to that site; anything else is the
 * same 404. Input is fully checked before anything is written.
 *
 * @example
 *   api.post('/sites/:site/lawyers', createLawyerRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import { directorySettings, type LawyerInput, lawyerInput, reorderLawyers } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, notFound, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import { loadDirectorySettings, saveDirectorySettings } from './directory-settings-store.ts';
import * as store from './lawyer-store.ts';

type AdminContext = Context<AdminEnv>;

/** The site of the URL, checked against the user's firm; returns its practice-area slugs. */
async function firmSite(deps: AdminDeps, c: AdminContext) {
  const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
  const settings = JSON.parse(row.config) as SiteSettings;
  return { id: row.id, practiceAreas: new Set(settings.practiceAreas.map((a) => a.id)) };
}

function checkLawyer(input: LawyerInput, practiceAreas: ReadonlySet<string>): void {
  input.practiceAreas.forEach((area, i) => {
    if (!practiceAreas.has(area)) throw invalidField(`practiceAreas.${i}`, 'unknown_option');
  });
  if (new Set(input.practiceAreas).size !== input.practiceAreas.length)
    throw invalidField('practiceAreas', 'duplicate');
  const offices = input.offices.map((o) => o.id);
  if (new Set(offices).size !== offices.length) throw invalidField('offices', 'duplicate');
}

export function listLawyersRoute(deps: AdminDeps) {
  return async function handleListLawyers(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    return jsonResponse(200, { lawyers: await store.listLawyers(deps.db, site.id) });
  };
}

export function getLawyerRoute(deps: AdminDeps) {
  return async function handleGetLawyer(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const lawyer = await store.findLawyer(deps.db, site.id, c.req.param('id') ?? '');
    if (!lawyer) throw notFound();
    return jsonResponse(200, lawyer);
  };
}

export function createLawyerRoute(deps: AdminDeps) {
  return async function handleCreateLawyer(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const input = await readAdminJson(c, lawyerInput);
    checkLawyer(input, site.practiceAreas);
    const db = deps.db;
    const id = randomUUID();
    await store.insertLawyer(db, site.id, id, input, deps.now());
    return jsonResponse(201, await store.findLawyer(db, site.id, id));
  };
}

export function updateLawyerRoute(deps: AdminDeps) {
  return async function handleUpdateLawyer(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const db = deps.db;
    const id = c.req.param('id') ?? '';
    if (!(await store.findLawyer(db, site.id, id))) throw notFound();
    const input = await readAdminJson(c, lawyerInput);
    checkLawyer(input, site.practiceAreas);
    if (!(await store.updateLawyer(db, site.id, id, input, deps.now()))) throw notFound();
    return jsonResponse(200, await store.findLawyer(db, site.id, id));
  };
}

export function deleteLawyerRoute(deps: AdminDeps) {
  return async function handleDeleteLawyer(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    if (!(await store.deleteLawyer(deps.db, site.id, c.req.param('id') ?? ''))) throw notFound();
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };
}

export function reorderLawyersRoute(deps: AdminDeps) {
  return async function handleReorderLawyers(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const { order } = await readAdminJson(c, reorderLawyers);
    const db = deps.db;
    const current = new Set((await store.listLawyers(db, site.id)).map((l) => l.id));
    // A stale list (someone added or removed a lawyer meanwhile) must not half-apply.
    const complete = order.length === current.size && new Set(order).size === order.length;
    if (!complete || !order.every((id) => current.has(id))) throw invalidField('order', 'invalid_order');
    await store.reorderLawyers(db, site.id, order, deps.now());
    return jsonResponse(200, { lawyers: await store.listLawyers(db, site.id) });
  };
}

export function getDirectorySettingsRoute(deps: AdminDeps) {
  return async function handleGetDirectorySettings(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    return jsonResponse(200, await loadDirectorySettings(deps.db, site.id));
  };
}

export function putDirectorySettingsRoute(deps: AdminDeps) {
  return async function handlePutDirectorySettings(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const settings = await readAdminJson(c, directorySettings);
    await saveDirectorySettings(deps.db, site.id, settings, deps.now());
    return jsonResponse(200, settings);
  };
}
