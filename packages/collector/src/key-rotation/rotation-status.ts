import { keyIdOf } from '../crypto/keyring.ts';
import type { Db } from '../storage/database.ts';
import { type Dependents, dependentsOf } from './dependents.ts';
import { liveHolderMs } from './key-states.ts';
import type { DataKeyState } from './tables.ts';

export type RotationStatus = {
  keys: { kid: string; state: DataKeyState; legacy: boolean; dependents: Dependents[] }[];
  collectors: { kids: string[]; writesWith: string; seenAt: number; live: boolean }[];
  progress: { table: string; targetKid: string; done: boolean; rewritten: number }[];
};

export async function rotationStatus(db: Db, now: number): Promise<RotationStatus> {
  const meta = await db
    .selectFrom('retainer_meta')
    .select('value')
    .where('key', '=', 'data_key_check')
    .executeTakeFirst();
  const legacyKid = meta ? keyIdOf(meta.value) : undefined;
  const keys = await db.selectFrom('data_keys').selectAll().orderBy('created_at').execute();
  const holders = await db.selectFrom('data_key_holders').selectAll().orderBy('seen_at', 'desc').execute();
  const progress = await db.selectFrom('key_rotation_progress').selectAll().orderBy('table_name').execute();
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
