/**
 * FAQ entries and bot settings of one site. Callers check the site belongs to the user's firm
 * first (`loadFirmSite`); here every query is narrowed to that site.
 *
 * @example
 *   const entries = await listFaqEntries(db, 'harbor-vale');
 */
import type { AdminFaqEntry, FaqEntryInput } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';
import type { FaqEntryRow } from './tables.ts';

export function toAdminFaqEntry(row: FaqEntryRow): AdminFaqEntry {
  return {
    ...(JSON.parse(row.entry) as FaqEntryInput),
    id: row.id,
    site: row.site,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function listFaqEntries(db: Db, site: string): Promise<AdminFaqEntry[]> {
  const rows = await db
    .selectFrom('faq_entries')
    .selectAll()
    .where('site', '=', site)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAdminFaqEntry);
}

export async function findFaqEntry(db: Db, site: string, id: string): Promise<AdminFaqEntry | undefined> {
  const row = await db
    .selectFrom('faq_entries')
    .selectAll()
    .where('site', '=', site)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAdminFaqEntry(row) : undefined;
}

export async function insertFaqEntry(
  db: Db,
  site: string,
  id: string,
  input: FaqEntryInput,
  now: number,
): Promise<void> {
  await db
    .insertInto('faq_entries')
    .values({ id, site, entry: JSON.stringify(input), created_at: now, updated_at: now })
    .execute();
}

/** False when no such entry exists on the site. */
export async function updateFaqEntry(
  db: Db,
  site: string,
  id: string,
  input: FaqEntryInput,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('faq_entries')
    .set({ entry: JSON.stringify(input), updated_at: now })
    .where('site', '=', site)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteFaqEntry(db: Db, site: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('faq_entries').where('site', '=', site).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * A cheap fingerprint of the site's entries (count and sum of edit times; an edit always moves its row's
 * time forward): any insert, edit or delete changes it, so each collector
 * process can tell on every ask whether its in-memory index is stale (one indexed aggregate query).
 */
export async function faqEntriesVersion(db: Db, site: string): Promise<string> {
  const row = await db
    .selectFrom('faq_entries')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('updated_at').as('sum')])
    .where('site', '=', site)
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}:${String(row?.sum ?? 0)}`;
}
