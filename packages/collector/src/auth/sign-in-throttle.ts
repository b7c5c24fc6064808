/**
 * Sign-in throttling kept in the database, so every collector process sees the same
 * failures: per account (hashed email) and per client address (hashed IP).
 *
 * @example
 *   const verdict = await checkSignIn(db, keys, now);
 *   if (!ok) await recordFailure(db, keys, now);
 */
import { createHash } from 'node:crypto';
import type { Db } from '../storage/database.ts';
import { signInRules, strictest, throttle, type Verdict } from './rate-limit.ts';

export type ThrottleKeys = { account: string; address: string };

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Neither the email nor the IP is stored as such. */
export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${digest(email)}`, address: `address:${digest(address)}` };
}

const windowMs = Math.max(signInRules.account.windowMs, signInRules.address.windowMs);

export async function checkSignIn(db: Db, keys: ThrottleKeys, now: number): Promise<Verdict> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select(['key', 'at'])
    .where('key', 'in', [keys.account, keys.address])
    .where('at', '>', now - windowMs)
    .execute();
  const times = (key: string) => rows.filter((row) => row.key === key).map((row) => row.at);
  return strictest([
    throttle(times(keys.account), now, signInRules.account),
    throttle(times(keys.address), now, signInRules.address),
  ]);
}

export async function recordFailure(db: Db, keys: ThrottleKeys, now: number): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values([
      { key: keys.account, at: now },
      { key: keys.address, at: now },
    ])
    .execute();
  await db
    .deleteFrom('sign_in_failures')
    .where('at', '<=', now - windowMs)
    .execute();
}

/** A successful sign-in forgives the account's failures (the address keeps its count). */
export async function clearAccountFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', keys.account).execute();
}
