/**
 * `POST /api/admin/people/{search,export,erase}` with `{ email }`: the intakes of one person
 * in this firm, their data as JSON, or its erasure (admins only). POST keeps the email out
 * of URLs and logs.
 *
 * @example
 *   api.post('/people/erase', requireAdmin, erasePersonRoute(deps));
 */
import { type ErasureResult, type PersonExport, type PersonMatches, personQuery } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminDeps } from '../admin-api/admin-deps.ts';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { readAdminJson } from '../admin-api/read-body.ts';
import { type FirmIntake, loadFirmIntake } from '../inbox/firm-intakes.ts';
import { buildDetail } from '../inbox/intake-detail.ts';
import { jsonResponse } from '../respond.ts';
import { emailIndex } from './email-index.ts';
import { erasePerson } from './erase-person.ts';

async function personIntakes(deps: AdminDeps, c: Context<AdminEnv>): Promise<{ email: string; rows: FirmIntake[] }> {
  const { email } = await readAdminJson(c, personQuery);
  const index = emailIndex(deps.cipher, email);
  const firmId = c.get('user').firmId;
  const ids = index
    ? await deps.db
        .selectFrom('intakes')
        .innerJoin('sites', 'sites.id', 'intakes.site')
        .select('intakes.id')
        .where('sites.firm_id', '=', firmId)
        .where('intakes.email_index', '=', index)
        .orderBy('intakes.received_at')
        .execute()
    : [];
  const rows = await Promise.all(ids.map(({ id }) => loadFirmIntake(deps.db, firmId, id)));
  return { email, rows };
}

export function searchPersonRoute(deps: AdminDeps) {
  return async function handleSearchPerson(c: Context<AdminEnv>): Promise<Response> {
    const { rows } = await personIntakes(deps, c);
    const body: PersonMatches = {
      intakes: rows.map((row) => ({
        id: row.id,
        site: row.site,
        reference: row.reference,
        receivedAt: row.received_at,
        state: row.state as PersonMatches['intakes'][number]['state'],
        erased: row.erased_at !== null,
      })),
    };
    return jsonResponse(200, body);
  };
}

export function exportPersonRoute(deps: AdminDeps) {
  return async function handleExportPerson(c: Context<AdminEnv>): Promise<Response> {
    const { email, rows } = await personIntakes(deps, c);
    const firmId = c.get('user').firmId;
    const body: PersonExport = {
      email,
      exportedAt: deps.now(),
      intakes: await Promise.all(rows.map((row) => buildDetail(deps, firmId, row))),
    };
    return jsonResponse(200, body, { 'content-disposition': 'attachment; filename="person-export.json"' });
  };
}

export function erasePersonRoute(deps: AdminDeps) {
  return async function handleErasePerson(c: Context<AdminEnv>): Promise<Response> {
    const { rows } = await personIntakes(deps, c);
    const user = c.get('user');
    const erased = await erasePerson(deps.db, {
      firmId: user.firmId,
      userId: user.id,
      intakeIds: rows.map((row) => row.id),
      now: deps.now(),
    });
    const body: ErasureResult = { erased };
    return jsonResponse(200, body);
  };
}
