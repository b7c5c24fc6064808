/**
 * Lawyer rows of one site: read, write, reorder. Callers check the site belongs to the
 * user's firm first (`loadFirmSite`); here every query is narrowed to that site.
 *
 * @example
 *   const lawyers = await listLawyers(db, 'harbor-vale');
 */
import type { AdminLawyer, LawyerInput } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';
import type { LawyerRow } from './tables.ts';

export type LawyerProfile = Omit<LawyerInput, 'status' | 'order'>;

export function toAdminLawyer(row: LawyerRow): AdminLawyer {
  return {
    ...(JSON.parse(row.profile) as LawyerProfile),
    id: row.id,
    site: row.site,
    status: row.status,
    order: Number(row.position),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** Splits the input into the stored JSON and the columns. */
export function profileOf(input: LawyerInput): LawyerProfile {
  const { status: _status, order: _order, ...profile } = input;
  return profile;
}

export async function listLawyers(db: Db, site: string, activeOnly = false): Promise<AdminLawyer[]> {
  let query = db.selectFrom('lawyers').selectAll().where('site', '=', site);
  if (activeOnly) query = query.where('status', '=', 'active');
  const rows = await query.orderBy('position').orderBy('created_at').execute();
  return rows.map(toAdminLawyer);
}

export async function findLawyer(db: Db, site: string, id: string): Promise<AdminLawyer | undefined> {
  const row = await db
    .selectFrom('lawyers')
    .selectAll()
    .where('site', '=', site)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAdminLawyer(row) : undefined;
}

export async function insertLawyer(db: Db, site: string, id: string, input: LawyerInput, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('lawyers')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('site', '=', site)
      .executeTakeFirst();
    const position = input.order ?? (last?.max == null ? 0 : Number(last.max) + 1);
    await trx
      .insertInto('lawyers')
      .values({
        id,
        site,
        status: input.status,
        position,
        profile: JSON.stringify(profileOf(input)),
        created_at: now,
        updated_at: now,
      })
      .execute();
  });
}

/** False when no such lawyer exists on the site. */
export async function updateLawyer(
  db: Db,
  site: string,
  id: string,
  input: LawyerInput,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('lawyers')
    .set({
      status: input.status,
      profile: JSON.stringify(profileOf(input)),
      updated_at: now,
      ...(input.order === undefined ? {} : { position: input.order }),
    })
    .where('site', '=', site)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteLawyer(db: Db, site: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('lawyers').where('site', '=', site).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Sets positions 0…n-1 in the given order; the caller checked it names every lawyer once. */
export async function reorderLawyers(db: Db, site: string, order: string[], now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [position, id] of order.entries()) {
      await trx
        .updateTable('lawyers')
        .set({ position, updated_at: now })
        .where('site', '=', site)
        .where('id', '=', id)
        .execute();
    }
  });
}
