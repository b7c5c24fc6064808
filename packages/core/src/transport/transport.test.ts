import { problemTypes } from '@retainer/schema';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeFailure } from './failure.ts';
import { createTransport } from './transport.ts';

const endpoint = 'https://collector.example';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const transport = createTransport(endpoint, { retries: 3, retryDelay: () => 0 });

/** Answers with each response in turn (the last one repeats) and records what arrived. */
function sequence(...responses: (() => Response | Promise<Response>)[]) {
  return sequenceAt('post', '/v1/intake', ...responses);
}

function sequenceAt(method: 'get' | 'post', path: string, ...responses: (() => Response | Promise<Response>)[]) {
  const seen: { body: string; contentType: string | null }[] = [];
  server.use(
    http[method](`${endpoint}${path}`, async ({ request }) => {
      seen.push({ body: await request.text(), contentType: request.headers.get('content-type') });
      const respond = responses[Math.min(seen.length - 1, responses.length - 1)];
      return respond?.() ?? HttpResponse.error();
    }),
  );
  return seen;
}

describe('transport.post (forms and questions: 3 retries by default)', () => {
  it('sends JSON as text/plain (no preflight) and retries POST after network errors and 5xx with the same body', async () => {
    const seen = sequence(
      () => HttpResponse.error(),
      () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }),
      () => HttpResponse.json({ ok: true }, { status: 201 }),
    );
    await expect(transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' })).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.body))).toEqual(new Set(['{"id":"abcdefghijklmnop1234"}']));
    expect(seen.every((s) => s.contentType?.startsWith('text/plain'))).toBe(true);
  });

  it('retries 429 and 408 but not other 4xx', async () => {
    const limited = sequence(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }),
      () => new HttpResponse(null, { status: 408 }),
      () => HttpResponse.json({ ok: 1 }),
    );
    await transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' });
    expect(limited).toHaveLength(3);

    server.resetHandlers();
    const invalid = sequence(() =>
      HttpResponse.json(
        {
          type: problemTypes.validation,
          title: 'Invalid',
          status: 422,
          errors: [{ path: 'fields.email', code: 'invalid_email' }],
        },
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const error = await transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' }).catch((e: unknown) => e);
    expect(invalid).toHaveLength(1);
    expect(await describeFailure(error)).toEqual({
      kind: 'problem',
      status: 422,
      type: problemTypes.validation,
      errors: [{ path: 'fields.email', code: 'invalid_email' }],
    });
  });

  // Issue 14, defect 13: a long rate limit is the visitor's to hear about at once, with its Retry-After.
  it('does not wait out a long 429, and reports its Retry-After', async () => {
    const seen = sequence(() =>
      HttpResponse.json(
        { type: problemTypes.rateLimited, title: 'Too many requests', status: 429 },
        { status: 429, headers: { 'content-type': 'application/problem+json', 'Retry-After': '540' } },
      ),
    );
    const error = await transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' }).catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(await describeFailure(error)).toEqual({
      kind: 'problem',
      status: 429,
      type: problemTypes.rateLimited,
      errors: [],
      retryAfter: 540,
    });
  });

  // Issue 18: one policy for every widget — an answer's Retry-After replaces the backoff, and a long one is not waited out.
  it('waits as long as Retry-After says instead of its backoff, in seconds or as a date', async () => {
    const slow = createTransport(endpoint, { retries: 3, retryDelay: () => 600_000 });
    const seen = sequence(
      () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }),
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(0).toUTCString() } }),
      () => HttpResponse.json({ ok: true }, { status: 201 }),
    );
    await expect(slow.post('/v1/intake', { id: 'abcdefghijklmnop1234' })).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(3);
  });

  it('does not wait out a 503 that asks for more than a minute', async () => {
    const seen = sequence(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }));
    const error = await transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' }).catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(await describeFailure(error)).toMatchObject({ kind: 'problem', status: 503, retryAfter: 120 });
  });

  it('gives up after its retries and reports a network failure', async () => {
    const seen = sequence(() => HttpResponse.error());
    const error = await transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' }).catch((e: unknown) => e);
    expect(seen).toHaveLength(4);
    expect(await describeFailure(error)).toEqual({ kind: 'network' });
  });

  it('does not retry while the browser is offline', async () => {
    const seen = sequence(() => HttpResponse.error());
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    try {
      await transport.post('/v1/intake', { id: 'abcdefghijklmnop1234' }).catch(() => {});
    } finally {
      Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
    }
    expect(seen).toHaveLength(1);
  });
});

describe('transport.get and transport.send (plain fetch, light retry)', () => {
  it('gets JSON, retrying network errors and 5xx twice by default', async () => {
    const seen = sequenceAt(
      'get',
      '/v1/sites/harbor-vale/config',
      () => HttpResponse.error(),
      () => new HttpResponse(null, { status: 502 }),
      () => HttpResponse.json({ site: 'harbor-vale' }),
    );
    const light = createTransport(endpoint, { retryDelay: () => 0 });
    expect(light).not.toHaveProperty('preparePost'); // no lazy post client left to prepare
    await expect(light.get('/v1/sites/harbor-vale/config')).resolves.toEqual({ site: 'harbor-vale' });
    expect(seen).toHaveLength(3);

    server.resetHandlers();
    const down = sequenceAt('get', '/v1/sites/harbor-vale/config', () => HttpResponse.error());
    const error = await light.get('/v1/sites/harbor-vale/config').catch((e: unknown) => e);
    expect(down).toHaveLength(3);
    expect(await describeFailure(error)).toEqual({ kind: 'network' });
  });

  it('does not retry other 4xx, and reports the problem', async () => {
    const seen = sequenceAt('get', '/v1/sites/nobody/config', () =>
      HttpResponse.json(
        { type: problemTypes.unknownSite, title: 'Unknown site', status: 404 },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const error = await transport.get('/v1/sites/nobody/config').catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(await describeFailure(error)).toEqual({
      kind: 'problem',
      status: 404,
      type: problemTypes.unknownSite,
      errors: [],
    });
  });

  it('treats an attempt that takes too long as a network failure, and tries again', async () => {
    const seen = sequenceAt(
      'get',
      '/v1/sites/harbor-vale/config',
      async () => {
        await delay('infinite');
        return HttpResponse.json({});
      },
      () => HttpResponse.json({ site: 'harbor-vale' }),
    );
    const impatient = createTransport(endpoint, { retryDelay: () => 0, timeout: 20 });
    await expect(impatient.get('/v1/sites/harbor-vale/config')).resolves.toEqual({ site: 'harbor-vale' });
    expect(seen).toHaveLength(2);
  });

  it('sends events as text/plain JSON, retrying a 503 with the same body', async () => {
    const seen = sequenceAt(
      'post',
      '/v1/events',
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ received: 1 }),
    );
    await transport.send('/v1/events', { id: 'abcdefghijklmnop1234' });
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((s) => s.body))).toEqual(new Set(['{"id":"abcdefghijklmnop1234"}']));
    expect(seen.every((s) => s.contentType?.startsWith('text/plain'))).toBe(true);
  });
});

describe('the request each call makes', () => {
  // happy-dom's Request drops `keepalive`, so a spy reads what the transport hands `fetch` (msw still answers).
  it('sends events with keepalive and forms without, the same body on every attempt', async () => {
    sequenceAt(
      'post',
      '/v1/events',
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({}),
    );
    sequence(
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ ok: true }),
    );
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    let calls: unknown[][];
    try {
      await transport.send('/v1/events', { id: 'abcdefghijklmnop1234' });
      await transport.post('/v1/intake', { id: 'abcdefghijklmnop5678' });
      calls = fetchSpy.mock.calls.map(([, init]) => [init?.method, init?.keepalive === true, init?.body]);
    } finally {
      fetchSpy.mockRestore();
    }
    expect(calls).toEqual([
      ['POST', true, '{"id":"abcdefghijklmnop1234"}'],
      ['POST', true, '{"id":"abcdefghijklmnop1234"}'],
      ['POST', false, '{"id":"abcdefghijklmnop5678"}'],
      ['POST', false, '{"id":"abcdefghijklmnop5678"}'],
    ]);
  });
});
