/**
 * TOTP as authenticator apps do it (RFC 6238): SHA-1, 6 digits, 30-second steps, a code accepted one
 * step early or late (clock drift). `matchTotp` answers the step a code belongs to, so the caller can
 * refuse a code whose step was used already.
 *
 * @example
 *   const secret = newTotpSecret();
 *   const step = matchTotp(secret, '123456', Date.now()); // a number, or null for a wrong code
 */
import { Secret, TOTP } from 'otpauth';

export const totpPeriodSeconds = 30;
const totpDigits = 6;

const totpOf = (secret: string, issuer = '', label = '') =>
  new TOTP({
    issuer,
    label,
    issuerInLabel: issuer !== '',
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: totpDigits,
    period: totpPeriodSeconds,
  });

/** 160 random bits (RFC 4226's recommended length), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/…` URI the QR code holds. */
export function totpUri(secret: string, issuer: string, account: string): string {
  return totpOf(secret, issuer, account).toString();
}

/** The time step of `code` if it is valid now (±1 step), else null. */
export function matchTotp(secret: string, code: string, now: number): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : TOTP.counter({ period: totpPeriodSeconds, timestamp: now }) + delta;
}
