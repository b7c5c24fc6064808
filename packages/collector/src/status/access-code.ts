/**
 * Access codes for the status tracker: 12 characters from an alphabet without 0/O, 1/I/L or U
 * (30 symbols: 12 × log2(30) ≈ 59 bits), shown as `ABCD-EFGH-JKMN`, typed in any case, with or
 * without the dashes.
 *
 * Stored as HMAC-SHA-256 under a server key (the field cipher's blind-index key), not scrypt: the
 * code is random with ~59 bits, guessing online is capped by the per-IP rate limit and the lock
 * after 10 failures per matter, and a stolen database alone cannot be brute-forced offline without
 * the key. The hash binds the matter id, so a hash copied to another matter does not match.
 *
 * @example
 *   const code = newAccessCode();                       // 'Q7KM-…'
 *   const hash = hashAccessCode(cipher, matterId, code);
 *   codeMatches(cipher, matterId, 'q7km…', hash);       // true
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { referenceAlphabet } from '../intake/reference.ts';

export const accessCodeLength = 12;

export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < accessCodeLength; i++) code += referenceAlphabet[randomInt(referenceAlphabet.length)];
  return formatAccessCode(code);
}

/** `ABCDEFGHJKMN` → `ABCD-EFGH-JKMN`. */
export function formatAccessCode(code: string): string {
  return normaliseCode(code).replace(/(.{4})(?=.)/g, '$1-');
}

/** Upper case, no spaces or dashes: what people type differs only in those. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

export function hashAccessCode(cipher: FieldCipher, matterId: string, code: string): string {
  return cipher.blindIndex('status-access-code', `${matterId}\0${normaliseCode(code)}`);
}

/** Constant-time comparison of the typed code with a stored hash, made under any loaded key (issue 9: rotation). */
export function codeMatches(cipher: FieldCipher, matterId: string, code: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash);
  let matches = false;
  for (const hash of cipher.blindIndexes('status-access-code', `${matterId}\0${normaliseCode(code)}`)) {
    const actual = Buffer.from(hash);
    // Same length for every real hash; the check keeps timingSafeEqual from throwing on a broken row.
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) matches = true;
  }
  return matches;
}

/** A matter reference as typed: upper case, spaces dropped, dashes kept where they belong. */
export function normaliseReference(reference: string): string {
  const compact = reference.toUpperCase().replace(/[\s-]+/g, '');
  const match = /^([A-Z]{2,3})([0-9A-Z]{4})([0-9A-Z]{4})$/.exec(compact);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : reference.trim().toUpperCase();
}
