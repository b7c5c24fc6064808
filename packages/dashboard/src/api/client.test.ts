import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiUrl, origin, problemResponse, server } from '../test-support/server.ts';
import { createAdminClient } from './client.ts';

describe('admin client', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    const seen: Record<string, string | null> = {};
    const record = ({ request }: { request: Request }) => {
      seen[request.method] = request.headers.get('x-csrf-token');
      return new HttpResponse(null, { status: 204 });
    };
    server.use(http.all(apiUrl('thing'), record));
    const client = createAdminClient({ origin, csrfToken: () => 'token-abc', onUnauthorized: () => {} });
    await client.get('thing');
    await client.post('thing', { json: {} });
    await client.put('thing', { json: {} });
    await client.delete('thing');
    expect(seen).toEqual({ GET: null, POST: 'token-abc', PUT: 'token-abc', DELETE: 'token-abc' });
  });

  it('reports an ended session, but not a failed sign-in', async () => {
    let ended = 0;
    server.use(
      http.get(apiUrl('inbox'), () => problemResponse(401, 'urn:retainer:problem:unauthenticated')),
      http.post(apiUrl('session'), () => problemResponse(401, 'urn:retainer:problem:invalid-credentials')),
    );
    const client = createAdminClient({ origin, csrfToken: () => undefined, onUnauthorized: () => ended++ });
    await expect(client.post('session', { json: {} })).rejects.toThrow();
    expect(ended).toBe(0);
    await expect(client.get('inbox')).rejects.toThrow();
    expect(ended).toBe(1);
  });
});
