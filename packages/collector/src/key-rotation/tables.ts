/**
 * Kysely's view of the key-rotation tables (migration `0012-key-rotation`).
 * (composed in storage/database.ts).
 *
 * @example
 *   await storage.db.selectFrom('data_keys').selectAll().execute();
 */

/**
 * `added`: loaded by a collector, never written with (removable at will). `primary`: what everyone
 * writes with. `decrypt-only`: a former primary that data still needs. `retired`: nothing needs it.
 */
export type DataKeyState = 'added' | 'primary' | 'decrypt-only' | 'retired';

export interface DataKeysTable {
  /** `keyIdOf(key_check)`: what `v2.<kid>.…` tokens and `<kid>:…` indexes name. */
  kid: string;
  /** The key's public fingerprint (crypto/field-cipher.ts `keyCheckOf`). */
  key_check: string;
  state: DataKeyState;
  created_at: number;
  updated_at: number;
}

export interface DataKeyHoldersTable {
  /** A random id per collector process. */
  instance: string;
  /** Comma-separated ids of the keys this collector has loaded. */
  kids: string;
  /** The key it encrypts with now. */
  writes_with: string;
  seen_at: number;
}

export interface KeyRotationProgressTable {
  /** A registry entry's table (key-rotation/encrypted-columns.ts). */
  table_name: string;
  /** The primary this pass rewrites to; a new primary restarts the pass. */
  target_kid: string;
  /** Rows are walked in id order; the last id done. */
  after_id: string;
  /** 1 once the walk reached the end. */
  done: number;
  rewritten: number;
  updated_at: number;
}
