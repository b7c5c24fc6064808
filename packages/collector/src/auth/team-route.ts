/**
 * `GET /api/admin/team`: the firm's colleagues (for assignment) and, for admins, the
 * invitations still waiting.
 *
 * @example
 *   api.get('/team', teamRoute(deps));
 */
import type { Team } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { jsonResponse } from '../respond.ts';

export function teamRoute(deps: AdminDeps) {
  return async function handleTeam(c: Context<AdminEnv>): Promise<Response> {
    const user = c.get('user');
    const users = await deps.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role', 'created_at', 'last_sign_in_at'])
      .where('firm_id', '=', user.firmId)
      .where('removed_at', 'is', null)
      .orderBy('name')
      .execute();
    const invitations =
      user.role === 'admin'
        ? await deps.db
            .selectFrom('invitations')
            .select(['id', 'email', 'role', 'created_at', 'expires_at'])
            .where('firm_id', '=', user.firmId)
            .where('accepted_at', 'is', null)
            .where('expires_at', '>', deps.now())
            .orderBy('created_at', 'desc')
            .execute()
        : [];
    const body: Team = {
      users: users.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        createdAt: Number(u.created_at),
        lastSignInAt: u.last_sign_in_at == null ? null : Number(u.last_sign_in_at),
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        createdAt: i.created_at,
        expiresAt: i.expires_at,
      })),
    };
    return jsonResponse(200, body);
  };
}
