import { describe, expect, it } from 'vitest';
import { expectReadable } from './contract.ts';

const json = (body: unknown, status = 200, type = 'application/json; charset=utf-8') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the collector–reader contract helper (issue 14)', () => {
  it('fails an answer the dashboard cannot parse: an intake detail with a key its strict fields refuse', async () => {
    const detail = { fields: { name: 'Ann', lawyer: 'l-1' } };
    await expect(expectReadable('GET', '/api/admin/inbox/abc', json(detail))).rejects.toThrow(/cannot parse/);
  });

  it('fails JSON from a route no reader is listed for, and an error that is not problem+json', async () => {
    await expect(expectReadable('GET', '/api/admin/new-thing', json({}))).rejects.toThrow(/no reader schema/);
    await expect(expectReadable('POST', '/v1/intake', json({ error: 'x' }, 400))).rejects.toThrow(/problem\+json/);
  });

  it('passes what the reader parses, problems included, and leaves non-JSON answers alone', async () => {
    await expectReadable('POST', '/v1/events', json({ received: 2 }));
    await expectReadable(
      'GET',
      '/api/admin/inbox',
      json({ type: 'urn:x', title: 'Nope', status: 404 }, 404, 'application/problem+json'),
    );
    await expectReadable(
      'GET',
      '/api/admin/inbox/export',
      new Response('a,b\n', { headers: { 'content-type': 'text/csv' } }),
    );
  });
});
