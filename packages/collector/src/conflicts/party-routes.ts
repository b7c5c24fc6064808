/**
 * `/api/admin/parties…`: list the firm's party index, import a CSV of existing clients and
 * adverse parties (duplicates of earlier imports are skipped), delete a record.
 *
 * @example
 *   api.post('/parties/import', requireAdmin, importPartiesRoute(deps));
 */
import { problemTypes } from '@retainer/schema';
import type { PartyImportResult, PartyList } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { CsvError } from '../csv/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound } from '../http/read-body.ts';
import { readTextBody } from '../http/read-text.ts';
import { jsonResponse } from '../respond.ts';
import { partiesFromCsv } from './import-parties.ts';
import { listParties, partyRows } from './party-index.ts';

const maxCsvBytes = 1024 * 1024;

export function listPartiesRoute(deps: AdminDeps) {
  return async function handleListParties(c: Context<AdminEnv>): Promise<Response> {
    const body: PartyList = { parties: await listParties(deps.db, deps.cipher, c.get('user').firmId) };
    return jsonResponse(200, body);
  };
}

export function importPartiesRoute(deps: AdminDeps) {
  return async function handleImportParties(c: Context<AdminEnv>): Promise<Response> {
    const text = await readTextBody(c, /^text\/(?:csv|plain)\s*(?:;|$)/i, maxCsvBytes);
    let parsed: ReturnType<typeof partiesFromCsv>;
    try {
      parsed = partiesFromCsv(text);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      throw new ProblemError(422, problemTypes.validation, {
        errors: [{ path: `line.${error.line}`, code: 'unterminated_quote' }],
      });
    }
    const firmId = c.get('user').firmId;
    const rows = partyRows(deps.cipher, firmId, parsed.parties, deps.now());
    const known = new Set<string>();
    for (let i = 0; i < rows.length; i += 500) {
      const existing = await deps.db
        .selectFrom('parties')
        .select(['match_key', 'kind'])
        .where('firm_id', '=', firmId)
        .where('source', '=', 'csv')
        .where(
          'match_key',
          'in',
          rows.slice(i, i + 500).map((r) => r.match_key),
        )
        .execute();
      for (const row of existing) known.add(`${row.kind}:${row.match_key}`);
    }
    const fresh = rows.filter((row) => {
      const key = `${row.kind}:${row.match_key}`;
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    await deps.db.transaction().execute(async (trx) => {
      for (let i = 0; i < fresh.length; i += 500)
        await trx
          .insertInto('parties')
          .values(fresh.slice(i, i + 500))
          .execute();
    });
    const body: PartyImportResult = {
      imported: fresh.length,
      skipped: parsed.skipped + (parsed.parties.length - fresh.length),
    };
    return jsonResponse(200, body);
  };
}

export function deletePartyRoute(deps: AdminDeps) {
  return async function handleDeleteParty(c: Context<AdminEnv>): Promise<Response> {
    const result = await deps.db
      .deleteFrom('parties')
      .where('id', '=', c.req.param('id') ?? '')
      .where('firm_id', '=', c.get('user').firmId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound();
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };
}
