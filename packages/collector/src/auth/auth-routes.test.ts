import { problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { issueSetupToken, prepareFirstAdmin } from './first-admin.ts';

const admin = { email: 'hana@harborvale.example', password: adminPassword };

describe.each(storageKinds)('sign-in, sessions and invitations on %s', (kind) => {
  let kit: AdminKit;

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  it('created the first admin from the setup link: the firm owns the demo site, setup is closed', async () => {
    const status = await (await kit.call('/api/admin/setup')).json();
    expect(status).toEqual({ needed: false });
    const site = await kit.db
      .selectFrom('sites')
      .select('firm_id')
      .where('id', '=', 'harbor-vale')
      .executeTakeFirstOrThrow();
    expect(site.firm_id).toBe(kit.firmId);
    const token = await issueSetupToken(kit.db, kit.clock.now);
    const again = await kit.call('/api/admin/setup', {
      body: { token, firmName: 'Evil', name: 'Eve', email: 'eve@example.com', password: 'another long password' },
    });
    expect(again.status).toBe(403);
    expect((await again.json()).type).toBe(problemTypes.invalidToken);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and answers the CSRF token', async () => {
    const res = await kit.call('/api/admin/session', { body: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^retainer_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const body = await res.json();
    expect(body).toEqual({
      user: {
        id: kit.admin.userId,
        firmId: kit.firmId,
        firmName: 'Harbor & Vale LLP',
        email: admin.email,
        name: 'Hana Vale',
        role: 'admin',
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    // The database holds only the hash of the cookie value.
    const cookieValue = res.headers.get('set-cookie')!.split(';')[0]!.split('=')[1]!;
    const rows = await kit.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.some((r) => r.id_hash === cookieValue)).toBe(false);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    kit.clock.now += 3_600_000;
    const unknown = await kit.call('/api/admin/session', {
      body: { email: 'nobody@example.com', password: 'whatever it is' },
    });
    const wrong = await kit.call('/api/admin/session', { body: { ...admin, password: 'not the password' } });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    // Alike but for the request id every answer carries (random, so it tells nothing; issue 19).
    const withoutId = async (res: Response) => {
      const { requestId, ...rest } = (await res.json()) as { requestId: string };
      expect(requestId).toBe(res.headers.get('x-request-id'));
      return rest;
    };
    expect(await withoutId(unknown)).toEqual(await withoutId(wrong));
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('throttles sign-in per account after five failures (429 + Retry-After), even with the right password', async () => {
    kit.clock.now += 3_600_000;
    for (let i = 0; i < 5; i++) {
      expect((await kit.call('/api/admin/session', { body: { ...admin, password: `guess number ${i}` } })).status).toBe(
        401,
      );
    }
    const blocked = await kit.call('/api/admin/session', { body: admin });
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).type).toBe(problemTypes.rateLimited);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    kit.clock.now += retryAfter * 1000;
    expect((await kit.call('/api/admin/session', { body: admin })).status).toBe(200);
  });

  it('throttles sign-in per client address across accounts', async () => {
    kit.clock.now += 3_600_000;
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await kit.call('/api/admin/session', {
        body: { email: `user${i}@example.com`, password: 'wrong password' },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    kit.clock.now += 16 * 60_000;
  });

  it('rotates the session id at sign-in and ends the old session', async () => {
    kit.clock.now += 3_600_000;
    const first = await kit.signIn(admin.email, admin.password);
    const second = await kit.call('/api/admin/session', { body: admin, headers: { cookie: first.cookie } });
    const cookie = second.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).not.toBe(first.cookie);
    expect((await kit.call('/api/admin/session', { session: first })).status).toBe(401);
    expect((await kit.call('/api/admin/session', { session: { ...first, cookie } })).status).toBe(200);
  });

  it('ends the session server-side at sign-out', async () => {
    const session = await kit.signIn(admin.email, admin.password);
    const out = await kit.call('/api/admin/session', { method: 'DELETE', session });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^retainer_session=; Max-Age=0; /);
    // Replaying the old cookie does not work: the server forgot it.
    expect((await kit.call('/api/admin/session', { session })).status).toBe(401);
  });

  it('expires idle sessions', async () => {
    const session = await kit.signIn(admin.email, admin.password);
    kit.clock.now += 13 * 3_600_000;
    expect((await kit.call('/api/admin/session', { session })).status).toBe(401);
  });

  it('invites a colleague: the admin gets a link, the colleague previews, accepts once and is signed in as staff', async () => {
    const session = await kit.signIn(admin.email, admin.password);
    const invited = await kit.call('/api/admin/invitations', {
      session,
      body: { email: 'Sam@Example.com', role: 'staff' },
    });
    expect(invited.status).toBe(201);
    const invitation = await invited.json();
    expect(invitation).toMatchObject({ email: 'sam@example.com', role: 'staff' });
    const token = /^http:\/\/localhost\/dashboard\/invite#token=([\w-]{43})$/.exec(invitation.link)?.[1];
    expect(token).toBeDefined();

    const team = await (await kit.call('/api/admin/team', { session })).json();
    expect(team.invitations.map((i: { email: string }) => i.email)).toContain('sam@example.com');

    const preview = await kit.call('/api/admin/invitations/preview', { body: { token } });
    expect(await preview.json()).toMatchObject({
      email: 'sam@example.com',
      role: 'staff',
      firmName: 'Harbor & Vale LLP',
    });
    const accepted = await kit.call('/api/admin/invitations/accept', {
      body: { token, name: 'Sam Ortiz', password: 'a long staff passphrase' },
    });
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).user).toMatchObject({ role: 'staff', email: 'sam@example.com', firmId: kit.firmId });
    const reused = await kit.call('/api/admin/invitations/accept', {
      body: { token, name: 'Mallory', password: 'a long other passphrase' },
    });
    expect(reused.status).toBe(403);
    expect((await reused.json()).type).toBe(problemTypes.invalidToken);
    // Inviting an existing account is a conflict.
    const dup = await kit.call('/api/admin/invitations', {
      session,
      body: { email: 'sam@example.com', role: 'admin' },
    });
    expect(dup.status).toBe(409);
  });

  it('prints a setup link only while no admin exists', async () => {
    expect(await prepareFirstAdmin(kit.db, { baseUrl: 'http://localhost:8787', now: kit.clock.now })).toEqual({});
  });
});

describe.each(storageKinds)('first start on %s', (kind) => {
  it('hands out a one-time setup link, or creates the admin unattended', async () => {
    const { openTestStorage } = await import('../test-support/test-storage.ts');
    const test = await openTestStorage(kind);
    try {
      const db = test.storage.db;
      const { setupLink } = await prepareFirstAdmin(db, { baseUrl: 'http://localhost:8787/', now: 1 });
      expect(setupLink).toMatch(/^http:\/\/localhost:8787\/dashboard\/setup#token=[\w-]{43}$/);
      const created = await prepareFirstAdmin(db, {
        baseUrl: 'http://localhost:8787',
        now: 2,
        unattended: { firmName: 'Firm', name: 'Ann', email: 'ann@example.com', password: 'a long enough password' },
        passwordCost: { logN: 10, r: 8, p: 1 },
      });
      expect(created).toEqual({ createdAdmin: 'ann@example.com' });
      // The printed token died with the first admin.
      expect(await db.selectFrom('setup_tokens').selectAll().execute()).toEqual([]);
    } finally {
      await test.cleanup();
    }
  });
});

describe('over HTTPS', () => {
  it('uses a Secure __Host- cookie behind a trusted proxy, and only reads that one', async () => {
    const kit = await createAdminKit('sqlite', { trustProxy: true });
    try {
      const https = { 'x-forwarded-proto': 'https' };
      const res = await kit.call('/api/admin/session', { body: admin, headers: https });
      expect(res.headers.get('set-cookie')).toMatch(
        /^__Host-retainer_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
      );
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = await res.json();
      const session = { cookie, csrf: csrfToken, userId: '' };
      expect((await kit.call('/api/admin/session', { session, headers: https })).status).toBe(200);
      expect((await kit.call('/api/admin/session', { session })).status).toBe(401);
    } finally {
      await kit.cleanup();
    }
  });

  it('ignores X-Forwarded-Proto from an untrusted client, and trusts RETAINER_PUBLIC_URL', async () => {
    const untrusted = await createAdminKit('sqlite');
    const configured = await createAdminKit('sqlite', { publicUrl: 'https://retainer.firm.example' });
    try {
      const plain = await untrusted.call('/api/admin/session', {
        body: admin,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(plain.headers.get('set-cookie')).toMatch(/^retainer_session=/);
      const secure = await configured.call('/api/admin/session', { body: admin });
      expect(secure.headers.get('set-cookie')).toMatch(/^__Host-retainer_session=.*; Secure$/);
    } finally {
      await untrusted.cleanup();
      await configured.cleanup();
    }
  });
});
