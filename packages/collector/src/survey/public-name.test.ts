/**
 * Issue 14, defect 11: the survey asked "How did Smith & Partners website do?" — the site's internal name. The
 * survey a client opens names the firm by the site's public name.
 */
import type { AdminSite } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('the survey names the firm publicly on %s', (kind) => {
  let kit: AdminKit;
  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  it('opens with the public name, not the internal site name', async () => {
    const site: AdminSite = await (await kit.call('/api/admin/sites/harbor-vale', { session: kit.admin })).json();
    const { id: _id, disclaimerVersion: _v, createdAt: _c, updatedAt: _u, ...settings } = site;
    const saved = await kit.call('/api/admin/sites/harbor-vale', {
      method: 'PUT',
      session: kit.admin,
      body: { ...settings, name: 'Harbor website (main)', publicName: 'Harbor & Vale Attorneys' },
    });
    expect(saved.status).toBe(200);
    const issued = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName: 'Ann Lee', email: 'ann@example.com', practiceArea: 'family' },
    });
    expect(issued.status).toBe(201);
    const token = new URL(((await issued.json()) as { url: string }).url).hash.replace('#retainer-survey=', '');
    const opened = await kit.app.request('/v1/survey/open', post({ site: 'harbor-vale', token }));
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ firm: 'Harbor & Vale Attorneys' });
  });
});
