/**
 * The short-lived bearer token a successful lookup returns: `<matter>.<codeVersion>.<expiry>.<mac>`,
 * HMAC-signed with a server key, so any collector process can check it without storing sessions.
 * The code version inside means a reissued code also ends every token made with the old one.
 *
 * @example
 *   const { token } = issueMatterToken(cipher, { matterId, codeVersion: 1 }, now);
 *   verifyMatterToken(cipher, token, now); // { matterId, codeVersion } or undefined
 */
import { timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../crypto/field-cipher.ts';

export const matterTokenTtlMs = 30 * 60_000;

type TokenClaims = { matterId: string; codeVersion: number };

const mac = (cipher: FieldCipher, payload: string) => cipher.blindIndex('status-token', payload);

export function issueMatterToken(
  cipher: FieldCipher,
  claims: TokenClaims,
  now: number,
): { token: string; expiresAt: number } {
  const expiresAt = now + matterTokenTtlMs;
  const payload = `${Buffer.from(claims.matterId).toString('base64url')}.${claims.codeVersion}.${expiresAt}`;
  return { token: `${payload}.${mac(cipher, payload)}`, expiresAt };
}

/** The claims of a valid, unexpired token; undefined for anything else. */
export function verifyMatterToken(cipher: FieldCipher, token: string, now: number): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 4) return undefined;
  const [id, version, expiry, signature] = parts as [string, string, string, string];
  const actual = Buffer.from(signature);
  // Any loaded key (issue 9): a token signed just before a key promotion stays valid.
  const signed = cipher.blindIndexes('status-token', `${id}.${version}.${expiry}`).some((mac) => {
    const expected = Buffer.from(mac);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
  if (!signed) return undefined;
  if (!/^\d+$/.test(version) || !/^\d+$/.test(expiry) || Number(expiry) <= now) return undefined;
  return { matterId: Buffer.from(id, 'base64url').toString('utf8'), codeVersion: Number(version) };
}
