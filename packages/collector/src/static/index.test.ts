import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContentSecurityPolicy } from '../app.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { safeRelativePath } from './index.ts';

const loader = `(function(){var s=document.currentScript;import(new URL('chunks/intake-abc123.js',s.src));${' '.repeat(400)}})();`;

describe('static files', () => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'retainer-static-'));
    const widgetsDir = join(root, 'w');
    const demoDir = join(root, 'demo');
    mkdirSync(join(widgetsDir, 'chunks'), { recursive: true });
    mkdirSync(join(demoDir, 'practice-areas'), { recursive: true });
    writeFileSync(join(widgetsDir, 'intake.js'), loader);
    writeFileSync(join(widgetsDir, 'chunks', 'intake-abc123.js'), `export const x = 1;${'\n'.repeat(300)}`);
    writeFileSync(join(widgetsDir, '.secret'), 'hidden');
    writeFileSync(join(root, 'outside.txt'), 'outside');
    writeFileSync(join(demoDir, 'index.html'), '<!doctype html><title>Harbor &amp; Vale</title>');
    writeFileSync(join(demoDir, 'contact.html'), '<!doctype html><title>Contact</title>');
    writeFileSync(join(demoDir, 'styles.css'), 'body{margin:0}');
    writeFileSync(join(demoDir, 'practice-areas', 'index.html'), '<!doctype html><title>Areas</title>');
    t = await createTestApp('sqlite', { widgetsDir, demoDir });
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves loaders with a short cache and hashed chunks as immutable, both CORS-open', async () => {
    const entry = await t.app.request('/w/intake.js');
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(entry.headers.get('cache-control')).toBe('public, max-age=300');
    expect(entry.headers.get('access-control-allow-origin')).toBe('*');
    expect(await entry.text()).toBe(loader);
    const chunk = await t.app.request('/w/chunks/intake-abc123.js');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('compresses for clients that accept it, and revalidates with ETag', async () => {
    const gz = await t.app.request('/w/intake.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(loader);
    const br = await t.app.request('/w/intake.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const refused = await t.app.request('/w/intake.js', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const etag = gz.headers.get('etag')!;
    const again = await t.app.request('/w/intake.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the demo under a strict Content-Security-Policy, with directory and extensionless URLs', async () => {
    const home = await t.app.request('/demo/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toBe(demoContentSecurityPolicy);
    expect(await home.text()).toContain('Harbor &amp; Vale');
    expect((await t.app.request('/demo/styles.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await (await t.app.request('/demo/contact')).text()).toContain('Contact');
    const dir = await t.app.request('/demo/practice-areas');
    expect(dir.status).toBe(301);
    expect(dir.headers.get('location')).toBe('/demo/practice-areas/');
    expect((await t.app.request('/demo')).headers.get('location')).toBe('/demo/');
    const root = await t.app.request('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/demo/');
  });

  it('never serves files outside the directory or dotfiles', async () => {
    for (const path of [
      '/w/../outside.txt',
      '/w/%2e%2e/outside.txt',
      '/w/..%2foutside.txt',
      '/w/..%5coutside.txt',
      '/w/.secret',
      '/w/chunks//intake-abc123.js',
      '/w/%00',
      '/w/%E0%A4%A',
      '/w/missing.js',
    ]) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe('application/problem+json');
    }
  });

  it('decodes safe paths and rejects escaping ones', () => {
    expect(safeRelativePath('/w/chunks/a%20b.js', '/w/')).toBe('chunks/a b.js');
    expect(safeRelativePath('/w/', '/w/')).toBe('');
    expect(safeRelativePath('/w/a/../b', '/w/')).toBeUndefined();
    expect(safeRelativePath('/x/a.js', '/w/')).toBeUndefined();
  });
});
