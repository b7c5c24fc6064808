import { createHash } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import {
  type ApiKey,
  type ApiKeyCreated,
  type ApiKeyList,
  type ApiKeyUses,
  apiKeyCreated,
  apiKeyList,
  apiKeyUses,
  intakeDetail,
} from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { runPurges } from '../retention/run-purges.ts';
import { tableCounts } from '../test-support/table-counts.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { apiKeyUsesKeepMs } from './key-store.ts';

const perMinute = 5;

describe.each(storageKinds)('admin API keys on %s', (kind) => {
  let kit: AdminKit;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const create = async (name: string, scope: 'read' | 'read-write', session: Session = kit.admin) => {
    const res = await kit.call('/api/admin/api-keys', { session, body: { name, scope } });
    expect(res.status).toBe(201);
    return apiKeyCreated.parse(await res.json()) as ApiKeyCreated;
  };
  const withKey = (path: string, token: string, init: { method?: string; body?: unknown } = {}) =>
    kit.call(path, { ...init, headers: bearer(token) });
  const uses = async (id: string): Promise<ApiKeyUses> =>
    apiKeyUses.parse(await (await kit.call(`/api/admin/api-keys/${id}/uses`, { session: kit.admin })).json());
  const problemType = async (res: Response) => {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return ((await res.json()) as { type: string }).type;
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind, { apiKeyRatePerMinute: perMinute });
  });
  afterAll(() => kit.cleanup());

  it('creates a key shown once, stores only its SHA-256, and lets Zapier read an intake after a thin webhook', async () => {
    const intake = await kit.submit();
    const created = await create('Zapier', 'read');
    expect(created.token).toMatch(/^rtk_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({ name: 'Zapier', scope: 'read', lastUsedAt: null, revokedAt: null });
    expect(created.key.createdBy.id).toBe(kit.admin.userId);
    expect(created.token.startsWith(created.key.hint)).toBe(true);

    // Never retrievable again: not in the list, not in the database.
    const listText = await (await kit.call('/api/admin/api-keys', { session: kit.admin })).text();
    expect(listText).not.toContain(created.token);
    expect((apiKeyList.parse(JSON.parse(listText)) as ApiKeyList).keys.map((k) => k.id)).toContain(created.key.id);
    const row = await kit.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', created.key.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.token.slice(8));
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('base64url'));

    kit.clock.now += 1000;
    const res = await withKey(`/api/admin/inbox/${intake}`, created.token);
    expect(res.status).toBe(200);
    expect(intakeDetail.parse(await res.json()).id).toBe(intake);

    const log = await uses(created.key.id);
    expect(log.uses).toEqual([{ at: kit.clock.now, method: 'GET', route: '/api/admin/inbox/:id', status: 200 }]);
    expect(JSON.stringify(log)).not.toContain(intake);
    expect(log.key.lastUsedAt).toBe(kit.clock.now);
  });

  it('refuses a read-only key on anything but GET (403, logged) and lets a read-write key write without CSRF', async () => {
    const intake = await kit.submit();
    const reader = await create('Reporting', 'read');
    const writer = await create('Own script', 'read-write');
    const before = await tableCounts(kit.db);
    const refused = await withKey(`/api/admin/inbox/${intake}/notes`, reader.token, { body: { body: 'From a key' } });
    expect(refused.status).toBe(403);
    expect(await problemType(refused)).toBe(problemTypes.apiKeyScope);
    const after = await tableCounts(kit.db);
    expect({ ...after, api_key_uses: 0 }).toEqual({ ...before, api_key_uses: 0 });
    expect((await uses(reader.key.id)).uses).toEqual([
      { at: kit.clock.now, method: 'POST', route: '/api/admin/inbox/:id/notes', status: 403 },
    ]);

    const written = await withKey(`/api/admin/inbox/${intake}/notes`, writer.token, { body: { body: 'From a key' } });
    expect(written.status).toBe(201);
    expect(((await written.json()) as { author: { id: string } }).author.id).toBe(kit.admin.userId);
    expect((await uses(writer.key.id)).uses[0]).toMatchObject({ method: 'POST', status: 201 });
  });

  it('keeps keys away from managing access: no keys made, listed or revoked with a key, no team or session changes', async () => {
    const writer = await create('Full access', 'read-write');
    const staff = await kit.colleague('staff');
    const attempts = [
      () => withKey('/api/admin/api-keys', writer.token),
      () => withKey('/api/admin/api-keys', writer.token, { body: { name: 'Sneaky', scope: 'read-write' } }),
      () => withKey(`/api/admin/api-keys/${writer.key.id}`, writer.token, { method: 'DELETE' }),
      () => withKey(`/api/admin/team/${staff.userId}/role`, writer.token, { method: 'PUT', body: { role: 'admin' } }),
      () => withKey('/api/admin/invitations', writer.token, { body: { email: 'x@example.com', role: 'admin' } }),
      () => withKey('/api/admin/session', writer.token),
    ];
    for (const attempt of attempts) {
      kit.clock.now += 60_000; // a fresh rate-limit window each time
      const res = await attempt();
      expect(res.status).toBe(403);
      expect(await problemType(res)).toBe(problemTypes.apiKeyScope);
    }
    expect((await uses(writer.key.id)).uses.map((u) => u.status)).toEqual([403, 403, 403, 403, 403, 403]);
    // Staff neither list nor make keys.
    expect((await kit.call('/api/admin/api-keys', { session: staff })).status).toBe(403);
    const made = await kit.call('/api/admin/api-keys', { session: staff, body: { name: 'x', scope: 'read' } });
    expect(made.status).toBe(403);
  });

  it('refuses a revoked key (401) and logs the attempt; revoking twice keeps the first time', async () => {
    const created = await create('Old integration', 'read-write');
    expect((await withKey('/api/admin/inbox', created.token)).status).toBe(200);
    kit.clock.now += 1000;
    const revokedAt = kit.clock.now;
    const revoked = await kit.call(`/api/admin/api-keys/${created.key.id}`, { method: 'DELETE', session: kit.admin });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as ApiKey).revokedAt).toBe(revokedAt);
    kit.clock.now += 1000;
    const again = await kit.call(`/api/admin/api-keys/${created.key.id}`, { method: 'DELETE', session: kit.admin });
    expect(((await again.json()) as ApiKey).revokedAt).toBe(revokedAt);

    const res = await withKey('/api/admin/inbox', created.token);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await problemType(res)).toBe(problemTypes.invalidApiKey);
    expect((await uses(created.key.id)).uses.map((u) => u.status)).toEqual([401, 200]);
    // Without CSRF a revoke through the session is refused like every other change.
    const other = await create('Another', 'read');
    const noCsrf = await kit.call(`/api/admin/api-keys/${other.key.id}`, {
      method: 'DELETE',
      session: kit.admin,
      csrf: false,
    });
    expect(noCsrf.status).toBe(403);
  });

  it('refuses unknown, malformed and other schemes with 401 problem+json, and stores nothing', async () => {
    const before = await tableCounts(kit.db);
    const real = await create('Real', 'read');
    const after = await tableCounts(kit.db);
    const forged = `rtk_${'A'.repeat(43)}`;
    const tampered = `${real.token.slice(0, -1)}${real.token.endsWith('A') ? 'B' : 'A'}`;
    for (const authorization of [
      `Bearer ${forged}`,
      `Bearer ${tampered}`,
      'Bearer rtk_short',
      `Bearer ${'x'.repeat(5000)}`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      'Bearer',
      '',
    ]) {
      const res = await kit.call('/api/admin/inbox', { headers: { authorization } });
      expect(res.status).toBe(401);
      expect(await problemType(res)).toBe(problemTypes.invalidApiKey);
    }
    expect(await tableCounts(kit.db)).toEqual(after);
    expect(after.api_keys).toBe((before.api_keys ?? 0) + 1);
  });

  it('rate-limits each key on its own: 429 with Retry-After, logged; the next minute starts afresh', async () => {
    kit.clock.now = Math.ceil(kit.clock.now / 60_000) * 60_000 + 10_000;
    const busy = await create('Busy', 'read');
    const calm = await create('Calm', 'read');
    const statuses: number[] = [];
    for (let i = 0; i <= perMinute; i++) statuses.push((await withKey('/api/admin/inbox', busy.token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await withKey('/api/admin/inbox', busy.token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('50');
    expect(await problemType(limited)).toBe(problemTypes.rateLimited);
    expect((await withKey('/api/admin/inbox', calm.token)).status).toBe(200);
    expect((await uses(busy.key.id)).uses.filter((u) => u.status === 429)).toHaveLength(2);
    kit.clock.now += 50_000;
    expect((await withKey('/api/admin/inbox', busy.token)).status).toBe(200);
  });

  it('refuses bad input with 4xx problems and stores nothing; another firm sees none of the keys', async () => {
    const before = await tableCounts(kit.db);
    for (const body of [
      { name: '', scope: 'read' },
      { name: '   ', scope: 'read' },
      { name: 'x'.repeat(81), scope: 'read' },
      { name: 'Zap', scope: 'admin' },
      { name: 'Zap', scope: 'read', token: 'rtk_chosen' },
      [],
    ]) {
      expect((await kit.call('/api/admin/api-keys', { session: kit.admin, body })).status).toBe(422);
    }
    const plain = await kit.call('/api/admin/api-keys', {
      session: kit.admin,
      body: '{"name":"Zap","scope":"read"}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    const broken = await kit.call('/api/admin/api-keys', { session: kit.admin, body: '{"name":' });
    expect(broken.status).toBe(400);
    const badCursor = await kit.call('/api/admin/api-keys/x/uses?cursor=DROP', { session: kit.admin });
    expect(badCursor.status).toBe(422);
    expect(await tableCounts(kit.db)).toEqual(before);

    const mine = await create('Mine', 'read');
    const foreign = await kit.otherFirm('admin');
    const theirs = (await (await kit.call('/api/admin/api-keys', { session: foreign.session })).json()) as ApiKeyList;
    expect(theirs.keys).toEqual([]);
    for (const [path, method] of [
      [`/api/admin/api-keys/${mine.key.id}`, 'DELETE'],
      [`/api/admin/api-keys/${mine.key.id}/uses`, 'GET'],
    ] as const) {
      expect((await kit.call(path, { method, session: foreign.session })).status).toBe(404);
    }
    // A key reads its own firm only.
    const intakeOfOther = await withKey(`/api/admin/sites/${foreign.siteId}`, mine.token);
    expect(intakeOfOther.status).toBe(404);
  });

  it('pages the use log newest first', async () => {
    const created = await create('Chatty', 'read');
    kit.clock.now = Math.ceil(kit.clock.now / 60_000) * 60_000;
    // Over a few minutes, so the rate limit lets every request through.
    for (let i = 0; i < 104; i++) {
      if (i % perMinute === 0) kit.clock.now += 60_000;
      await withKey('/api/admin/sites', created.token);
    }
    const first = await uses(created.key.id);
    expect(first.uses).toHaveLength(100);
    expect(first.next).not.toBeNull();
    const second = apiKeyUses.parse(
      await (
        await kit.call(`/api/admin/api-keys/${created.key.id}/uses?cursor=${first.next}`, { session: kit.admin })
      ).json(),
    );
    expect(second.uses).toHaveLength(4);
    expect(second.next).toBeNull();
    const times = [...first.uses, ...second.uses].map((u) => u.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('stops the keys of a member who was removed from the team', async () => {
    const colleague = await kit.colleague('admin');
    const created = await create('Theirs', 'read', colleague);
    expect((await withKey('/api/admin/inbox', created.token)).status).toBe(200);
    expect(
      (await kit.call(`/api/admin/team/${colleague.userId}`, { method: 'DELETE', session: kit.admin })).status,
    ).toBe(200);
    expect((await withKey('/api/admin/inbox', created.token)).status).toBe(401);
  });

  it('keeps a year of uses: the retention purge drops older ones', async () => {
    const created = await create('Yearly', 'read');
    expect((await withKey('/api/admin/sites', created.token)).status).toBe(200);
    const usedAt = kit.clock.now;
    kit.clock.now += apiKeyUsesKeepMs;
    // A year on, the session is long gone; the key is not.
    kit.admin = await kit.signIn('hana@harborvale.example', adminPassword);
    expect((await withKey('/api/admin/sites', created.token)).status).toBe(200);
    expect((await uses(created.key.id)).uses.map((u) => u.at)).toEqual([kit.clock.now, usedAt]);
    const report = await runPurges(kit.storage.db, kit.cipher, kit.clock.now + 1);
    expect(report.failed).toEqual([]);
    expect((await uses(created.key.id)).uses.map((u) => u.at)).toEqual([kit.clock.now]);
  });
});
