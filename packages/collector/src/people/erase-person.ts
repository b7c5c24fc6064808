/**
 * Erasure of one person's data: their intakes keep their rows (so counts, states and the
 * journey's events still add up) but lose every personal field, the email index, the
 * request hash (a fingerprint of the answers), notes, decline reasons and party-index
 * records. The erasure log says when, by whom and how many, not whose.
 *
 * @example
 *   const erased = await erasePerson(db, { firmId, userId, intakeIds, now });
 */
import { randomUUID } from 'node:crypto';
import type { AdminDb } from '../admin-store/tables.ts';

export const erasedMarker = 'erased';

export async function erasePerson(
  db: AdminDb,
  { firmId, userId, intakeIds, now }: { firmId: string; userId: string; intakeIds: string[]; now: number },
): Promise<number> {
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
      await trx.updateTable('intake_history').set({ reason: null }).where('intake_id', 'in', intakeIds).execute();
      await trx.deleteFrom('parties').where('intake_id', 'in', intakeIds).execute();
    }
    await trx
      .insertInto('erasures')
      .values({ id: randomUUID(), firm_id: firmId, user_id: userId, intakes: erased, at: now })
      .execute();
    return erased;
  });
}
