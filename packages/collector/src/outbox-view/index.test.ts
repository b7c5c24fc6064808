import { problemTypes } from '@retainer/schema';
import { outboxList } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { emailBodyContentSecurityPolicy } from './index.ts';

describe.each(storageKinds)('GET /api/admin/sites/:site/outbox/:id/body on %s', (kind) => {
  let kit: AdminKit;
  let id: string;

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    await kit.submit({ name: 'Canary Person', description: 'Canary description' });
    const res = await kit.call('/api/admin/sites/harbor-vale/outbox', { session: kit.admin });
    const list = outboxList.parse(await res.json());
    const alert = list.items.find((item) => item.template === 'staff-new-intake');
    if (!alert) throw new Error('no staff alert in the outbox');
    id = alert.id;
  });
  afterAll(() => kit.cleanup());

  it("answers the email's HTML under its own sandboxed, frameable-by-the-dashboard-only policy", async () => {
    const res = await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}/body`, { session: kit.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(emailBodyContentSecurityPolicy);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const detail = await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}`, { session: kit.admin });
    expect(html).toBe(((await detail.json()) as { html: string }).html);
    expect(html).not.toMatch(/canary/i);
  });

  it('keeps the dashboard policy on every other admin answer', async () => {
    const res = await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}`, { session: kit.admin });
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('is a 401 without a session and a 404 for another firm or an unknown message', async () => {
    const anonymous = await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}/body`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toBe('application/problem+json');
    const other = await kit.otherFirm('admin');
    const foreign = await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}/body`, { session: other.session });
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { type: string }).type).toBe(problemTypes.notFound);
    const unknown = await kit.call('/api/admin/sites/harbor-vale/outbox/nope/body', { session: kit.admin });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-frame-options')).toBe('DENY');
  });
});
