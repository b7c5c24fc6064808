import type { DataKeyring } from '../crypto/keyring.ts';
import type { Db } from '../storage/database.ts';
import { type Dependents, dependentsOf, expireIndexes } from './dependents.ts';
import { encryptedTables } from './encrypted-columns.ts';
import { retireKeys } from './key-states.ts';
import { rotateBatch } from './rotate-batch.ts';

export type RotationRun = {
  batches: number;
  rewritten: number;
  /** Rows that did not decrypt: left as they are (their key stays needed). */
  failed: number;
  /** Every table walked and nothing rewritable left under another key. */
  finished: boolean;
  retired: string[];
  /** Per decrypt-only key, what still needs it (after a completed pass or a recheck). */
  remaining?: Record<string, Dependents[]>;
};

export type RotationOptions = {
  now: number;
  batchSize?: number;
  maxBatches?: number;
  /** Count dependents even when no batch ran (catches late writes under an old key). */
  recheck?: boolean;
};

export async function runRotation(db: Db, ring: DataKeyring, options: RotationOptions): Promise<RotationRun> {
  const { now, batchSize = 200, maxBatches = Number.POSITIVE_INFINITY, recheck = false } = options;
  const run: RotationRun = { batches: 0, rewritten: 0, failed: 0, finished: false, retired: [] };
  const old = await db.selectFrom('data_keys').select('kid').where('state', '=', 'decrypt-only').execute();
  const oldKids = old.map((k) => k.kid).filter((kid) => kid !== ring.primaryKid);
  if (oldKids.length === 0) return { ...run, finished: true };
  for (const entry of encryptedTables) {
    for (;;) {
      const batch = await rotateBatch(db, ring, entry, { batchSize, now, walk: run.batches < maxBatches });
      if (batch.walked) run.batches++;
      run.rewritten += batch.rewritten;
      run.failed += batch.failed;
      if (batch.done) break;
      if (!batch.walked) return run;
    }
  }
  if (run.batches === 0 && !recheck) return run;
  const remaining: Record<string, Dependents[]> = {};
  const unused: string[] = [];
  let rewritable = false;
  for (const kid of oldKids) {
    await expireIndexes(db, kid, ring.legacyKid, now);
    remaining[kid] = await dependentsOf(db, kid, ring.legacyKid);
    if (remaining[kid].length === 0) unused.push(kid);
    if (remaining[kid].some((d) => d.kind === 'token' || d.kind === 'recompute')) rewritable = true;
  }
  run.remaining = remaining;
  if (rewritable) {
    // Written under an old key after the walk passed (or undecryptable): walk again.
    await db
      .updateTable('key_rotation_progress')
      .set({ after_id: '', done: 0, updated_at: now })
      .where('target_kid', '=', ring.primaryKid)
      .execute();
    return run;
  }
  run.retired = await retireKeys(db, unused, ring.primaryKid, now);
  return { ...run, finished: true };
}
