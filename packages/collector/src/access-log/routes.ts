/**
 * The access log's admin routes (issue 17, admins only; mounted behind `requireAdmin`):
 * `GET /api/admin/access-log` (a page, newest first), `GET /api/admin/access-log.csv` (the same filters as a
 * spreadsheet) and `GET|PUT /api/admin/access-log/settings` (retention). Reading and exporting the log are
 * logged too, before the answer leaves.
 *
 * @example
 *   api.get('/access-log', requireAdmin, accessLogRoute(deps));
 */
import { issuesToErrors, problemTypes } from '@retainer/schema';
import {
  type AccessAction,
  type AccessLogEntry,
  type AccessLogPage,
  type AccessLogQuery,
  type AccessSubjectKind,
  accessLogQuery,
  accessLogSettings,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { toCsv } from '../csv/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { pageAfter, readTimeCursor } from '../http/time-cursor.ts';
import { jsonResponse } from '../respond.ts';
import { accessEntry, recordAccess, recordAccessIn } from './record.ts';
import { loadAccessLogSettings, saveAccessLogSettings } from './settings-store.ts';

type AdminContext = Context<AdminEnv>;

/** A spreadsheet of more than this is asked for in date ranges (from/to). */
export const maxAccessLogExportRows = 50_000;

function readQuery(c: AdminContext): AccessLogQuery {
  const parsed = accessLogQuery.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
  }
  return parsed.data;
}

async function selectEntries(deps: AdminDeps, firmId: string, query: AccessLogQuery, limit: number) {
  let select = deps.db
    .selectFrom('access_log')
    .leftJoin('users', 'users.id', 'access_log.actor_id')
    .selectAll('access_log')
    .select(['users.name as actor_name', 'users.removed_at as actor_removed_at'])
    .where('access_log.firm_id', '=', firmId);
  if (query.from !== undefined) select = select.where('access_log.at', '>=', query.from);
  if (query.to !== undefined) select = select.where('access_log.at', '<', query.to);
  if (query.actor) select = select.where('access_log.actor_id', '=', query.actor);
  if (query.action) select = select.where('access_log.action', '=', query.action);
  const subject = query.subject;
  if (subject) {
    select = select.where((eb) =>
      eb.or([eb('access_log.subject_id', '=', subject), eb('access_log.subject_ref', '=', subject)]),
    );
  }
  if (query.cursor) {
    const { at, id } = readTimeCursor(query.cursor);
    select = select.where((eb) =>
      eb.or([eb('access_log.at', '<', at), eb.and([eb('access_log.at', '=', at), eb('access_log.id', '<', id)])]),
    );
  }
  return select.orderBy('access_log.at', 'desc').orderBy('access_log.id', 'desc').limit(limit).execute();
}

type EntryRow = Awaited<ReturnType<typeof selectEntries>>[number];

function toEntry(row: EntryRow): AccessLogEntry {
  return {
    id: row.id,
    at: Number(row.at),
    actor: {
      kind: row.actor_kind,
      id: row.actor_id,
      name: row.actor_name ?? null,
      former: row.actor_removed_at !== null && row.actor_removed_at !== undefined,
    },
    action: row.action as AccessAction,
    subject: row.subject_kind
      ? { kind: row.subject_kind as AccessSubjectKind, id: row.subject_id, reference: row.subject_ref }
      : null,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    detail: JSON.parse(row.detail) as AccessLogEntry['detail'],
  };
}

/** The filters an entry about reading the log keeps: which member, action or subject was looked for. */
const filterDetail = (query: AccessLogQuery) => {
  const detail: Record<string, string | number> = {};
  for (const key of ['from', 'to', 'actor', 'action', 'subject'] as const) {
    const value = query[key];
    if (value !== undefined) detail[key] = value;
  }
  return detail;
};

export function accessLogRoute(deps: AdminDeps) {
  return async function handleAccessLog(c: AdminContext): Promise<Response> {
    const query = readQuery(c);
    const limit = query.limit ?? 50;
    const rows = await selectEntries(deps, c.get('user').firmId, query, limit + 1);
    const { page, next } = pageAfter(rows, limit, (row) => Number(row.at));
    const body: AccessLogPage = { entries: page.map(toEntry), next };
    // Only the first page counts as a look at the log; paging on is the same look.
    if (!query.cursor) {
      await recordAccess(deps, accessEntry(c, deps, { action: 'access_log.viewed', detail: filterDetail(query) }));
    }
    return jsonResponse(200, body);
  };
}

const csvColumns: [string, (entry: AccessLogEntry) => string | number | null][] = [
  ['time', (e) => new Date(e.at).toISOString()],
  ['actor_id', (e) => e.actor.id],
  ['actor', (e) => e.actor.name],
  ['action', (e) => e.action],
  ['subject_kind', (e) => e.subject?.kind ?? null],
  ['subject_id', (e) => e.subject?.id ?? null],
  ['subject_reference', (e) => e.subject?.reference ?? null],
  ['ip', (e) => e.ip],
  ['user_agent', (e) => e.userAgent],
  ['request_id', (e) => e.requestId],
  ['detail', (e) => (Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : null)],
];

export function accessLogCsvRoute(deps: AdminDeps) {
  return async function handleAccessLogCsv(c: AdminContext): Promise<Response> {
    const { cursor: _, limit: __, ...query } = readQuery(c);
    const entries = (await selectEntries(deps, c.get('user').firmId, query, maxAccessLogExportRows)).map(toEntry);
    await recordAccess(
      deps,
      accessEntry(c, deps, { action: 'access_log.exported', detail: { ...filterDetail(query), rows: entries.length } }),
    );
    const day = new Date(deps.now()).toISOString().slice(0, 10);
    const csv = toCsv([
      csvColumns.map(([title]) => title),
      ...entries.map((e) => csvColumns.map(([, cell]) => cell(e))),
    ]);
    return new Response(`\uFEFF${csv}`, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="access-log-${day}.csv"`,
        'cache-control': 'no-store',
      },
    });
  };
}

export function getAccessLogSettingsRoute(deps: AdminDeps) {
  return async function handleGetAccessLogSettings(c: AdminContext): Promise<Response> {
    return jsonResponse(200, await loadAccessLogSettings(deps.db, c.get('user').firmId));
  };
}

export function putAccessLogSettingsRoute(deps: AdminDeps) {
  return async function handlePutAccessLogSettings(c: AdminContext): Promise<Response> {
    const settings = await readAdminJson(c, accessLogSettings);
    const firmId = c.get('user').firmId;
    const entry = accessEntry(c, deps, {
      action: 'settings.changed',
      subject: { kind: 'firm', id: firmId },
      detail: { setting: 'accessLog.retentionDays', value: settings.retentionDays },
    });
    await deps.db.transaction().execute(async (trx) => {
      await saveAccessLogSettings(trx, firmId, settings, entry.at);
      await recordAccessIn(trx, entry);
    });
    return jsonResponse(200, settings);
  };
}
