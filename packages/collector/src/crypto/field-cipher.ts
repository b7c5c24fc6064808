/**
 * AES-256-GCM for one field at a time. The associated data names the site, the
 * submission and the field, so a ciphertext copied to another row or column does
 * not decrypt. Tokens are versioned: `v1.<iv>.<ciphertext+tag>`, base64url. This is the one-key cipher;
 * the collector runs a keyring (./keyring.ts) that also reads and writes `v2.<key id>.…` during key rotation.
 *
 * @example
 *   const cipher = createFieldCipher(key);
 *   const token = cipher.encrypt('Ann Lee', { site: 'harbor-vale', id, field: 'name' });
 *   cipher.decrypt(token, { site: 'harbor-vale', id, field: 'name' }); // 'Ann Lee'
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export type FieldAddress = { site: string; id: string; field: string };

export type FieldCipher = {
  encrypt(plaintext: string, address: FieldAddress): string;
  /** Throws if the token was altered, moved, or made with another key. */
  decrypt(token: string, address: FieldAddress): string;
  /** A non-secret fingerprint of the key: tells a wrong key from a right one at start. */
  readonly keyCheck: string;
  /** Keyed HMAC of a normalised value (an email, a name key): equality search over encrypted data. */
  blindIndex(purpose: string, value: string): string;
  /** The blind index under every key that may still be in use, primary first: lookups match any of them. */
  blindIndexes(purpose: string, value: string): string[];
};

const tagLength = 16;

function associatedData({ site, id, field }: FieldAddress): Buffer {
  // NUL separators: ids and slugs cannot contain NUL, so no two addresses encode alike.
  return Buffer.from(`retainer/intake/v1\0${site}\0${id}\0${field}`, 'utf8');
}

/** Seals one field: `<iv>.<ciphertext+tag>`, base64url; the caller adds the version prefix. */
export function sealField(secret: Buffer, plaintext: string, address: FieldAddress): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv, { authTagLength: tagLength });
  cipher.setAAD(associatedData(address));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** Opens what `sealField` made; throws if it was altered, moved, or made with another key. */
export function openField(secret: Buffer, ivText: string, bodyText: string, address: FieldAddress): string {
  const iv = Buffer.from(ivText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  if (iv.length !== 12 || body.length < tagLength) throw new Error('Unknown ciphertext format');
  const decipher = createDecipheriv('aes-256-gcm', secret, iv, { authTagLength: tagLength });
  decipher.setAAD(associatedData(address));
  decipher.setAuthTag(body.subarray(body.length - tagLength));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - tagLength)), decipher.final()]).toString('utf8');
}

/** The non-secret fingerprint the database keeps of a key. */
export const keyCheckOf = (secret: Buffer) =>
  createHmac('sha256', secret).update('retainer data key check v1').digest('base64url');

/** Keyed HMAC under a subkey: the index key never doubles as the encryption key. */
export function blindIndexer(secret: Buffer): (purpose: string, value: string) => string {
  const indexKey = createHmac('sha256', secret).update('retainer blind index v1').digest();
  return (purpose, value) => createHmac('sha256', indexKey).update(`${purpose}\0${value}`).digest('base64url');
}

export function assertKeyLength(key: Uint8Array): void {
  if (key.byteLength !== 32) throw new Error('The data key must be 32 bytes (AES-256)');
}

/** One key, `v1` tokens: the original format, still what a database that never rotated holds. */
export function createFieldCipher(key: Uint8Array): FieldCipher {
  assertKeyLength(key);
  const secret = Buffer.from(key);
  const blindIndex = blindIndexer(secret);
  return {
    encrypt: (plaintext, address) => `v1.${sealField(secret, plaintext, address)}`,
    decrypt(token, address) {
      const [version, ivText, bodyText, extra] = token.split('.');
      if (version !== 'v1' || !ivText || !bodyText || extra !== undefined) throw new Error('Unknown ciphertext format');
      return openField(secret, ivText, bodyText, address);
    },
    keyCheck: keyCheckOf(secret),
    blindIndex,
    blindIndexes: (purpose, value) => [blindIndex(purpose, value)],
  };
}
