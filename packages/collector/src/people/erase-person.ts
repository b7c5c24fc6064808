/**
 * Erasure of one person's data. What goes and what stays, and why:
 *
 * - Intakes keep their rows (so counts, states and the journey's events still add up) but lose every
 *   personal field, the email index, the request hash (a fingerprint of the answers), notes, decline
 *   reasons and party-index records.
 * - Matters keep what the firm's own records need: reference, practice area, lawyer, stages,
 *   status, dates and invoices (number, amount, due date, paid or not). The client's name becomes
 *   empty, the email and its index go, and so do the client's messages, the updates and next step
 *   written to the client (free text that names them), and the survey link. The access code stops
 *   working (its hash is replaced, and the bumped code version voids every session token).
 * - Survey invitations lose the name, email, index, comment and follow-up note, and an unanswered
 *   link expires. The scores stay, anonymous: the NPS and other figures the firm reported do not
 *   change after the fact, and a score alone says nothing about who gave it.
 *
 * The erasure log says when, by whom and how many of each, not whose.
 *
 * @example
 *   const erased = await erasePerson(db, cipher, { firmId, userId, records, now });
 */
import { randomUUID } from 'node:crypto';
import type { ErasureResult } from '@retainer/schema/admin';
import { sql } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import type { PersonRecords } from './person-records.ts';

export const erasedMarker = 'erased';

type Erase = {
  firmId: string;
  userId: string;
  records: PersonRecords;
  now: number;
  /** More to erase in the same transaction (the outbox's emails, issue 15); returns how many. */
  more?: (trx: Db) => Promise<number>;
};

export async function erasePerson(
  db: Db,
  cipher: FieldCipher,
  { firmId, userId, records, now, more }: Erase,
): Promise<ErasureResult> {
  const intakeIds = records.intakes.map((row) => row.id);
  const matterIds = records.matters.map((row) => row.id);
  return db.transaction().execute(async (trx) => {
    let erased = 0;
    if (intakeIds.length > 0) {
      const result = await trx
        .updateTable('intakes')
        .set({ personal: '{}', email_index: null, request_hash: erasedMarker, erased_at: now })
        .where('id', 'in', intakeIds)
        .executeTakeFirst();
      erased = Number(result.numUpdatedRows);
      await trx.deleteFrom('intake_notes').where('intake_id', 'in', intakeIds).execute();
      await trx.deleteFrom('intake_replies').where('intake_id', 'in', intakeIds).execute();
      await trx.updateTable('intake_history').set({ reason: null }).where('intake_id', 'in', intakeIds).execute();
      await trx.deleteFrom('parties').where('intake_id', 'in', intakeIds).execute();
    }
    const status = trx;
    if (matterIds.length > 0) {
      await status.deleteFrom('matter_messages').where('matter_id', 'in', matterIds).execute();
      await trx.deleteFrom('matter_replies').where('matter_id', 'in', matterIds).execute();
      await status.deleteFrom('matter_updates').where('matter_id', 'in', matterIds).execute();
    }
    for (const row of records.matters) {
      // An empty name rather than none: every reader of `personal` expects a name token.
      const name = cipher.encrypt('', { site: row.site, id: row.id, field: 'clientName' });
      await status
        .updateTable('matters')
        .set({
          personal: JSON.stringify({ name }),
          email_index: null,
          next_step: null,
          next_step_date: null,
          code_hash: erasedMarker,
          code_version: sql<number>`code_version + 1`,
          survey_url: null,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .execute();
    }
    const survey = trx;
    for (const row of records.surveys) {
      await survey
        .updateTable('survey_invitations')
        .set({
          client_name: cipher.encrypt('', { site: row.site, id: row.id, field: 'clientName' }),
          email: null,
          email_index: null,
          comment: null,
          follow_up_note: null,
          request_hash: erasedMarker,
          expires_at: Math.min(Number(row.expires_at), now),
        })
        .where('id', '=', row.id)
        .execute();
      // Issue 15: the reminder's copy of the link token goes too.
      await trx.updateTable('survey_invitations').set({ email_token: null }).where('id', '=', row.id).execute();
    }
    const emails = more ? await more(trx) : undefined;
    const result = {
      erased,
      matters: records.matters.length,
      surveys: records.surveys.length,
      ...(emails === undefined ? {} : { emails }),
    };
    await trx
      .insertInto('erasures')
      .values({
        id: randomUUID(),
        firm_id: firmId,
        user_id: userId,
        intakes: erased,
        matters: result.matters,
        surveys: result.surveys,
        at: now,
      })
      .execute();
    return result;
  });
}
