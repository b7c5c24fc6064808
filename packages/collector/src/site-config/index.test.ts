import { problemTypes, publicSiteConfig } from '@retainer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDisclaimer } from '../seed/demo-site.ts';
import { allowedOrigin, createTestApp, otherOrigin, type TestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('GET /v1/sites/:site/config on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.cleanup());

  it('serves the public config with a strong ETag and a short public cache', async () => {
    const res = await t.app.request('/v1/sites/harbor-vale/config');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const config = await res.json();
    expect(publicSiteConfig.safeParse(config).success).toBe(true);
    expect(config.intake.disclaimer).toEqual(demoDisclaimer);
    expect(config.practiceAreas.map((p: { id: string }) => p.id)).toContain('immigration');
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const etag = (await t.app.request('/v1/sites/harbor-vale/config')).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const res = await t.app.request('/v1/sites/harbor-vale/config', { headers: { 'if-none-match': ifNoneMatch } });
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(await res.text()).toBe('');
    }
    const stale = await t.app.request('/v1/sites/harbor-vale/config', { headers: { 'if-none-match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it('lets the site’s origins read it, and no others', async () => {
    const allowed = await t.app.request('/v1/sites/harbor-vale/config', { headers: { origin: allowedOrigin } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    const other = await t.app.request('/v1/sites/harbor-vale/config', { headers: { origin: otherOrigin } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toContain('Origin');
  });

  it('answers unknown or invalid site ids with 404 problem+json', async () => {
    for (const path of ['/v1/sites/no-such-firm/config', '/v1/sites/NOT%20A%20SLUG/config']) {
      const res = await t.app.request(path);
      expect(res.status).toBe(404);
      expect((await res.json()).type).toBe(problemTypes.unknownSite);
    }
  });
});
