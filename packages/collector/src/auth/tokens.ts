/**
 * Secrets handed to browsers (session ids, setup and invitation tokens, CSRF tokens): 256
 * random bits, base64url. The database only ever holds their SHA-256, so a leaked backup
 * cannot be replayed as a session.
 *
 * @example
 *   const token = newToken();          // sent to the browser
 *   const stored = hashToken(token);   // kept in the database
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Constant-time comparison of two strings (lengths may differ). */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}
