import { problemTypes } from '@retainer/schema';
import type { IntakeDetail, Team } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('team management on %s', (kind) => {
  let kit: AdminKit;
  const team = async (session = kit.admin): Promise<Team> => (await kit.call('/api/admin/team', { session })).json();
  const remove = (id: string, session = kit.admin) => kit.call(`/api/admin/team/${id}`, { method: 'DELETE', session });
  const setRole = (id: string, role: unknown, session = kit.admin) =>
    kit.call(`/api/admin/team/${id}/role`, { method: 'PUT', session, body: { role } });

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  it('shows when each member last signed in', async () => {
    const before = kit.clock.now;
    kit.clock.now += 60_000;
    const staff = await kit.colleague('staff');
    const listed = (await team()).users;
    expect(listed.find((u) => u.id === kit.admin.userId)?.lastSignInAt).toBe(before);
    expect(listed.find((u) => u.id === staff.userId)?.lastSignInAt).toBe(before + 60_000);
  });

  it('removes a member: their sessions end at once, their assignments stay as a former member', async () => {
    const staff = await kit.colleague('staff');
    const second = await kit.signIn(staff.email, adminPassword);
    const intake = await kit.submit();
    await kit.call(`/api/admin/inbox/${intake}/assignee`, {
      method: 'PUT',
      session: kit.admin,
      body: { assignee: staff.userId },
    });
    await kit.call(`/api/admin/inbox/${intake}/notes`, { session: staff, body: { body: 'Called back.' } });

    const res = await remove(staff.userId);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Team).users.map((u) => u.id)).not.toContain(staff.userId);
    for (const session of [staff, second]) {
      expect((await kit.call('/api/admin/session', { session })).status).toBe(401);
    }
    expect(
      (await kit.call('/api/admin/session', { body: { email: staff.email, password: adminPassword } })).status,
    ).toBe(401);
    const detail = (await (
      await kit.call(`/api/admin/inbox/${intake}`, { session: kit.admin })
    ).json()) as IntakeDetail;
    expect(detail.assignee).toMatchObject({ id: staff.userId, former: true });
    expect(detail.assignee?.name).not.toBe('');
    expect(detail.notes[0]?.author).toMatchObject({ id: staff.userId, former: true });
    // A former member takes no new assignments, and is not removed twice.
    const assign = await kit.call(`/api/admin/inbox/${intake}/assignee`, {
      method: 'PUT',
      session: kit.admin,
      body: { assignee: staff.userId },
    });
    expect(assign.status).toBe(422);
    expect((await remove(staff.userId)).status).toBe(404);
  });

  it('marks a former member as the author of matter updates', async () => {
    const staff = await kit.colleague('staff');
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', practiceArea: 'family' },
    });
    const { matter } = (await created.json()) as { matter: { id: string } };
    await kit.call(`/api/admin/matters/${matter.id}/updates`, { session: staff, body: { text: 'Filed.' } });
    await remove(staff.userId);
    const detail = (await (await kit.call(`/api/admin/matters/${matter.id}`, { session: kit.admin })).json()) as {
      updates: { authorId: string; authorFormer?: boolean }[];
    };
    expect(detail.updates[0]).toMatchObject({ authorId: staff.userId, authorFormer: true });
  });

  it('changes a role both ways; the new role applies to the open session', async () => {
    const staff = await kit.colleague('staff');
    const promoted = await setRole(staff.userId, 'admin');
    expect(promoted.status).toBe(200);
    expect(((await promoted.json()) as Team).users.find((u) => u.id === staff.userId)?.role).toBe('admin');
    expect((await kit.call('/api/admin/session', { session: staff })).status).toBe(200);
    expect((await setRole(kit.admin.userId, 'admin', staff)).status).toBe(200);
    expect((await setRole(staff.userId, 'staff')).status).toBe(200);
    expect((await remove(kit.admin.userId, staff)).status).toBe(403);
  });

  it('keeps the last admin: neither removed nor demoted (409 last-admin)', async () => {
    const admins = (await team()).users.filter((u) => u.role === 'admin');
    for (const other of admins.filter((u) => u.id !== kit.admin.userId)) {
      expect((await setRole(other.id, 'staff')).status).toBe(200);
    }
    const demoted = await setRole(kit.admin.userId, 'staff');
    expect(demoted.status).toBe(409);
    expect(demoted.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await demoted.json()) as { type: string }).type).toBe(problemTypes.lastAdmin);
    const removed = await remove(kit.admin.userId);
    expect(removed.status).toBe(409);
    expect(((await removed.json()) as { type: string }).type).toBe(problemTypes.lastAdmin);
    expect((await kit.call('/api/admin/session', { session: kit.admin })).status).toBe(200);
  });

  it('refuses staff (403), other firms (404), bad roles (422) and a missing CSRF token', async () => {
    const staff = await kit.colleague('staff');
    const other = await kit.colleague('staff');
    expect((await remove(other.userId, staff)).status).toBe(403);
    expect((await setRole(other.userId, 'admin', staff)).status).toBe(403);
    const foreign = await kit.otherFirm('admin');
    expect((await remove(other.userId, foreign.session)).status).toBe(404);
    expect((await setRole(other.userId, 'admin', foreign.session)).status).toBe(404);
    expect((await setRole(other.userId, 'owner')).status).toBe(422);
    const noCsrf = await kit.call(`/api/admin/team/${other.userId}`, {
      method: 'DELETE',
      session: kit.admin,
      csrf: false,
    });
    expect(noCsrf.status).toBe(403);
    expect((await team()).users.map((u) => u.id)).toContain(other.userId);
  });

  it('frees a removed member’s address for a new invitation', async () => {
    const staff = await kit.colleague('staff');
    await remove(staff.userId);
    const invited = await kit.call('/api/admin/invitations', {
      session: kit.admin,
      body: { email: staff.email, role: 'staff' },
    });
    expect(invited.status).toBe(201);
  });
});
