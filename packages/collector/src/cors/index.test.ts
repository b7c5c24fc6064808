import { problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, post } from '../test-support/requests.ts';
import { allowedOrigin, createTestApp, otherOrigin, type TestApp } from '../test-support/test-app.ts';

describe('CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.cleanup());

  const preflight = (origin: string) =>
    t.app.request('/v1/intake', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers preflights from a site’s origins and refuses others', async () => {
    const ok = await preflight(allowedOrigin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe('content-type');
    const refused = await preflight(otherOrigin);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('treats the collector’s own origin as allowed and a missing Origin as server to server', async () => {
    const own = await t.app.request('/v1/intake', post(intakeBody(), { origin: 'http://localhost' }));
    expect(own.status).toBe(201);
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost');
    const server = await t.app.request('/v1/intake', post(intakeBody()));
    expect(server.status).toBe(201);
    expect(server.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin read the problem when its request is invalid', async () => {
    const res = await t.app.request(
      '/v1/intake',
      post(intakeBody({ disclaimer: { version: 99, accepted: true } }), { origin: allowedOrigin }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect((await res.json()).type).toBe(problemTypes.disclaimerOutdated);
  });

  it('refuses the literal null origin (sandboxed frames, file://)', async () => {
    const res = await t.app.request('/v1/intake', post(intakeBody(), { origin: 'null' }));
    expect(res.status).toBe(403);
  });
});
