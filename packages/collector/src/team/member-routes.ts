/**
 * `DELETE /api/admin/team/:id` and `PUT /api/admin/team/:id/role` (issue 17, admins only): remove a
 * member or change their role. A removed member's sessions end in the same transaction; the row stays
 * (email and password voided) so their assignments, notes and updates keep a name, shown as a former
 * member. The firm's last admin can be neither removed nor made staff (409 `last-admin`).
 *
 * @example
 *   api.delete('/team/:id', requireAdmin, removeMemberRoute(deps));
 */
import { problemTypes } from '@retainer/schema';
import { changeMemberRole } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { teamRoute } from '../auth/team-route.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound, readAdminJson } from '../http/read-body.ts';
import type { Db } from '../storage/database.ts';

type Change = { kind: 'remove' } | { kind: 'role'; role: 'admin' | 'staff' };

async function changeMember(db: Db, firmId: string, memberId: string, change: Change, now: number) {
  await db.transaction().execute(async (trx) => {
    // A no-op write on the firm row: concurrent changes to one firm's team queue here (a row lock on
    // PostgreSQL, the write lock on SQLite), so two admins demoting each other cannot both succeed.
    await trx
      .updateTable('firms')
      .set((eb) => ({ name: eb.ref('name') }))
      .where('id', '=', firmId)
      .execute();
    const member = await trx
      .selectFrom('users')
      .select(['id', 'role'])
      .where('id', '=', memberId)
      .where('firm_id', '=', firmId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (!member) throw notFound();
    const losesAdmin = member.role === 'admin' && (change.kind === 'remove' || change.role === 'staff');
    if (losesAdmin) {
      const { admins } = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number>().as('admins'))
        .where('firm_id', '=', firmId)
        .where('role', '=', 'admin')
        .where('removed_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(admins) <= 1) {
        throw new ProblemError(409, problemTypes.lastAdmin, {
          detail: 'Make another member an admin first.',
        });
      }
    }
    if (change.kind === 'role') {
      await trx.updateTable('users').set({ role: change.role }).where('id', '=', member.id).execute();
      return;
    }
    // Voided so the address can be invited again and no sign-in or reset can reach this row.
    await trx
      .updateTable('users')
      .set({ removed_at: now, email: `removed:${member.id}`, password_hash: '!' })
      .where('id', '=', member.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', member.id).execute();
  });
}

export function removeMemberRoute(deps: AdminDeps) {
  const answer = teamRoute(deps);
  return async function handleRemoveMember(c: Context<AdminEnv>): Promise<Response> {
    const user = c.get('user');
    await changeMember(deps.db, user.firmId, c.req.param('id') ?? '', { kind: 'remove' }, deps.now());
    // An admin who removed themselves has no session left: nothing to show them.
    if (c.req.param('id') === user.id) return new Response(null, { status: 204 });
    return answer(c);
  };
}

export function changeRoleRoute(deps: AdminDeps) {
  const answer = teamRoute(deps);
  return async function handleChangeRole(c: Context<AdminEnv>): Promise<Response> {
    const { role } = await readAdminJson(c, changeMemberRole);
    const user = c.get('user');
    await changeMember(deps.db, user.firmId, c.req.param('id') ?? '', { kind: 'role', role }, deps.now());
    // Demoting oneself: the answer is read with the new role (no invitations).
    if (c.req.param('id') === user.id) c.set('user', { ...user, role });
    return answer(c);
  };
}
