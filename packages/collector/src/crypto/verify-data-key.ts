/**
 * Refuses to start with a data key other than the one the database was written with:
 * otherwise new intakes would be encrypted under a key that cannot read the old ones.
 * For one key on a database that never rotated; the collector's start-up uses key-rotation/open-keyring.ts,
 * which applies the same rule to every key the data still needs.
 *
 * @example
 *   await verifyDataKey(storage, cipher); // throws on mismatch
 */
import type { Storage } from '../storage/open-storage.ts';
import type { FieldCipher } from './field-cipher.ts';

export async function verifyDataKey(storage: Storage, cipher: FieldCipher): Promise<void> {
  const stored = await storage.claimMeta('data_key_check', cipher.keyCheck);
  if (stored !== cipher.keyCheck) {
    throw new Error(
      'The data key does not match the one this database was encrypted with. ' +
        'Restore the original RETAINER_DATA_KEY (or data.key file) instead of generating a new one.',
    );
  }
}
