import { problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageKinds } from '../test-support/test-storage.ts';
import { type AdminKit, createAdminKit } from './test-kit.ts';

/** Every signed-in admin route, with a body that would pass validation. `:id`/`:site` are filled per test. */
type Route = { method: string; path: string; body?: unknown; adminOnly?: boolean; contentType?: string };

const siteBody = {
  name: 'Harbor & Vale LLP',
  allowedOrigins: ['https://www.harborvale.example'],
  businessHours: { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  responseTarget: { amount: 1, unit: 'businessDay' },
  practiceAreas: [{ id: 'family', label: { en: 'Family law' } }],
  intakeFields: [{ name: 'name', required: true }],
  disclaimerText: { en: 'No attorney-client relationship.' },
  accent: '#1f4e79',
  defaultLanguage: 'en',
  contact: {},
};

const routes = (ids: { site: string; intake: string; party: string; invitation: string }): Route[] => [
  { method: 'GET', path: '/api/admin/session' },
  { method: 'DELETE', path: '/api/admin/session' },
  { method: 'GET', path: '/api/admin/team' },
  {
    method: 'POST',
    path: '/api/admin/invitations',
    body: { email: 'new@example.com', role: 'staff' },
    adminOnly: true,
  },
  { method: 'DELETE', path: `/api/admin/invitations/${ids.invitation}`, adminOnly: true },
  { method: 'GET', path: '/api/admin/sites' },
  { method: 'POST', path: '/api/admin/sites', body: { ...siteBody, id: 'new-site' }, adminOnly: true },
  { method: 'GET', path: `/api/admin/sites/${ids.site}` },
  { method: 'PUT', path: `/api/admin/sites/${ids.site}`, body: siteBody, adminOnly: true },
  { method: 'GET', path: `/api/admin/sites/${ids.site}/disclaimers` },
  { method: 'GET', path: `/api/admin/sites/${ids.site}/snippets` },
  { method: 'GET', path: '/api/admin/inbox' },
  { method: 'GET', path: '/api/admin/inbox/export' },
  { method: 'GET', path: `/api/admin/inbox/${ids.intake}` },
  { method: 'POST', path: `/api/admin/inbox/${ids.intake}/state`, body: { state: 'contacted' } },
  { method: 'PUT', path: `/api/admin/inbox/${ids.intake}/assignee`, body: { assignee: null } },
  { method: 'POST', path: `/api/admin/inbox/${ids.intake}/notes`, body: { body: 'Called back.' } },
  { method: 'GET', path: '/api/admin/parties' },
  {
    method: 'POST',
    path: '/api/admin/parties/import',
    body: 'name\nAcme LLC\n',
    contentType: 'text/csv',
    adminOnly: true,
  },
  { method: 'DELETE', path: `/api/admin/parties/${ids.party}`, adminOnly: true },
  { method: 'POST', path: '/api/admin/people/search', body: { email: 'ann.lee@example.com' } },
  { method: 'POST', path: '/api/admin/people/export', body: { email: 'ann.lee@example.com' } },
  { method: 'POST', path: '/api/admin/people/erase', body: { email: 'ann.lee@example.com' }, adminOnly: true },
  { method: 'GET', path: '/api/admin/access-log', adminOnly: true },
  { method: 'GET', path: '/api/admin/access-log.csv', adminOnly: true },
  { method: 'GET', path: '/api/admin/access-log/settings', adminOnly: true },
  { method: 'PUT', path: '/api/admin/access-log/settings', body: { retentionDays: 365 }, adminOnly: true },
];

const label = (r: Route) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')}`;

describe.each(storageKinds)('admin access rules on %s', (kind) => {
  let kit: AdminKit;
  let own: Route[];

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    const intake = await kit.submit();
    await kit.call('/api/admin/parties/import', {
      session: kit.admin,
      body: 'name\nInitech\n',
      headers: { 'content-type': 'text/csv' },
    });
    const party = await kit.db.selectFrom('parties').select('id').executeTakeFirstOrThrow();
    const invited = await kit.call('/api/admin/invitations', {
      session: kit.admin,
      body: { email: 'someone@example.com', role: 'staff' },
    });
    const invitation = ((await invited.json()) as { id: string }).id;
    own = routes({ site: 'harbor-vale', intake, party: party.id, invitation });
  });
  afterAll(() => kit.cleanup());

  const send = (route: Route, init: { session?: AdminKit['admin']; csrf?: boolean | string } = {}) => {
    const headers: Record<string, string> = route.contentType ? { 'content-type': route.contentType } : {};
    if (typeof init.csrf === 'string') headers['x-csrf-token'] = init.csrf;
    return kit.call(route.path, {
      method: route.method,
      session: init.session,
      body: route.body,
      csrf: init.csrf === true || init.csrf === undefined,
      headers,
    });
  };

  it('refuses every route without a session (401), with no route leaking whether it exists', async () => {
    for (const route of [...own, { method: 'GET', path: '/api/admin/no-such-thing' }]) {
      const res = await send(route);
      expect(res.status, label(route)).toBe(401);
      expect(res.headers.get('content-type'), label(route)).toBe('application/problem+json');
      expect((await res.json()).type, label(route)).toBe(problemTypes.unauthenticated);
    }
  });

  it('refuses a forged or expired-looking cookie (401)', async () => {
    const res = await kit.call('/api/admin/session', {
      session: { cookie: 'retainer_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', csrf: 'x', userId: '' },
    });
    expect(res.status).toBe(401);
  });

  it('refuses every state-changing route without the CSRF token, or with a wrong one (403)', async () => {
    for (const route of own.filter((r) => r.method !== 'GET')) {
      for (const csrf of [false, 'not-the-token']) {
        const res = await send(route, { session: kit.admin, csrf });
        expect(res.status, label(route)).toBe(403);
        expect((await res.json()).type, label(route)).toBe(problemTypes.csrf);
      }
    }
    // Nothing happened: the intake is still new and the session still works.
    const inbox = await (await kit.call('/api/admin/inbox', { session: kit.admin })).json();
    expect(inbox.items[0].state).toBe('new');
  });

  it('refuses every state-changing route the admin API registers without the CSRF token, listed here or not', async () => {
    // Reachable without a session on purpose: they are how a session starts (and carry their own checks).
    const open = new Set([
      '/api/admin/setup',
      '/api/admin/session',
      '/api/admin/invitations/preview',
      '/api/admin/invitations/accept',
      // Issue 15: forgot password is for people who cannot sign in (JSON only, rate-limited, same answer for all).
      '/api/admin/password-reset',
      '/api/admin/password-reset/check',
      '/api/admin/password-reset/confirm',
    ]);
    const mutations = kit.app.routes.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.path.startsWith('/api/admin/'),
    );
    const checked = new Set<string>();
    for (const { method, path } of mutations) {
      if ((open.has(path) && method !== 'DELETE') || checked.has(`${method} ${path}`)) continue;
      checked.add(`${method} ${path}`);
      const route = { method, path: path.replace(/:[a-zA-Z]+/g, 'x0000000000000000'), body: {} };
      const res = await send(route, { session: kit.admin, csrf: false });
      expect(res.status, label(route)).toBe(403);
      expect((await res.json()).type, label(route)).toBe(problemTypes.csrf);
    }
    expect(checked.size).toBeGreaterThanOrEqual(own.filter((r) => r.method !== 'GET').length);
  });

  it("answers 404 for another firm's site, intake, party and invitation ids", async () => {
    const other = await kit.otherFirm('admin');
    const scoped = own.filter((r) =>
      /\/(sites\/harbor-vale|inbox\/[\w-]{36}|parties\/[\w-]{36}|invitations\/[\w-]{36})/.test(r.path),
    );
    expect(scoped).toHaveLength(10);
    for (const route of scoped) {
      const res = await send(route, { session: other.session });
      expect(res.status, label(route)).toBe(404);
      expect((await res.json()).type, label(route)).toBe(problemTypes.notFound);
    }
    // Lists show nothing of the first firm.
    const sites = await (await kit.call('/api/admin/sites', { session: other.session })).json();
    expect(sites.sites.map((s: { id: string }) => s.id)).toEqual([other.siteId]);
    const inbox = await (await kit.call('/api/admin/inbox', { session: other.session })).json();
    expect(inbox.items).toEqual([]);
    const people = await (
      await kit.call('/api/admin/people/search', { session: other.session, body: { email: 'ann.lee@example.com' } })
    ).json();
    expect(people.intakes).toEqual([]);
    // And the first firm cannot see the other's site either.
    expect((await kit.call(`/api/admin/sites/${other.siteId}`, { session: kit.admin })).status).toBe(404);
  });

  it('refuses admin-only routes to staff (403) and lets staff work the inbox', async () => {
    const staff = await kit.colleague('staff');
    for (const route of own.filter((r) => r.adminOnly)) {
      const res = await send(route, { session: staff });
      expect(res.status, label(route)).toBe(403);
      expect((await res.json()).type, label(route)).toBe(problemTypes.forbidden);
    }
    for (const route of own.filter((r) => !r.adminOnly && r.method === 'GET')) {
      expect((await send(route, { session: staff })).status, label(route)).toBe(200);
    }
  });

  it('sends security headers on every admin answer, errors included', async () => {
    for (const res of [
      await kit.call('/api/admin/inbox', { session: kit.admin }),
      await kit.call('/api/admin/inbox'),
      await kit.call('/api/admin/session', { body: { email: 'x@example.com', password: 'nope' } }),
    ]) {
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
          "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('accepts JSON bodies only as application/json', async () => {
    const res = await kit.call('/api/admin/inbox/x/notes', {
      session: kit.admin,
      body: { body: 'hi' },
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });
});
