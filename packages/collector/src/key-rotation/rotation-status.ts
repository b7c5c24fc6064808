/**
 * What `npm run rotate-key -- status` prints: each key's state and what still depends on it, the
 * collectors holding keys, and how far each table's pass got. Needs no key: fingerprints only.
 *
 * @example
 *   const status = await rotationStatus(storage.db, Date.now());
 */
import type { Kysely } from 'kysely';
import { keyIdOf } from '../crypto/keyring.ts';
import { type Dependents, dependentsOf } from './dependents.ts';
import { liveHolderMs } from './key-states.ts';
import { type DataKeyState, rotationDb } from './tables.ts';

export type RotationStatus = {
  keys: { kid: string; state: DataKeyState; legacy: boolean; dependents: Dependents[] }[];
  collectors: { kids: string[]; writesWith: string; seenAt: number; live: boolean }[];
  progress: { table: string; targetKid: string; done: boolean; rewritten: number }[];
};

// biome-ignore lint/suspicious/noExplicitAny: the storage's Kysely, whatever tables it knows.
export async function rotationStatus(db: Kysely<any>, now: number): Promise<RotationStatus> {
  const rdb = rotationDb(db);
  const meta = await rdb
    .selectFrom('retainer_meta')
    .select('value')
    .where('key', '=', 'data_key_check')
    .executeTakeFirst();
  const legacyKid = meta ? keyIdOf(meta.value) : undefined;
  const keys = await rdb.selectFrom('data_keys').selectAll().orderBy('created_at').execute();
  const holders = await rdb.selectFrom('data_key_holders').selectAll().orderBy('seen_at', 'desc').execute();
  const progress = await rdb.selectFrom('key_rotation_progress').selectAll().orderBy('table_name').execute();
  return {
    keys: await Promise.all(
      keys.map(async (k) => ({
        kid: k.kid,
        state: k.state,
        legacy: k.kid === legacyKid,
        // The primary's own rows are not listed: only what keeps another key needed.
        dependents: k.state === 'decrypt-only' ? await dependentsOf(db, k.kid, legacyKid) : [],
      })),
    ),
    collectors: holders.map((h) => ({
      kids: h.kids.split(','),
      writesWith: h.writes_with,
      seenAt: Number(h.seen_at),
      live: Number(h.seen_at) > now - liveHolderMs,
    })),
    progress: progress.map((p) => ({
      table: p.table_name,
      targetKid: p.target_kid,
      done: Number(p.done) === 1,
      rewritten: Number(p.rewritten),
    })),
  };
}
