/**
 * Rate limits for the public endpoints, counted in the database so every collector process
 * behind a load balancer shares them: a fixed window per key, one upsert per hit. The upserts go
 * through the storage's group commit (`storage.write`, issue 18): a hit rides the batch that is
 * committing anyway, instead of a transaction and an fsync of its own — on SQLite that fsync used
 * to block the event loop for every request it counted.
 * Keys are hashed, so no IP address or visitor id is stored as such.
 *
 * @example
 *   await enforceRateLimits(storage, [{ key: `faq:ip:${address}`, rule: { max: 30, windowMs: 60_000 } }], Date.now());
 *   // throws ProblemError(429) with Retry-After when the window is full
 */
import { createHash } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { CompiledQuery, sql } from 'kysely';
import { ProblemError } from '../errors/index.ts';
import type { Db } from '../storage/database.ts';
import type { QueryResult } from '../storage/write-queries.ts';

export type RateRule = { max: number; windowMs: number };
export type RateVerdict = { allowed: true; count: number } | { allowed: false; count: number; retryAfterMs: number };

/**
 * Where hits are counted: `db` compiles the upsert for its dialect, `write` commits it (`Storage.write`, the
 * group commit). A `Storage` is one; `directWrites(db)` commits on `db` itself where there is no group commit.
 */
export type RateStore = { db: Db; write(query: CompiledQuery): Promise<QueryResult> };

/** The group commit where the caller has one (`AdminDeps.write`), else `directWrites(db)`. */
export const rateStoreOf = (deps: { db: Db; write?: RateStore['write'] | undefined }): RateStore =>
  deps.write ? { db: deps.db, write: deps.write } : directWrites(deps.db);

/** Each statement on `db` in a transaction of its own: for callers without a group commit (some admin tests). */
export function directWrites(db: Db): RateStore {
  return {
    db,
    async write(query) {
      const result = await db.executeQuery(query);
      return { rows: result.rows as Record<string, unknown>[], changes: Number(result.numAffectedRows ?? 0) };
    },
  };
}

/** The stored form of a key (for tests that fill a window without sending every request). */
export const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

const windowOf = (rule: RateRule, now: number) => now - (now % rule.windowMs);

const verdictOf = (count: number, rule: RateRule, windowStart: number, now: number): RateVerdict =>
  count <= rule.max
    ? { allowed: true, count }
    : { allowed: false, count, retryAfterMs: Math.max(1000, windowStart + rule.windowMs - now) };

/** The upsert's SQL, compiled once per database (dialects differ in placeholders); parameters: key, window. */
const upsertSql = new WeakMap<Db, string>();
function countHit(db: Db, key: string, windowStart: number): CompiledQuery {
  let text = upsertSql.get(db);
  if (text === undefined) {
    const compiled = db
      .insertInto('rate_limits')
      .values({ key: '$key', window_start: -1, count: 1 })
      .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
      .returning('count')
      .compile();
    const [k, w, c, ...rest] = compiled.parameters;
    if (k !== '$key' || w !== -1 || c !== 1 || rest.length > 0)
      throw new Error('Rate limit upsert binds in another order');
    text = compiled.sql;
    upsertSql.set(db, text);
  }
  // Bound in the order the compiled statement takes them: key, window_start, count.
  return CompiledQuery.raw(text, [key, windowStart, 1]);
}

/** How many hits `key` has in the current window, without counting one (a read: no commit to wait for). */
export async function peekRateLimit(db: Db, key: string, rule: RateRule, now: number): Promise<RateVerdict> {
  const windowStart = windowOf(rule, now);
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
export async function hitRateLimit(store: RateStore, key: string, rule: RateRule, now: number): Promise<RateVerdict> {
  const windowStart = windowOf(rule, now);
  const { rows } = await store.write(countHit(store.db, digest(key), windowStart));
  const count = Number(rows[0]?.count);
  if (!Number.isFinite(count)) throw new Error('The rate limit upsert returned no count');
  return verdictOf(count, rule, windowStart, now);
}

/** Counts one hit on every key (all in the same group-commit batch) and returns the verdicts in order. */
export function hitRateLimits(
  store: RateStore,
  limits: readonly { key: string; rule: RateRule }[],
  now: number,
): Promise<RateVerdict[]> {
  return Promise.all(limits.map(({ key, rule }) => hitRateLimit(store, key, rule, now)));
}

/** Throws the 429 problem (with Retry-After in whole seconds) when any rule's window is full. */
export async function enforceRateLimits(
  store: RateStore,
  limits: readonly { key: string; rule: RateRule }[],
  now: number,
): Promise<void> {
  let waitMs = 0;
  for (const verdict of await hitRateLimits(store, limits, now)) {
    if (!verdict.allowed) waitMs = Math.max(waitMs, verdict.retryAfterMs);
  }
  if (waitMs > 0) {
    throw new ProblemError(429, problemTypes.rateLimited, {
      headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) },
    });
  }
}

/**
 * Like `enforceRateLimits`, but a key is counted only while every key before it is within its limit (intake: a
 * client address over its limit must not use up the site's quota). All the upserts still go in one batch: each
 * after the first inserts only where no earlier key of the batch is over, which it reads in the same transaction.
 */
export async function enforceRateLimitsInOrder(
  store: RateStore,
  limits: readonly { key: string; rule: RateRule }[],
  now: number,
): Promise<void> {
  const hits = limits.map(({ key, rule }) => ({ key: digest(key), rule, windowStart: windowOf(rule, now) }));
  const answers = await Promise.all(
    hits.map((hit, i) =>
      store.write(
        i === 0 ? countHit(store.db, hit.key, hit.windowStart) : countHitUnlessOver(store.db, hit, hits.slice(0, i)),
      ),
    ),
  );
  let waitMs = 0;
  for (const [i, { rows }] of answers.entries()) {
    const hit = hits[i]!;
    // No row: an earlier key was over, so this one was not counted (that key's verdict says how long to wait).
    if (rows.length === 0) continue;
    const verdict = verdictOf(Number(rows[0]?.count), hit.rule, hit.windowStart, now);
    if (!verdict.allowed) waitMs = Math.max(waitMs, verdict.retryAfterMs);
  }
  if (waitMs > 0) {
    throw new ProblemError(429, problemTypes.rateLimited, {
      headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) },
    });
  }
}

type StoredHit = { key: string; rule: RateRule; windowStart: number };

/** The upsert of `hit`, run only where none of `before` is over its limit (read in the same transaction). */
function countHitUnlessOver(db: Db, hit: StoredHit, before: readonly StoredHit[]): CompiledQuery {
  const counted = db
    .selectNoFrom((eb) => [
      // Casts: PostgreSQL would take an untyped parameter in a select list as text.
      eb.cast<string>(eb.val(hit.key), 'text').as('key'),
      eb.cast<number>(eb.val(hit.windowStart), 'bigint').as('window_start'),
      eb.lit(1).as('count'),
    ])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('rate_limits')
            .select(eb.lit(1).as('over'))
            .where((inner) =>
              inner.or(
                before.map((b) =>
                  inner.and([
                    inner('rate_limits.key', '=', b.key),
                    inner('rate_limits.window_start', '=', b.windowStart),
                    inner('rate_limits.count', '>', b.rule.max),
                  ]),
                ),
              ),
            ),
        ),
      ),
    );
  return db
    .insertInto('rate_limits')
    .columns(['key', 'window_start', 'count'])
    .expression(counted)
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
    .returning('count')
    .compile();
}

/** Drops windows that ended before `before` (run with the retention purge). */
export async function pruneRateLimits(db: Db, before: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
}
