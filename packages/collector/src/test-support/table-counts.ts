/**
 * Row counts of every table, to prove a rejected request stored nothing (whatever tables later
 * features add). Rate-limit windows count attempts, not data, and are left out.
 *
 * @example
 *   const before = await tableCounts(db); ...; expect(await tableCounts(db)).toEqual(before);
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const notData = new Set(['rate_limits', 'kysely_migration', 'kysely_migration_lock']);

export async function tableCounts<DB>(db: Kysely<DB>): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).filter((name) => !notData.has(name));
  const counts: Record<string, number> = {};
  for (const name of tables.sort()) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}
