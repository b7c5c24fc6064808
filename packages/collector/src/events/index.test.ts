import { problem, problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventBody, post } from '../test-support/requests.ts';
import { allowedOrigin, createTestApp, otherOrigin, type TestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('POST /v1/events on %s', (kind) => {
  let t: TestApp;
  const countEvents = async () =>
    Number(
      (
        await t.storage.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.storage.db.deleteFrom('events').execute();
    t.commits.length = 0;
  });

  it('stores a batch and answers the same on a replay, storing each event once', async () => {
    const body = eventBody(3);
    const first = await t.app.request('/v1/events', post(body, { origin: allowedOrigin }));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: 3 });
    expect(first.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    const replay = await t.app.request('/v1/events', post(body));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: 3 });
    expect(await countEvents()).toBe(3);

    const row = await t.storage.db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', body.events[0]!.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ site: 'harbor-vale', stage: 'discover', type: 'intake.shown', ts: 1_790_000_000_000 });
    expect(typeof row.received_at).toBe('number');
    expect(JSON.parse(row.props ?? '')).toEqual({ page: 'contact' });
  });

  it('dedupes an event repeated inside one batch and across batches', async () => {
    const body = eventBody(2);
    const again = { id: `${body.id}-2`, events: [body.events[0]!, body.events[0]!] };
    await t.app.request('/v1/events', post(body));
    const res = await t.app.request('/v1/events', post(again));
    expect(res.status).toBe(200);
    expect(await countEvents()).toBe(2);
  });

  it('commits concurrent requests in one shared transaction', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.app.request('/v1/events', post(eventBody(1)))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    // Every request was answered after a commit, and they shared it rather than one each.
    expect(t.commits.reduce((a, b) => a + b, 0)).toBe(20);
    expect(t.commits.length).toBeLessThan(20);
    expect(Math.max(...t.commits)).toBeGreaterThan(1);
    expect(await countEvents()).toBe(20);
  });

  it('refuses unknown sites, bad events and foreign origins, storing nothing', async () => {
    const cases: [RequestInit, number, string][] = [
      [post(eventBody(1, { site: 'no-such-firm' })), 422, problemTypes.unknownSite],
      [post(eventBody(1, { stage: 'lunch' })), 422, problemTypes.validation],
      [post(eventBody(1, { props: { email: 'x'.repeat(300) } })), 422, problemTypes.validation],
      [post(eventBody(1, { extra: 1 })), 422, problemTypes.validation],
      [post(eventBody(51)), 422, problemTypes.validation],
      [post({ id: 'batch-0000000000000001', events: [] }), 422, problemTypes.validation],
      [post(eventBody(1), { origin: otherOrigin }), 403, problemTypes.forbiddenOrigin],
      [post('{"id":'), 400, problemTypes.malformedJson],
    ];
    for (const [init, status, type] of cases) {
      const res = await t.app.request('/v1/events', init);
      expect(res.status).toBe(status);
      expect((await res.json()).type).toBe(type);
    }
    expect(await countEvents()).toBe(0);
  });

  it('refuses an origin no site allows before reading the body (issue 18: junk is shed unparsed)', async () => {
    const res = await t.app.request('/v1/events', post('{"id":', { origin: otherOrigin }));
    expect(res.status).toBe(403);
    expect(problem.parse(await res.json()).type).toBe(problemTypes.forbiddenOrigin);
    // The collector's own pages are no site's origin, and still pass.
    const own = await t.app.request('/v1/events', post(eventBody(1), { origin: 'http://localhost' }));
    expect(own.status).toBe(200);
  });

  it('answers GET on a POST endpoint with 405 problem+json', async () => {
    const res = await t.app.request('/v1/events');
    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
