import { afterEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../errors/index.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { digest, directWrites, enforceRateLimits, hitRateLimit, hitRateLimits, pruneRateLimits } from './index.ts';

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
