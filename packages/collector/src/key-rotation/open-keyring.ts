/**
 * Start-up: builds the keyring from the configured keys and the database's record of keys. Refuses
 * to start without a key the data still needs (like the wrong-key check before rotation existed),
 * records newly configured keys as `added` (read, not yet written with), and writes with the key the database names primary.
 *
 * @example
 *   const cipher = await openKeyring(storage, loadDataKeys({ envKey, envKeys, dataDir }));
 */

import { keyCheckOf } from '../crypto/field-cipher.ts';
import { createKeyring, type DataKeyring, keyIdOf } from '../crypto/keyring.ts';
import type { Storage } from '../storage/open-storage.ts';

export class MissingDataKeyError extends Error {}

export async function openKeyring(storage: Storage, keys: readonly Buffer[], now = Date.now()): Promise<DataKeyring> {
  if (keys.length === 0) throw new Error('At least one data key is needed');
  // The first key the database ever saw: its `v1` tokens and bare indexes belong to it.
  const legacyCheck = await storage.claimMeta('data_key_check', keyCheckOf(keys[0]!));
  const legacyKid = keyIdOf(legacyCheck);
  const db = storage.db;
  // A database from before rotation: its only key is the primary.
  await db
    .insertInto('data_keys')
    .values({ kid: legacyKid, key_check: legacyCheck, state: 'primary', created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('kid').doNothing())
    .execute();
  const probe = createKeyring(keys, { legacy: legacyKid });
  const known = await db.selectFrom('data_keys').selectAll().execute();
  for (const row of known) {
    if (probe.has(row.kid) && probe.keyCheckOf(row.kid) !== row.key_check) {
      throw new MissingDataKeyError(`Data key ${row.kid} does not match the one recorded in the database.`);
    }
  }
  // `added` keys never encrypted anything: leaving one out is fine.
  const missing = known.filter(
    (row) => (row.state === 'primary' || row.state === 'decrypt-only') && !probe.has(row.kid),
  );
  if (missing.length > 0) {
    if (!known.some((row) => probe.has(row.kid))) {
      // None of the configured keys is the database's: the pre-rotation wrong-key case.
      throw new MissingDataKeyError(
        'The data key does not match the one this database was encrypted with. ' +
          'Restore the original RETAINER_DATA_KEY (or data.key file) instead of generating a new one.',
      );
    }
    const list = missing.map((row) => `${row.kid} (${row.state})`).join(', ');
    throw new MissingDataKeyError(
      `This database still needs data key ${list}, which is not loaded. Add it back to RETAINER_DATA_KEYS ` +
        '(or the data.key file); `npm run rotate-key -- status` shows what still depends on it. ' +
        'A key may be removed only once its state is retired.',
    );
  }
  // Keys configured for the first time are read-only until promoted (every collector must have them first).
  for (const kid of probe.kids.filter((k) => !known.some((row) => row.kid === k))) {
    await db
      .insertInto('data_keys')
      .values({ kid, key_check: probe.keyCheckOf(kid)!, state: 'added', created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('kid').doNothing())
      .execute();
  }
  const primary = known.find((row) => row.state === 'primary')?.kid ?? legacyKid;
  return createKeyring(keys, { legacy: legacyKid, primary });
}
