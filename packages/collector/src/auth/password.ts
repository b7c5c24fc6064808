/**
 * Password hashing with scrypt from `node:crypto` (memory-hard; no native add-on).
 * Stored as `scrypt$<logN>$<r>$<p>$<salt>$<hash>` so the cost can rise later and old
 * hashes still verify. Unknown accounts are checked against a dummy hash so a sign-in
 * takes as long whether or not the email exists.
 *
 * @example
 *   const stored = await hashPassword('correct horse battery');
 *   await verifyPassword('correct horse battery', stored); // true
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/** OWASP's scrypt floor is N=2^17, r=8, p=1 (128 MiB); 2^15 keeps two concurrent sign-ins under our memory budget. */
export const defaultPasswordCost = { logN: 15, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, cost = defaultPasswordCost): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost.logN, cost.r, cost.p);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** False for a wrong password and for a stored value this code cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const cost = [Number(logN), Number(r), Number(p)];
  if (!cost.every((n) => Number.isInteger(n) && n > 0 && n < 64)) return false;
  const expected = Buffer.from(hashText, 'base64url');
  const actual = await derive(password, Buffer.from(saltText, 'base64url'), cost[0]!, cost[1]!, cost[2]!);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const dummies = new Map<string, Promise<string>>();

/** Spends the same time as a real check (at the same cost), for an email with no account; always false. */
export async function verifyAgainstDummy(password: string, cost = defaultPasswordCost): Promise<false> {
  const key = `${cost.logN}/${cost.r}/${cost.p}`;
  let dummy = dummies.get(key);
  if (!dummy) {
    dummy = hashPassword(randomBytes(18).toString('base64url'), cost);
    dummies.set(key, dummy);
  }
  await verifyPassword(password, await dummy);
  return false;
}
