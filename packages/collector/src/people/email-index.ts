/**
 * Emails are encrypted at rest, so a person is found through a blind index: a keyed HMAC of
 * the normalised email, stored beside each intake. Without the data key the index reveals
 * nothing; with it, equal emails give equal indexes.
 *
 * @example
 *   emailIndex(cipher, ' Ann@Example.COM '); // same as emailIndex(cipher, 'ann@example.com')
 */
import type { FieldCipher } from '../crypto/field-cipher.ts';

export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export function emailIndex(cipher: FieldCipher, email: string): string | null {
  const normalised = normaliseEmail(email);
  return normalised ? cipher.blindIndex('email', normalised) : null;
}

/** What a lookup matches: the index under every loaded key, so rows indexed before a key rotation are found. */
export function emailIndexes(cipher: FieldCipher, email: string): string[] {
  const normalised = normaliseEmail(email);
  return normalised ? cipher.blindIndexes('email', normalised) : [];
}
