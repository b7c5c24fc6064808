import { afterEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../errors/index.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import {
  digest,
  directWrites,
  enforceRateLimits,
  enforceRateLimitsInOrder,
  hitRateLimit,
  hitRateLimits,
  pruneRateLimits,
} from './index.ts';

describe.each(storageKinds)('rate limits on %s', (kind) => {
  let test: TestStorage | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it('allows max hits per window, then tells how long to wait; a new window starts afresh', async () => {
    test = await openTestStorage(kind);
    const { storage } = test;
    const rule = { max: 3, windowMs: 60_000 };
    const start = 1_800_000_000_000; // a window boundary
    for (let i = 1; i <= 3; i += 1)
      expect(await hitRateLimit(storage, 'ip:1', rule, start + i)).toEqual({ allowed: true, count: i });
    expect(await hitRateLimit(storage, 'ip:1', rule, start + 20_000)).toEqual({
      allowed: false,
      count: 4,
      retryAfterMs: 40_000,
    });
    expect((await hitRateLimit(storage, 'ip:2', rule, start + 20_000)).allowed).toBe(true);
    expect(await hitRateLimit(storage, 'ip:1', rule, start + 60_000)).toEqual({ allowed: true, count: 1 });
  });

  it('throws a 429 with Retry-After in seconds when any rule is over, and prunes old windows', async () => {
    test = await openTestStorage(kind);
    const { storage } = test;
    const now = 1_800_000_030_500;
    const limits = [
      { key: 'visitor:a', rule: { max: 1, windowMs: 60_000 } },
      { key: 'site:x', rule: { max: 100, windowMs: 60_000 } },
    ];
    await enforceRateLimits(storage, limits, now);
    const error = await enforceRateLimits(storage, limits, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(429);
    expect((error as ProblemError).options.headers).toEqual({ 'retry-after': '30' });
    await pruneRateLimits(storage.db, now + 60_000);
    await expect(enforceRateLimits(storage, limits, now)).resolves.toBeUndefined();
  });

  // Issue 18: a hit rides the group commit's batch instead of a transaction (and an fsync) of its own.
  it('counts concurrent hits in one group-commit transaction, each hit once', async () => {
    const commits: number[] = [];
    test = await openTestStorage(kind, { onCommit: (size) => commits.push(size) });
    const { storage } = test;
    const rule = { max: 5, windowMs: 60_000 };
    const now = 1_800_000_000_000;
    const limits = Array.from({ length: 8 }, () => ({ key: 'ip:burst', rule }));
    const verdicts = await hitRateLimits(storage, [...limits, { key: 'ip:other', rule }], now);
    expect(commits).toEqual([9]);
    expect(verdicts.map((v) => v.count).sort((a, b) => a - b)).toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(verdicts.filter((v) => !v.allowed)).toHaveLength(3);
    const row = await storage.db
      .selectFrom('rate_limits')
      .select('count')
      .where('key', '=', digest('ip:burst'))
      .executeTakeFirstOrThrow();
    expect(Number(row.count)).toBe(8);
  });

  it('in order: counts a key only while the keys before it are within their limits, all in one batch', async () => {
    const commits: number[] = [];
    test = await openTestStorage(kind, { onCommit: (size) => commits.push(size) });
    const { storage } = test;
    const now = 1_800_000_000_000;
    const address = { key: 'intake:address:a', rule: { max: 2, windowMs: 600_000 } };
    const site = { key: 'intake:site:x', rule: { max: 100, windowMs: 3_600_000 } };
    const stored = async (key: string) =>
      Number(
        (await storage.db.selectFrom('rate_limits').select('count').where('key', '=', digest(key)).executeTakeFirst())
          ?.count ?? 0,
      );
    await enforceRateLimitsInOrder(storage, [address, site], now);
    await enforceRateLimitsInOrder(storage, [address, site], now);
    expect(commits).toEqual([2, 2]);
    const refused = await enforceRateLimitsInOrder(storage, [address, site], now).catch((e: unknown) => e);
    expect((refused as ProblemError).status).toBe(429);
    expect((refused as ProblemError).options.headers).toEqual({ 'retry-after': '600' });
    await enforceRateLimitsInOrder(storage, [address, site], now).catch(() => {});
    // The address counted every try; the site only the two that were within the address's limit.
    expect(await stored(address.key)).toBe(4);
    expect(await stored(site.key)).toBe(2);
    // Another address still counts against the same site.
    await enforceRateLimitsInOrder(storage, [{ ...address, key: 'intake:address:b' }, site], now);
    expect(await stored(site.key)).toBe(3);
    // The site's own limit refuses too.
    const full = { ...site, rule: { max: 3, windowMs: 3_600_000 } };
    const siteFull = await enforceRateLimitsInOrder(
      storage,
      [{ ...address, key: 'intake:address:c' }, full],
      now,
    ).catch((e: unknown) => e);
    expect((siteFull as ProblemError).status).toBe(429);
    expect(await stored(site.key)).toBe(4);
  });

  it('counts on the database directly where there is no group commit', async () => {
    const commits: number[] = [];
    test = await openTestStorage(kind, { onCommit: (size) => commits.push(size) });
    const direct = directWrites(test.storage.db);
    const rule = { max: 1, windowMs: 60_000 };
    const now = 1_800_000_000_000;
    expect(await hitRateLimit(direct, 'account:a', rule, now)).toEqual({ allowed: true, count: 1 });
    expect(await hitRateLimit(test.storage, 'account:a', rule, now)).toMatchObject({ allowed: false, count: 2 });
    expect(commits).toEqual([1]);
  });
});
