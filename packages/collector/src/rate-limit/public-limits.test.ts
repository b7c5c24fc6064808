import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { eventBody, intakeBody, post } from '../test-support/requests.ts';
import { tableCounts } from '../test-support/table-counts.ts';
import { allowedOrigin, createTestApp, type TestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { createMemoryLimiter, defaultPublicLimits, type PublicLimits, unlimited } from './public-limits.ts';

const minute = 60_000;
const strict = (overrides: Partial<PublicLimits['intake'] & PublicLimits['events']>): PublicLimits => ({
  intake: {
    perAddress: overrides.perAddress ?? { max: 100, windowMs: minute },
    perSite: overrides.perSite ?? { max: 100, windowMs: minute },
  },
  events: { perAddress: { max: 3, windowMs: minute }, overall: overrides.overall ?? { max: 100, windowMs: minute } },
  faq: defaultPublicLimits.faq,
});

describe('createMemoryLimiter', () => {
  it('counts per key and window, and says how long to wait', () => {
    const hit = createMemoryLimiter();
    const rule = { max: 2, windowMs: minute };
    const t = 1_800_000_000_000;
    expect(hit('a', rule, t).allowed).toBe(true);
    expect(hit('a', rule, t + 1).allowed).toBe(true);
    expect(hit('a', rule, t + 15_000)).toEqual({ allowed: false, count: 3, retryAfterMs: 45_000 });
    expect(hit('b', rule, t + 15_000).allowed).toBe(true);
    expect(hit('a', rule, t + minute).allowed).toBe(true);
  });

  it('keeps its memory bounded by sweeping ended windows', () => {
    const hit = createMemoryLimiter(10);
    const rule = { max: 1, windowMs: minute };
    for (let i = 0; i < 100; i++) hit(`k${i}`, rule, i < 50 ? 0 : 5 * minute);
    // The first fifty were in an ended window: swept, so `k0` starts afresh.
    expect(hit('k0', rule, 5 * minute).allowed).toBe(true);
  });
});

describe.each(storageKinds)('public rate limits on %s', (kind) => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });
  const send = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    test!.app.request(path, post(body, { origin: allowedOrigin, ...headers }));

  it('sheds an event flood with 429 + Retry-After while the intake form keeps working', async () => {
    test = await createTestApp(kind, { publicLimits: strict({}) });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await send('/v1/events', eventBody(1))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    const shed = await send('/v1/events', eventBody(1));
    expect(Number(shed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(shed.headers.get('content-type')).toBe('application/problem+json');
    expect((await tableCounts(test.storage.db)).events).toBe(3);
    expect((await send('/v1/intake', intakeBody())).status).toBe(201);
  });

  it('limits intake per client address (in the database), ignoring X-Forwarded-For from an untrusted client', async () => {
    test = await createTestApp(kind, { publicLimits: strict({ perAddress: { max: 2, windowMs: 10 * minute } }) });
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await send('/v1/intake', intakeBody(), { 'x-forwarded-for': `203.0.113.${i}` }));
    }
    expect(answers.map((r) => r.status)).toEqual([201, 201, 429]);
    expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await tableCounts(test.storage.db)).intakes).toBe(2);
  });

  it('turns intake junk away without a disk write: counted in memory, refused unread when far over the limit', async () => {
    test = await createTestApp(kind, { publicLimits: strict({ perAddress: { max: 2, windowMs: 10 * minute } }) });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await send('/v1/intake', '{"site": "harbor-vale", broken')).status);
    // Three attempts per allowed submission (2 × 3 = 6), then 429 before the body is read.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429]);
    const counts = await tableCounts(test.storage.db);
    expect(counts.rate_limits ?? 0).toBe(0);
    expect(counts.intakes).toBe(0);
  });

  it('reads X-Forwarded-For behind a trusted proxy, so two visitors there have their own limits', async () => {
    test = await createTestApp(kind, {
      publicLimits: strict({ perAddress: { max: 1, windowMs: 10 * minute } }),
      admin: { trustProxy: true },
    });
    expect((await send('/v1/intake', intakeBody(), { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expect((await send('/v1/intake', intakeBody(), { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
    expect((await send('/v1/intake', intakeBody(), { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
  });

  it('limits new intakes per site, and still answers a retry of a stored one', async () => {
    test = await createTestApp(kind, { publicLimits: strict({ perSite: { max: 1, windowMs: 10 * minute } }) });
    const first = intakeBody();
    expect((await send('/v1/intake', first)).status).toBe(201);
    expect((await send('/v1/intake', intakeBody())).status).toBe(429);
    expect((await send('/v1/intake', first)).status).toBe(201);
  });

  it('has defaults a real visitor never meets', () => {
    expect(defaultPublicLimits.intake.perAddress.max).toBeGreaterThanOrEqual(10);
    expect(defaultPublicLimits.events.perAddress.max / (defaultPublicLimits.events.perAddress.windowMs / 1000)).toBe(
      10,
    );
  });

  it('RETAINER_RATE_LIMITS=off (`unlimited`) switches off the FAQ limiter too (issue 14, defect 16)', async () => {
    test = await createTestApp(kind, { publicLimits: unlimited });
    const journey = randomUUID();
    const ask = () =>
      send('/v1/faq/ask', { id: randomUUID(), site: 'harbor-vale', journey, question: 'How long does probate take?' });
    const statuses: number[] = [];
    for (let i = 0; i <= defaultPublicLimits.faq.visitor.max; i++) statuses.push((await ask()).status);
    expect(statuses).toEqual(statuses.map(() => 200));
  });
});
