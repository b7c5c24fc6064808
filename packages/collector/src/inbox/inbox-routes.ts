/**
 * `GET /api/admin/inbox` (list + stats), `GET /api/admin/inbox/export` (CSV) and
 * `GET /api/admin/inbox/:id` (detail). Filters: site, state, practice area, assignee
 * (a user id or `none`), received from/to.
 *
 * @example
 *   api.get('/inbox', inboxRoute(deps));
 */
import { issuesToErrors, problemTypes } from '@retainer/schema';
import { type InboxQuery, inboxQuery } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { jsonResponse } from '../respond.ts';
import { inboxCsv } from './export-csv.ts';
import { loadFirmIntake, selectFirmIntakes } from './firm-intakes.ts';
import { buildInbox, itemsFor } from './inbox-items.ts';
import { buildDetail } from './intake-detail.ts';
import { inboxOrder, intakeFields } from './intake-view.ts';

/** Export is for spreadsheets; a cap keeps one request from decrypting an unbounded table. */
export const maxExportRows = 10_000;

function readQuery(c: Context): InboxQuery {
  const parsed = inboxQuery.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
  }
  return parsed.data;
}

export function inboxRoute(deps: AdminDeps) {
  return async function handleInbox(c: Context<AdminEnv>): Promise<Response> {
    return jsonResponse(200, await buildInbox(deps, c.get('user').firmId, readQuery(c)));
  };
}

export function intakeDetailRoute(deps: AdminDeps) {
  return async function handleIntakeDetail(c: Context<AdminEnv>): Promise<Response> {
    const firmId = c.get('user').firmId;
    const row = await loadFirmIntake(deps.db, firmId, c.req.param('id') ?? '');
    return jsonResponse(200, await buildDetail(deps, firmId, row));
  };
}

export function exportInboxRoute(deps: AdminDeps) {
  return async function handleExportInbox(c: Context<AdminEnv>): Promise<Response> {
    const firmId = c.get('user').firmId;
    const now = deps.now();
    const rows = await selectFirmIntakes(deps.db, firmId, { ...readQuery(c), limit: maxExportRows });
    const decrypted = rows.map((row) => ({ row, fields: intakeFields(deps.cipher, row) }));
    const items = await itemsFor(deps, firmId, decrypted, now);
    const fieldsById = new Map(decrypted.map(({ row, fields }) => [row.id, fields]));
    const sorted = items.sort(inboxOrder).map((item) => ({ item, fields: fieldsById.get(item.id)! }));
    const day = new Date(now).toISOString().slice(0, 10);
    return new Response(inboxCsv(sorted), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="inbox-${day}.csv"`,
        'cache-control': 'no-store',
      },
    });
  };
}
