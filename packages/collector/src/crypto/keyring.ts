/**
 * Several data keys at once, so the key can be rotated without downtime (issue 9). Tokens name
 * their key, `v2.<kid>.<iv>.<body>`; `v1.<iv>.<body>` tokens belong to the original ("legacy") key,
 * the one whose fingerprint the database recorded first. Writes use the primary key, reads the key
 * a token names. A blind index under a non-legacy key reads `<kid>:<mac>`, so a stored index names
 * its key too; while the legacy key is primary, tokens and indexes look exactly as before rotation
 * existed, so collectors of the previous release can still read what this one writes.
 *
 * @example
 *   const ring = createKeyring([oldKey, newKey], { legacy: keyIdOf(keyCheckOf(oldKey)) });
 *   ring.usePrimary(ring.kids[1]!);        // after promotion
 *   ring.encrypt('Ann', at);                // 'v2.<kid of newKey>.…'
 *   ring.blindIndexes('email', 'ann@x.io'); // one per key, primary first: lookups match either
 */
import { createHash } from 'node:crypto';
import { assertKeyLength, blindIndexer, type FieldCipher, keyCheckOf, openField, sealField } from './field-cipher.ts';

export type DataKeyring = FieldCipher & {
  /** Every key's id, in the order given. */
  readonly kids: readonly string[];
  readonly primaryKid: string;
  readonly legacyKid: string | undefined;
  has(kid: string): boolean;
  keyCheckOf(kid: string): string | undefined;
  /** Switches writes to another known key (a promotion seen by this collector). */
  usePrimary(kid: string): void;
};

/** A key's id: 8 hex digits of its public fingerprint (hex, so it needs no escaping in SQL LIKE). */
export function keyIdOf(keyCheck: string): string {
  return createHash('sha256').update(keyCheck).digest('hex').slice(0, 8);
}

/** The id of the key a stored token was made with; undefined when it is not a token. */
export function tokenKeyId(token: string, legacyKid: string | undefined): string | undefined {
  if (token.startsWith('v1.')) return legacyKid;
  const match = /^v2\.([0-9a-f]{8})\./.exec(token);
  return match?.[1];
}

/** The id of the key a stored blind index was made with. */
export function indexKeyId(index: string, legacyKid: string | undefined): string | undefined {
  const match = /^([0-9a-f]{8}):/.exec(index);
  return match ? match[1] : legacyKid;
}

type Entry = { kid: string; secret: Buffer; check: string; blindIndex: (purpose: string, value: string) => string };

export function createKeyring(
  keys: readonly Uint8Array[],
  options: { primary?: string | undefined; legacy?: string | undefined } = {},
): DataKeyring {
  if (keys.length === 0) throw new Error('At least one data key is needed');
  const entries = new Map<string, Entry>();
  for (const key of keys) {
    assertKeyLength(key);
    const secret = Buffer.from(key);
    const check = keyCheckOf(secret);
    const kid = keyIdOf(check);
    const known = entries.get(kid);
    if (known && known.check !== check) throw new Error(`Two data keys share the id ${kid}; generate another key`);
    entries.set(kid, { kid, secret, check, blindIndex: blindIndexer(secret) });
  }
  const kids = [...entries.keys()];
  const entry = (kid: string) => {
    const found = entries.get(kid);
    if (!found) throw new Error(`Unknown data key ${kid}`);
    return found;
  };
  let primary = entry(options.primary ?? kids[0]!);
  const legacyKid = options.legacy;
  const indexUnder = (e: Entry, purpose: string, value: string) =>
    e.kid === legacyKid ? e.blindIndex(purpose, value) : `${e.kid}:${e.blindIndex(purpose, value)}`;

  return {
    kids,
    get primaryKid() {
      return primary.kid;
    },
    legacyKid,
    has: (kid) => entries.has(kid),
    keyCheckOf: (kid) => entries.get(kid)?.check,
    usePrimary(kid) {
      primary = entry(kid);
    },
    get keyCheck() {
      return primary.check;
    },
    encrypt(plaintext, address) {
      const sealed = sealField(primary.secret, plaintext, address);
      return primary.kid === legacyKid ? `v1.${sealed}` : `v2.${primary.kid}.${sealed}`;
    },
    decrypt(token, address) {
      const parts = token.split('.');
      if (parts[0] === 'v1' && parts.length === 3 && legacyKid && entries.has(legacyKid)) {
        return openField(entry(legacyKid).secret, parts[1]!, parts[2]!, address);
      }
      if (parts[0] === 'v2' && parts.length === 4) {
        const found = entries.get(parts[1]!);
        if (!found) throw new Error(`Data key ${parts[1]} is not loaded`);
        return openField(found.secret, parts[2]!, parts[3]!, address);
      }
      throw new Error('Unknown ciphertext format');
    },
    blindIndex: (purpose, value) => indexUnder(primary, purpose, value),
    blindIndexes: (purpose, value) => [
      indexUnder(primary, purpose, value),
      ...kids.filter((kid) => kid !== primary.kid).map((kid) => indexUnder(entry(kid), purpose, value)),
    ],
  };
}
