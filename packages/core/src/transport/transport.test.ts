import { problemTypes } from '@retainer/schema';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure } from './failure.ts';
import { createTransport } from './transport.ts';

const endpoint = 'https://collector.example';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const transport = createTransport(endpoint, { retries: 3, retryDelay: () => 0 });

/** Answers with each response in turn (the last one repeats) and records what arrived. */
function sequence(...responses: (() => Response)[]) {
  const seen: { body: string; contentType: string | null }[] = [];
  server.use(
    http.post(`${endpoint}/v1/intake`, async ({ request }) => {
      seen.push({ body: await request.text(), contentType: request.headers.get('content-type') });
      const respond = responses[Math.min(seen.length - 1, responses.length - 1)];
      return respond?.() ?? HttpResponse.error();
    }),
  );
  return seen;
}

describe('transport', () => {
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
