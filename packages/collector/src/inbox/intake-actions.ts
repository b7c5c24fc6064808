/**
 * What staff do to an intake: move it along `new → contacted → retained | declined`, assign
 * it, add a note. Leaving `new` stops the response clock; `retained` records the journey's
 * `decide` stage; retained and declined intakes add their parties to the conflict index.
 *
 * @example
 *   app.post('/inbox/:id/state', changeStateRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import { type IntakeFields, problemTypes } from '@retainer/schema';
import {
  addIntakeNote,
  assignIntake,
  changeIntakeState,
  type IntakeNote,
  type IntakeState,
  intakeTransitions,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { type NewParty, type PartyKind, partyRows } from '../conflicts/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { recordEvents } from '../storage/write-queries.ts';
import { decideEvent } from './decide-event.ts';
import { loadFirmIntake } from './firm-intakes.ts';
import { buildDetail, noteField, reasonField } from './intake-detail.ts';
import { intakeFields } from './intake-view.ts';

const invalidTransition = (from: string, to: string) =>
  new ProblemError(409, problemTypes.invalidTransition, { detail: `An intake cannot move from ${from} to ${to}.` });

/** Submitters of retained intakes are clients; declined prospects stay in the index too. */
function partiesOf(fields: IntakeFields, retained: boolean, intakeId: string): NewParty[] {
  const submitter: PartyKind = retained ? 'client' : 'prospect';
  return [
    ...(fields.name ? [{ name: fields.name, kind: submitter }] : []),
    ...(fields.adverseParties ?? []).map((name) => ({ name, kind: 'adverse' as const })),
    ...(fields.relatedParties ?? []).map((name) => ({ name, kind: 'related' as const })),
  ].map((party) => ({ ...party, source: 'intake' as const, intakeId }));
}

export function changeStateRoute(deps: AdminDeps) {
  return async function handleChangeState(c: Context<AdminEnv>): Promise<Response> {
    const { state: to, reason } = await readAdminJson(c, changeIntakeState);
    const user = c.get('user');
    const row = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    const from = row.state as IntakeState;
    if (!intakeTransitions[from]?.includes(to)) throw invalidTransition(from, to);
    if (to === 'declined' && !reason) throw invalidField('reason', 'required');
    const now = deps.now();
    const historyId = randomUUID();
    const decided = to === 'retained' || to === 'declined';
    const parties = decided ? partiesOf(intakeFields(deps.cipher, row), to === 'retained', row.id) : [];

    await deps.db.transaction().execute(async (trx) => {
      // The conditional update goes first: two people moving the same intake cannot both win.
      const moved = await trx
        .updateTable('intakes')
        .set({ state: to, first_contact_at: row.first_contact_at ?? now })
        .where('id', '=', row.id)
        .where('state', '=', from)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) === 0) throw invalidTransition(from, to);
      await trx
        .insertInto('intake_history')
        .values({
          id: historyId,
          intake_id: row.id,
          from_state: from,
          to_state: to,
          reason: reason
            ? deps.cipher.encrypt(reason, { site: row.site, id: row.id, field: reasonField(historyId) })
            : null,
          by_user: user.id,
          at: now,
        })
        .execute();
      if (to === 'retained') {
        // Through the event write path, so the journey map's tables count it (issue 8).
        await recordEvents(trx, [decideEvent(row, now)]);
      }
      if (decided) {
        const rows = partyRows(deps.cipher, user.firmId, parties, now);
        if (rows.length > 0) await trx.insertInto('parties').values(rows).execute();
      }
    });
    return jsonResponse(200, await buildDetail(deps, user.firmId, await loadFirmIntake(deps.db, user.firmId, row.id)));
  };
}

export function assignRoute(deps: AdminDeps) {
  return async function handleAssign(c: Context<AdminEnv>): Promise<Response> {
    const { assignee } = await readAdminJson(c, assignIntake);
    const user = c.get('user');
    const row = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    if (assignee !== null) {
      const colleague = await deps.db
        .selectFrom('users')
        .select('id')
        .where('id', '=', assignee)
        .where('firm_id', '=', user.firmId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (!colleague) throw invalidField('assignee', 'unknown_user');
    }
    await deps.db.updateTable('intakes').set({ assignee }).where('id', '=', row.id).execute();
    return jsonResponse(200, await buildDetail(deps, user.firmId, { ...row, assignee }));
  };
}

export function addNoteRoute(deps: AdminDeps) {
  return async function handleAddNote(c: Context<AdminEnv>): Promise<Response> {
    const { body } = await readAdminJson(c, addIntakeNote);
    const user = c.get('user');
    const row = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    const note: IntakeNote = {
      id: randomUUID(),
      author: { id: user.id, name: user.name },
      body,
      createdAt: deps.now(),
    };
    await deps.db
      .insertInto('intake_notes')
      .values({
        id: note.id,
        intake_id: row.id,
        author_id: user.id,
        body: deps.cipher.encrypt(body, { site: row.site, id: row.id, field: noteField(note.id) }),
        created_at: note.createdAt,
      })
      .execute();
    return jsonResponse(201, note);
  };
}
