/**
 * The detail view of one intake: every answer decrypted, the clock, conflict flags,
 * internal notes and the history of state changes (with reasons).
 *
 * @example
 *   const detail = await buildDetail(deps, firmId, await loadFirmIntake(db, firmId, id));
 */
import { type IntakeDetail, type IntakeNote, type IntakeState, intakeStates } from '@retainer/schema/admin';
import type { AdminDeps } from '../http/admin-deps.ts';
import { storedAnswers } from '../intake/custom-answers.ts';
import type { FirmIntake } from './firm-intakes.ts';
import { firmPeople, itemsFor } from './inbox-items.ts';
import { listIntakeReplies } from './intake-replies.ts';
import { intakeFields, intakeLanguage } from './intake-view.ts';
import { requestedLawyer } from './requested-lawyer.ts';

export const noteField = (noteId: string) => `note:${noteId}`;
export const reasonField = (historyId: string) => `reason:${historyId}`;

export async function buildDetail(deps: AdminDeps, firmId: string, row: FirmIntake): Promise<IntakeDetail> {
  const fields = intakeFields(deps.cipher, row);
  const [item] = await itemsFor(deps, firmId, [{ row, fields }], deps.now());
  const person = await firmPeople(deps.db, firmId);
  const decrypt = (token: string | null, field: string) =>
    token === null ? null : deps.cipher.decrypt(token, { site: row.site, id: row.id, field });

  const [notes, history, lawyer, replies, clearance] = await Promise.all([
    deps.db
      .selectFrom('intake_notes')
      .selectAll()
      .where('intake_id', '=', row.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    deps.db.selectFrom('intake_history').selectAll().where('intake_id', '=', row.id).execute(),
    requestedLawyer(deps.db, row),
    listIntakeReplies(deps, row, person),
    item!.conflicts.length === 0
      ? undefined
      : deps.db
          .selectFrom('conflict_clearances')
          .select(['by_user', 'at'])
          .where('intake_id', '=', row.id)
          .executeTakeFirst(),
  ]);
  // Moves only go forward, so within one millisecond the earlier state's move came first.
  const rank = (state: string) => intakeStates.indexOf(state as IntakeState);
  history.sort((a, b) => a.at - b.at || rank(a.from_state) - rank(b.from_state));
  const entries = history.map((h) => ({
    from: h.from_state as IntakeState,
    to: h.to_state as IntakeState,
    reason: decrypt(h.reason, reasonField(h.id)),
    by: person(h.by_user),
    at: h.at,
  }));
  return {
    ...item!,
    fields,
    lang: intakeLanguage(row),
    disclaimerVersion: row.disclaimer_version,
    declineReason: entries.findLast((e) => e.to === 'declined')?.reason ?? null,
    notes: notes.map(
      (n): IntakeNote => ({
        id: n.id,
        author: person(n.author_id),
        body: decrypt(n.body, noteField(n.id)) ?? '',
        createdAt: n.created_at,
      }),
    ),
    history: entries,
    requestedLawyer: lawyer,
    replies,
    matterId: row.matter_id ?? null,
    answers: storedAnswers(deps.cipher, row),
    conflictClearance: clearance ? { by: person(clearance.by_user), at: Number(clearance.at) } : null,
  };
}
