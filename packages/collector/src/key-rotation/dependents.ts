/**
 * How many stored values still need a given key, column by column, from the one registry: what
 * the rotation status shows and what decides that a key may be retired.
 *
 * @example
 *   const counts = await dependentsOf(db, 'a1b2c3d4', legacyKid); // [{ table: 'matters', column: 'code_hash', kind: 'pinned', rows: 2 }]
 */
import { type Kysely, sql } from 'kysely';
import { encryptedTables } from './encrypted-columns.ts';

export type Dependents = {
  table: string;
  column: string;
  kind: 'token' | 'recompute' | 'expires' | 'pinned';
  rows: number;
};

// biome-ignore lint/suspicious/noExplicitAny: registry tables are named at run time.
type AnyDb = Kysely<any>;

/** Where a column's values were made with key `kid`. */
function madeWith(column: string, kid: string, legacy: boolean, shape: 'token' | 'map' | 'index') {
  const c = sql.ref(column);
  if (shape === 'index') {
    // Under the legacy key an index is a bare MAC; under any other it reads `<kid>:<mac>`.
    return legacy ? sql<boolean>`${c} is not null and ${c} not like ${'%:%'}` : sql<boolean>`${c} like ${`${kid}:%`}`;
  }
  const pattern = shape === 'map' ? (legacy ? '%"v1.%' : `%"v2.${kid}.%`) : legacy ? 'v1.%' : `v2.${kid}.%`;
  return sql<boolean>`${c} like ${pattern}`;
}

/** Clears short-lived indexes under key `kid` once they are past their lookup window; returns how many. */
export async function expireIndexes(db: AnyDb, kid: string, legacyKid: string | undefined, now: number) {
  let cleared = 0;
  for (const entry of encryptedTables) {
    for (const index of entry.indexes) {
      if (index.kind !== 'expires' || !index.expiry) continue;
      const result = await db
        .updateTable(entry.table)
        .set({ [index.column]: null })
        .where(madeWith(index.column, kid, kid === legacyKid, 'index'))
        .where(index.expiry.column, '<', now - index.expiry.ms)
        .executeTakeFirst();
      cleared += Number(result.numUpdatedRows ?? 0);
    }
  }
  return cleared;
}

/** Columns with at least one value made with key `kid` (ids are 8 hex digits: nothing to escape in LIKE). */
export async function dependentsOf(db: AnyDb, kid: string, legacyKid: string | undefined): Promise<Dependents[]> {
  if (!/^[0-9a-f]{8}$/.test(kid)) throw new Error(`Not a data key id: ${kid}`);
  const legacy = kid === legacyKid;
  const found: Dependents[] = [];
  const count = async (table: string, condition: ReturnType<typeof sql>) => {
    const row = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)} where ${condition}`.execute(db);
    return Number(row.rows[0]?.n ?? 0);
  };
  for (const entry of encryptedTables) {
    for (const token of entry.tokens) {
      const rows = await count(entry.table, madeWith(token.column, kid, legacy, token.map ? 'map' : 'token'));
      if (rows > 0) found.push({ table: entry.table, column: token.column, kind: 'token', rows });
    }
    for (const index of entry.indexes) {
      const rows = await count(entry.table, madeWith(index.column, kid, legacy, 'index'));
      if (rows > 0) found.push({ table: entry.table, column: index.column, kind: index.kind, rows });
    }
  }
  return found;
}
