/**
 * One bounded batch of re-encryption in one table: the next rows after the recorded cursor, every
 * token not under the primary key rewritten to it and its blind indexes recomputed. Each row is
 * updated only if it still holds what was read (compare-and-set), so a concurrent edit or a second
 * collector doing the same batch never loses data; the cursor moves in the same transaction.
 *
 * @example
 *   const { done, rewritten } = await rotateBatch(db, ring, encryptedTables[0]!, { batchSize: 100, now: Date.now() });
 */
import type { Kysely } from 'kysely';
import { type DataKeyring, indexKeyId, tokenKeyId } from '../crypto/keyring.ts';
import { type EncryptedTable, keep, type Plaintexts, type RotatedRow } from './encrypted-columns.ts';

/** `walked`: rows were read (a real batch); `done`: this table's pass reached its end. */
export type BatchResult = { done: boolean; walked: boolean; rewritten: number; failed: number };

// biome-ignore lint/suspicious/noExplicitAny: registry tables are named at run time.
type AnyDb = Kysely<any>;

export async function selectRows(db: AnyDb, entry: EncryptedTable, afterId: string, limit: number) {
  const own = [entry.id, ...entry.context, ...entry.tokens.map((t) => t.column), ...entry.indexes.map((i) => i.column)];
  let query = db.selectFrom(`${entry.table} as t`).select([...new Set(own)].map((c) => `t.${c}`));
  if (entry.parent) {
    const { table, fk, columns } = entry.parent;
    query = query
      .innerJoin(`${table} as p`, 'p.id', `t.${fk}`)
      .select(Object.entries(columns).map(([alias, column]) => `p.${column} as ${alias}`));
  }
  return (await query
    .where(`t.${entry.id}`, '>', afterId)
    .orderBy(`t.${entry.id}`)
    .limit(limit)
    .execute()) as RotatedRow[];
}

/** True when nothing in the row is under a key other than the primary (pinned hashes aside). */
function underPrimary(entry: EncryptedTable, row: RotatedRow, ring: DataKeyring): boolean {
  const primary = ring.primaryKid;
  for (const t of entry.tokens) {
    const value = row[t.column];
    if (value === null || value === undefined) continue;
    const tokens = t.map ? Object.values(JSON.parse(String(value)) as Record<string, string>) : [String(value)];
    if (tokens.some((token) => tokenKeyId(token, ring.legacyKid) !== primary)) return false;
  }
  return entry.indexes.every(
    (i) =>
      i.kind === 'pinned' ||
      i.kind === 'expires' ||
      row[i.column] == null ||
      indexKeyId(String(row[i.column]), ring.legacyKid) === primary,
  );
}

/** The new values of a row's columns under the primary key; only columns that change. */
export function rewriteRow(entry: EncryptedTable, row: RotatedRow, ring: DataKeyring, now: number) {
  const changes: Record<string, string | null> = {};
  const plain: Plaintexts = {};
  const stale = (token: string) => tokenKeyId(token, ring.legacyKid) !== ring.primaryKid;
  for (const t of entry.tokens) {
    const value = row[t.column];
    if (value === null || value === undefined) continue;
    if (t.map) {
      const tokens = JSON.parse(String(value)) as Record<string, string>;
      const texts: Record<string, string> = {};
      let changed = false;
      for (const [key, token] of Object.entries(tokens)) {
        texts[key] = ring.decrypt(token, t.address(row, key));
        if (stale(token)) {
          tokens[key] = ring.encrypt(texts[key], t.address(row, key));
          changed = true;
        }
      }
      plain[t.column] = texts;
      if (changed) changes[t.column] = JSON.stringify(tokens);
    } else {
      const token = String(value);
      plain[t.column] = ring.decrypt(token, t.address(row));
      if (stale(token)) changes[t.column] = ring.encrypt(plain[t.column] as string, t.address(row));
    }
  }
  for (const index of entry.indexes) {
    const value = row[index.column];
    if (value === null || value === undefined || !index.next) continue;
    if (indexKeyId(String(value), ring.legacyKid) === ring.primaryKid) continue;
    const next = index.next(plain, row, ring, now);
    if (next !== keep && next !== value) changes[index.column] = next;
  }
  return changes;
}

export async function rotateBatch(
  db: AnyDb,
  ring: DataKeyring,
  entry: EncryptedTable,
  { batchSize, now, walk = true }: { batchSize: number; now: number; walk?: boolean },
): Promise<BatchResult> {
  const target = ring.primaryKid;
  const current = () =>
    db.selectFrom('key_rotation_progress').selectAll().where('table_name', '=', entry.table).executeTakeFirst();
  let progress = await current();
  // A new primary (or the first run) starts the walk over; a pass for the same primary resumes.
  if (progress?.target_kid !== target) {
    await db
      .insertInto('key_rotation_progress')
      .values({ table_name: entry.table, target_kid: target, after_id: '', done: 0, rewritten: 0, updated_at: now })
      .onConflict((oc) =>
        oc
          .column('table_name')
          .doUpdateSet({ target_kid: target, after_id: '', done: 0, rewritten: 0, updated_at: now })
          .where('key_rotation_progress.target_kid', '<>', target),
      )
      .execute();
    progress = await current();
  }
  if (!progress || progress.target_kid !== target || Number(progress.done) === 1) {
    return { done: true, walked: false, rewritten: 0, failed: 0 };
  }
  if (!walk) return { done: false, walked: false, rewritten: 0, failed: 0 };

  const rows = await selectRows(db, entry, progress.after_id, batchSize);
  const updates: { row: RotatedRow; changes: Record<string, string | null> }[] = [];
  let failed = 0;
  for (const row of rows) {
    if (underPrimary(entry, row, ring)) continue;
    try {
      const changes = rewriteRow(entry, row, ring, now);
      if (Object.keys(changes).length > 0) updates.push({ row, changes });
    } catch {
      // A row that does not decrypt (damaged, or its key not loaded) stays as it is and keeps its key needed.
      failed++;
    }
  }
  const done = rows.length < batchSize;
  const lastId = rows.length > 0 ? String(rows[rows.length - 1]![entry.id]) : progress.after_id;
  let rewritten = 0;
  await db.transaction().execute(async (trx) => {
    for (const { row, changes } of updates) {
      let update = trx.updateTable(entry.table).set(changes).where(entry.id, '=', row[entry.id]);
      for (const column of Object.keys(changes)) update = update.where(column, '=', row[column]);
      const result = await update.executeTakeFirst();
      rewritten += Number(result.numUpdatedRows ?? 0);
    }
    await trx
      .updateTable('key_rotation_progress')
      .set({ after_id: lastId, done: done ? 1 : 0, rewritten: Number(progress.rewritten) + rewritten, updated_at: now })
      .where('table_name', '=', entry.table)
      .where('target_kid', '=', target)
      .where('after_id', '=', progress.after_id)
      .execute();
  });
  return { done, walked: true, rewritten, failed };
}
