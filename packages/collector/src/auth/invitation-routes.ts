/**
 * Colleagues join by invitation: an admin invites an email as `admin` or `staff` and gets a
 * link to send themselves (no mail server needed); the colleague previews it, picks a name
 * and password, and is signed in. Links are single-use and expire after 7 days.
 *
 * @example
 *   api.post('/invitations', requireAdmin, inviteRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import {
  acceptInvitation,
  type InvitationCreated,
  type InvitationPreview,
  invitationToken,
  inviteUser,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound, readAdminJson } from '../http/read-body.ts';
import { publicOrigin } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import type { Db } from '../storage/database.ts';
import { hashPassword } from './password.ts';
import { startSession } from './session-response.ts';
import { hashToken, newToken } from './tokens.ts';

export const invitationTtlMs = 7 * 86_400_000;

const emailTaken = () =>
  new ProblemError(409, problemTypes.conflict, { errors: [{ path: 'email', code: 'already_registered' }] });

async function emailRegistered(db: Db, email: string): Promise<boolean> {
  return Boolean(await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst());
}

export function inviteRoute(deps: AdminDeps) {
  return async function handleInvite(c: Context<AdminEnv>): Promise<Response> {
    const { email, role } = await readAdminJson(c, inviteUser);
    const user = c.get('user');
    if (await emailRegistered(deps.db, email)) throw emailTaken();
    const now = deps.now();
    const token = newToken();
    const id = randomUUID();
    // Inviting the same email again replaces the earlier, unused link.
    await deps.db
      .deleteFrom('invitations')
      .where('firm_id', '=', user.firmId)
      .where('email', '=', email)
      .where('accepted_at', 'is', null)
      .execute();
    await deps.db
      .insertInto('invitations')
      .values({
        id,
        firm_id: user.firmId,
        email,
        role,
        token_hash: hashToken(token),
        invited_by: user.id,
        created_at: now,
        expires_at: now + invitationTtlMs,
        accepted_at: null,
      })
      .execute();
    const body: InvitationCreated = {
      id,
      email,
      role,
      createdAt: now,
      expiresAt: now + invitationTtlMs,
      link: `${publicOrigin(c, deps)}/dashboard/invite#token=${token}`,
    };
    return jsonResponse(201, body);
  };
}

export function revokeInvitationRoute(deps: AdminDeps) {
  return async function handleRevokeInvitation(c: Context<AdminEnv>): Promise<Response> {
    const result = await deps.db
      .deleteFrom('invitations')
      .where('id', '=', c.req.param('id') ?? '')
      .where('firm_id', '=', c.get('user').firmId)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound();
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };
}

async function openInvitation(db: Db, token: string, now: number) {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('firms', 'firms.id', 'invitations.firm_id')
    .select([
      'invitations.id',
      'invitations.firm_id',
      'invitations.email',
      'invitations.role',
      'invitations.expires_at',
      'firms.name as firm_name',
    ])
    .where('invitations.token_hash', '=', hashToken(token))
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) throw new ProblemError(403, problemTypes.invalidToken);
  return row;
}

export function previewInvitationRoute(deps: AdminDeps) {
  return async function handlePreviewInvitation(c: Context): Promise<Response> {
    const { token } = await readAdminJson(c, invitationToken);
    const row = await openInvitation(deps.db, token, deps.now());
    const body: InvitationPreview = {
      email: row.email,
      role: row.role,
      firmName: row.firm_name,
      expiresAt: row.expires_at,
    };
    return jsonResponse(200, body);
  };
}

export function acceptInvitationRoute(deps: AdminDeps) {
  return async function handleAcceptInvitation(c: Context): Promise<Response> {
    const { token, name, password } = await readAdminJson(c, acceptInvitation);
    const invitation = await openInvitation(deps.db, token, deps.now());
    if (await emailRegistered(deps.db, invitation.email)) throw emailTaken();
    const passwordHash = await hashPassword(password, deps.passwordCost);
    const userId = randomUUID();
    const now = deps.now();
    await deps.db.transaction().execute(async (trx) => {
      // The conditional update comes first: of two concurrent accepts, only one flips accepted_at.
      const taken = await trx
        .updateTable('invitations')
        .set({ accepted_at: now })
        .where('id', '=', invitation.id)
        .where('accepted_at', 'is', null)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 0) throw new ProblemError(403, problemTypes.invalidToken);
      await trx
        .insertInto('users')
        .values({
          id: userId,
          firm_id: invitation.firm_id,
          email: invitation.email,
          name,
          role: invitation.role,
          password_hash: passwordHash,
          created_at: now,
        })
        .execute();
    });
    return startSession(c, deps, userId, 201);
  };
}
