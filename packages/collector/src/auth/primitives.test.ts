import { describe, expect, it } from 'vitest';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './cookies.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import { signInRules, strictest, throttle } from './rate-limit.ts';
import { hashToken, newToken, sameSecret } from './tokens.ts';

const cheap = { logN: 10, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', stored)).toBe(false);
  });

  it('salts every hash and keeps the cost in the stored value', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!', cheap), hashPassword('same password!', cheap)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password!', a)).toBe(true);
  });

  it('treats unreadable stored values as a mismatch, and the dummy as always wrong', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$99$8$1$aaaa$bbbb')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });

  it('normalises Unicode so the same passphrase typed differently verifies', async () => {
    const stored = await hashPassword('Ｐassphrase ñ long', cheap);
    expect(await verifyPassword('Passphrase n\u0303 long', stored)).toBe(true);
  });
});

describe('tokens', () => {
  it('are long, random and stored hashed', () => {
    const token = newToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it('compare in constant time', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });
});

describe('throttle', () => {
  const rule = { max: 3, windowMs: 10_000 };

  it('allows until max failures fall in the window', () => {
    expect(throttle([100, 200], 500, rule)).toEqual({ allowed: true });
    expect(throttle([100, 200, 300], 500, rule)).toEqual({ allowed: false, retryAfterMs: 9600 });
    // With more failures than max, the wait runs until only max − 1 remain in the window.
    expect(throttle([400, 100, 300, 200], 450, rule)).toEqual({ allowed: false, retryAfterMs: 9750 });
  });

  it('forgets failures older than the window', () => {
    expect(throttle([100, 200, 300], 10_101, rule)).toEqual({ allowed: true });
    // Retry-After is at least a second, so clients never spin.
    expect(throttle([100, 300, 9000, 10_200], 10_250, rule)).toEqual({ allowed: false, retryAfterMs: 1000 });
  });

  it('takes the longest wait of several keys', () => {
    expect(
      strictest([{ allowed: true }, { allowed: false, retryAfterMs: 5000 }, { allowed: false, retryAfterMs: 2000 }]),
    ).toEqual({
      allowed: false,
      retryAfterMs: 5000,
    });
    expect(signInRules.account.max).toBeLessThan(signInRules.address.max);
  });
});

describe('session cookie', () => {
  const token = newToken();

  it('is HttpOnly, SameSite=Strict and host-bound over HTTPS', () => {
    expect(setSessionCookie(token, { secure: false })).toBe(
      `retainer_session=${token}; Path=/; HttpOnly; SameSite=Strict`,
    );
    expect(setSessionCookie(token, { secure: true })).toBe(
      `__Host-retainer_session=${token}; Path=/; HttpOnly; SameSite=Strict; Secure`,
    );
    expect(clearSessionCookie({ secure: true })).toMatch(/^__Host-retainer_session=; Max-Age=0; /);
  });

  it('reads only its own, well-formed cookie', () => {
    expect(readSessionCookie(`a=b; retainer_session=${token}; c=d`, { secure: false })).toBe(token);
    expect(readSessionCookie(`retainer_session=${token}`, { secure: true })).toBeUndefined();
    expect(readSessionCookie('retainer_session=<script>', { secure: false })).toBeUndefined();
    expect(readSessionCookie(undefined, { secure: false })).toBeUndefined();
  });
});
