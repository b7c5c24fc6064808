/**
 * The lawyer a visitor chose in the directory before writing (`details.lawyer` on the intake),
 * named from the lawyers of the intake's own site — an id of another site never resolves.
 * A lawyer deleted since keeps the id with a null name, so staff still see one was asked for.
 *
 * @example
 *   await requestedLawyer(db, row); // { id: 'l-1', name: 'Daniel Lin' } | { id, name: null } | null
 */
import type { IntakeDetail } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';
import type { FirmIntake } from './firm-intakes.ts';

export async function requestedLawyer(db: Db, row: FirmIntake): Promise<IntakeDetail['requestedLawyer']> {
  const { lawyer } = JSON.parse(row.details) as { lawyer?: unknown };
  if (typeof lawyer !== 'string' || lawyer === '') return null;
  const found = await db
    .selectFrom('lawyers')
    .select('profile')
    .where('site', '=', row.site)
    .where('id', '=', lawyer)
    .executeTakeFirst();
  const name = found ? (JSON.parse(found.profile) as { name?: unknown }).name : undefined;
  return { id: lawyer, name: typeof name === 'string' ? name : null };
}
