import { afterEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../errors/index.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { enforceRateLimits, hitRateLimit, pruneRateLimits } from './index.ts';

describe.each(storageKinds)('rate limits on %s', (kind) => {
  let test: TestStorage | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it('allows max hits per window, then tells how long to wait; a new window starts afresh', async () => {
    test = await openTestStorage(kind);
    const db = test.storage.db;
    const rule = { max: 3, windowMs: 60_000 };
    const start = 1_800_000_000_000; // a window boundary
    for (let i = 1; i <= 3; i += 1)
      expect(await hitRateLimit(db, 'ip:1', rule, start + i)).toEqual({ allowed: true, count: i });
    expect(await hitRateLimit(db, 'ip:1', rule, start + 20_000)).toEqual({
      allowed: false,
      count: 4,
      retryAfterMs: 40_000,
    });
    expect((await hitRateLimit(db, 'ip:2', rule, start + 20_000)).allowed).toBe(true);
    expect(await hitRateLimit(db, 'ip:1', rule, start + 60_000)).toEqual({ allowed: true, count: 1 });
  });

  it('throws a 429 with Retry-After in seconds when any rule is over, and prunes old windows', async () => {
    test = await openTestStorage(kind);
    const db = test.storage.db;
    const now = 1_800_000_030_500;
    const limits = [
      { key: 'visitor:a', rule: { max: 1, windowMs: 60_000 } },
      { key: 'site:x', rule: { max: 100, windowMs: 60_000 } },
    ];
    await enforceRateLimits(db, limits, now);
    const error = await enforceRateLimits(db, limits, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(429);
    expect((error as ProblemError).options.headers).toEqual({ 'retry-after': '30' });
    await pruneRateLimits(db, now + 60_000);
    await expect(enforceRateLimits(db, limits, now)).resolves.toBeUndefined();
  });
});
