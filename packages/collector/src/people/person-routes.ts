/**
 * `POST /api/admin/people/{search,export,erase}` with `{ email }`: what one person has in this
 * firm (intakes, matters as the client, survey invitations), their data as JSON, or its erasure
 * (admins only; see erase-person.ts for what stays). POST keeps the email out of URLs and logs.
 *
 * @example
 *   api.post('/people/erase', requireAdmin, erasePersonRoute(deps));
 */
import {
  type PersonExport,
  type PersonMatches,
  type PersonSurvey,
  personQuery,
  type SurveyInvitation,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { buildDetail } from '../inbox/intake-detail.ts';
import { erasePersonMessages, exportPersonMessages, findPersonMessages } from '../outbox/person-messages.ts';
import { jsonResponse } from '../respond.ts';
import { detailOf } from '../status/matter-routes.ts';
import { invitationState, toInvitation } from '../survey/survey-routes.ts';
import type { SurveyInvitationRow } from '../survey/tables.ts';
import { emailIndexes } from './email-index.ts';
import { erasePerson } from './erase-person.ts';
import { findPersonRecords } from './person-records.ts';

async function personRecords(deps: AdminDeps, c: Context<AdminEnv>) {
  const { email } = await readAdminJson(c, personQuery);
  return { email, ...(await findPersonRecords(deps, c.get('user').firmId, email)) };
}

function surveyExport(deps: AdminDeps, row: SurveyInvitationRow): PersonSurvey {
  const decrypt = (token: string | null, field: string) =>
    token ? deps.cipher.decrypt(token, { site: row.site, id: row.id, field }) : null;
  return {
    ...toInvitation(deps, row),
    score: row.score === null ? null : Number(row.score),
    lawyerScore: row.lawyer_score === null ? null : Number(row.lawyer_score),
    comment: decrypt(row.comment, 'comment'),
    followUpNote: decrypt(row.follow_up_note, 'followUpNote'),
  };
}

export function searchPersonRoute(deps: AdminDeps) {
  return async function handleSearchPerson(c: Context<AdminEnv>): Promise<Response> {
    const { intakes, matters, surveys } = await personRecords(deps, c);
    const now = deps.now();
    const body: PersonMatches = {
      intakes: intakes.map((row) => ({
        id: row.id,
        site: row.site,
        reference: row.reference,
        receivedAt: row.received_at,
        state: row.state as PersonMatches['intakes'][number]['state'],
        erased: row.erased_at !== null,
      })),
      matters: matters.map((row) => ({
        id: row.id,
        site: row.site,
        reference: row.reference,
        createdAt: Number(row.created_at),
        status: row.status,
      })),
      surveys: surveys.map((row) => ({
        id: row.id,
        site: row.site,
        createdAt: Number(row.created_at),
        state: invitationState(row, now) satisfies SurveyInvitation['state'],
      })),
    };
    return jsonResponse(200, body);
  };
}

export function exportPersonRoute(deps: AdminDeps) {
  return async function handleExportPerson(c: Context<AdminEnv>): Promise<Response> {
    const { email, intakes, matters, surveys } = await personRecords(deps, c);
    const firmId = c.get('user').firmId;
    const body: PersonExport = {
      email,
      exportedAt: deps.now(),
      intakes: await Promise.all(intakes.map((row) => buildDetail(deps, firmId, row))),
      matters: await Promise.all(matters.map((row) => detailOf(deps, row))),
      surveys: surveys.map((row) => surveyExport(deps, row)),
      emails: exportPersonMessages(deps, await findPersonMessages(deps.db, firmId, emailIndexes(deps.cipher, email))),
    };
    return jsonResponse(200, body, { 'content-disposition': 'attachment; filename="person-export.json"' });
  };
}

export function erasePersonRoute(deps: AdminDeps) {
  return async function handleErasePerson(c: Context<AdminEnv>): Promise<Response> {
    const { email, intakes, matters, surveys } = await personRecords(deps, c);
    const user = c.get('user');
    const messages = await findPersonMessages(deps.db, user.firmId, emailIndexes(deps.cipher, email));
    const body = await erasePerson(deps.db, deps.cipher, {
      firmId: user.firmId,
      userId: user.id,
      records: { intakes, matters, surveys },
      now: deps.now(),
      // Issue 15: the emails to this address, in the same transaction.
      more: (trx) => erasePersonMessages(trx, deps.cipher, messages),
    });
    return jsonResponse(200, body);
  };
}
