/**
 * Rate limits for the public endpoints, counted in the database so every collector process
 * behind a load balancer shares them: a fixed window per key, one upsert per hit.
 * Keys are hashed, so no IP address or visitor id is stored as such.
 *
 * @example
 *   await enforceRateLimit(storage.db, `faq:ip:${address}`, { max: 30, windowMs: 60_000 }, Date.now());
 *   // throws ProblemError(429) with Retry-After when the window is full
 */
import { createHash } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { sql } from 'kysely';
import { ProblemError } from '../errors/index.ts';
import type { Db } from '../storage/database.ts';

export type RateRule = { max: number; windowMs: number };
export type RateVerdict = { allowed: true; count: number } | { allowed: false; count: number; retryAfterMs: number };

/** The stored form of a key (for tests that fill a window without sending every request). */
export const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

/** How many hits `key` has in the current window, without counting one. */
export async function peekRateLimit(db: Db, key: string, rule: RateRule, now: number): Promise<RateVerdict> {
  const windowStart = now - (now % rule.windowMs);
  const row = await db
    .selectFrom('rate_limits')
    .select('count')
    .where('key', '=', digest(key))
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  if (count < rule.max) return { allowed: true, count };
  return { allowed: false, count, retryAfterMs: Math.max(1000, windowStart + rule.windowMs - now) };
}

/** Counts one hit on `key` in the current window and says whether it is within `rule.max`. */
export async function hitRateLimit(db: Db, key: string, rule: RateRule, now: number): Promise<RateVerdict> {
  const windowStart = now - (now % rule.windowMs);
  const row = await db
    .insertInto('rate_limits')
    .values({ key: digest(key), window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  if (count <= rule.max) return { allowed: true, count };
  return { allowed: false, count, retryAfterMs: Math.max(1000, windowStart + rule.windowMs - now) };
}

/** Throws the 429 problem (with Retry-After in whole seconds) when any rule's window is full. */
export async function enforceRateLimits(
  db: Db,
  limits: readonly { key: string; rule: RateRule }[],
  now: number,
): Promise<void> {
  let waitMs = 0;
  for (const { key, rule } of limits) {
    const verdict = await hitRateLimit(db, key, rule, now);
    if (!verdict.allowed) waitMs = Math.max(waitMs, verdict.retryAfterMs);
  }
  if (waitMs > 0) {
    throw new ProblemError(429, problemTypes.rateLimited, {
      headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) },
    });
  }
}

/** Drops windows that ended before `before` (run with the retention purge). */
export async function pruneRateLimits(db: Db, before: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
}
