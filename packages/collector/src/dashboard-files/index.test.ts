import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';

describe('the dashboard SPA', () => {
  let kit: AdminKit;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'retainer-dashboard-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/dashboard/assets/app-3f2a.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app-3f2a.js'), 'console.log(1)');
    kit = await createAdminKit('sqlite', { dashboardDir: dir });
  });
  afterAll(async () => {
    await kit.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/dashboard', '/dashboard/', '/dashboard/inbox', '/dashboard/inbox/0f8c1c1e-4e2a', '/dashboard/setup'])(
    'answers %s with index.html and strict headers',
    async (path) => {
      const res = await kit.app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('app-3f2a.js');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('caches hashed assets for a year and 404s missing ones', async () => {
    const res = await kit.app.request('/dashboard/assets/app-3f2a.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await kit.app.request('/dashboard/assets/missing-0000.js')).status).toBe(404);
    expect((await kit.app.request('/dashboard/../package.json')).status).toBe(404);
  });
});
