/**
 * `/api/admin/sites/:site/faq…`: the firm's FAQ entries, the bot's settings and the report of what
 * visitors asked. The site must belong to the user's firm, an entry to that site; anything else is the
 * same 404. Input is fully checked before anything is written.
 *
 * @example
 *   api.post('/sites/:site/faq/entries', createFaqEntryRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import { faqEntryInput, faqPhrasingInput, faqSettings } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { isValidTimeZone } from '../business-hours/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, notFound, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import * as store from './entry-store.ts';
import { faqReportFor } from './report.ts';
import { loadFaqSettings, saveFaqSettings } from './settings-store.ts';
import { normaliseQuestion } from './tokenize.ts';

/** The entry schema's limit on alternatives. */
const maxPhrasings = 30;

type AdminContext = Context<AdminEnv>;
const dayMs = 86_400_000;

async function firmSite(deps: AdminDeps, c: AdminContext) {
  const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
  const settings = JSON.parse(row.config) as SiteSettings;
  return { id: row.id, practiceAreas: new Set(settings.practiceAreas.map((a) => a.id)) };
}

async function readEntry(c: AdminContext, practiceAreas: ReadonlySet<string>) {
  const input = await readAdminJson(c, faqEntryInput);
  if (input.practiceArea && !practiceAreas.has(input.practiceArea))
    throw invalidField('practiceArea', 'unknown_option');
  return input;
}

export function listFaqEntriesRoute(deps: AdminDeps) {
  return async function handleListFaqEntries(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    return jsonResponse(200, { entries: await store.listFaqEntries(deps.db, site.id) });
  };
}

export function createFaqEntryRoute(deps: AdminDeps) {
  return async function handleCreateFaqEntry(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const input = await readEntry(c, site.practiceAreas);
    const db = deps.db;
    const id = randomUUID();
    await store.insertFaqEntry(db, site.id, id, input, deps.now());
    return jsonResponse(201, await store.findFaqEntry(db, site.id, id));
  };
}

export function updateFaqEntryRoute(deps: AdminDeps) {
  return async function handleUpdateFaqEntry(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const db = deps.db;
    const id = c.req.param('id') ?? '';
    if (!(await store.findFaqEntry(db, site.id, id))) throw notFound();
    const input = await readEntry(c, site.practiceAreas);
    // The version check of every collector's index needs a newer timestamp than the last edit.
    const current = await store.findFaqEntry(db, site.id, id);
    const at = Math.max(deps.now(), (current?.updatedAt ?? 0) + 1);
    if (!(await store.updateFaqEntry(db, site.id, id, input, at))) throw notFound();
    return jsonResponse(200, await store.findFaqEntry(db, site.id, id));
  };
}

/**
 * `POST …/faq/entries/:id/phrasings` `{ text }` (issue 20): a visitor's wording from the unanswered report
 * becomes another phrasing of an entry, so the next visitor who asks it that way gets the answer. 200 with
 * the entry; a wording it already has is not added twice; 422 `too_many` past 30 phrasings.
 */
export function addFaqPhrasingRoute(deps: AdminDeps) {
  return async function handleAddFaqPhrasing(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const db = deps.db;
    const id = c.req.param('id') ?? '';
    const current = await store.findFaqEntry(db, site.id, id);
    if (!current) throw notFound();
    const { text } = await readAdminJson(c, faqPhrasingInput);
    const same = (a: string) => normaliseQuestion(a) === normaliseQuestion(text);
    if ([current.question, ...current.alternatives].some(same)) return jsonResponse(200, current);
    if (current.alternatives.length >= maxPhrasings) throw invalidField('text', 'too_many');
    const { id: _id, site: _site, createdAt: _c, updatedAt, ...input } = current;
    const at = Math.max(deps.now(), updatedAt + 1);
    await store.updateFaqEntry(db, site.id, id, { ...input, alternatives: [...input.alternatives, text] }, at);
    return jsonResponse(200, await store.findFaqEntry(db, site.id, id));
  };
}

export function deleteFaqEntryRoute(deps: AdminDeps) {
  return async function handleDeleteFaqEntry(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    if (!(await store.deleteFaqEntry(deps.db, site.id, c.req.param('id') ?? ''))) throw notFound();
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };
}

export function getFaqSettingsRoute(deps: AdminDeps) {
  return async function handleGetFaqSettings(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    return jsonResponse(200, await loadFaqSettings(deps.db, site.id));
  };
}

export function putFaqSettingsRoute(deps: AdminDeps) {
  return async function handlePutFaqSettings(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const settings = await readAdminJson(c, faqSettings);
    if (!isValidTimeZone(settings.hours.timeZone)) throw invalidField('hours.timeZone', 'invalid_time_zone');
    await saveFaqSettings(deps.db, site.id, settings, deps.now());
    return jsonResponse(200, settings);
  };
}

/** `?from=&to=` epoch ms; default the last 30 days. */
export function faqReportRoute(deps: AdminDeps) {
  return async function handleFaqReport(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const now = deps.now();
    const number = (name: string) => {
      const value = c.req.query(name);
      if (value === undefined) return undefined;
      if (!/^\d{1,15}$/.test(value)) throw invalidField(name, 'invalid_number');
      return Number(value);
    };
    const to = number('to') ?? now + 1;
    const from = number('from') ?? to - 30 * dayMs;
    return jsonResponse(200, await faqReportFor(deps.db, deps.cipher, site.id, { from, to }));
  };
}
