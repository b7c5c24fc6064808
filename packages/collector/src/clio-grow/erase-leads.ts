/**
 * Erasing a person (issue 9) erases the copies of their lead kept for Clio Grow too (issue 16): the lead in each
 * push of their intakes, and Clio's answers, which may echo it. The pushes stay, with their state and field names.
 *
 * @example
 *   await eraseClioGrowLeads(trx, intakeIds, now); // inside the erasure's transaction
 */
import type { Db } from '../storage/database.ts';

export async function eraseClioGrowLeads(trx: Db, intakeIds: readonly string[], now: number): Promise<void> {
  if (intakeIds.length === 0) return;
  const pushes = await trx
    .selectFrom('outbox')
    .select('id')
    .where('kind', '=', 'clio-grow')
    .where(
      'subject_ref',
      'in',
      intakeIds.map((id) => `intake:${id}`),
    )
    .execute();
  const ids = pushes.map((row) => row.id);
  if (ids.length === 0) return;
  // A push still waiting fails with "The lead was purged" instead of sending what was erased.
  await trx.updateTable('outbox').set({ body_text: null, body_purged_at: now }).where('id', 'in', ids).execute();
  await trx.deleteFrom('clio_grow_answers').where('outbox_id', 'in', ids).execute();
}
