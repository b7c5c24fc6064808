/**
 * The answer to every way of signing in (setup, sign-in, accepting an invitation): a fresh
 * session, its cookie, and `adminSession` with the CSRF token the SPA must echo.
 * Any session the browser already had is ended first: the id always changes at sign-in.
 *
 * @example
 *   return startSession(c, deps, userId, 200);
 */
import type { AdminSession } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminDeps } from '../http/admin-deps.ts';
import { isSecureRequest } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { readSessionCookie, setSessionCookie } from './cookies.ts';
import { createSession, endSession, findSession } from './sessions.ts';
import { hashToken } from './tokens.ts';

export async function startSession(
  c: Context,
  deps: Pick<AdminDeps, 'db' | 'now' | 'publicUrl' | 'trustProxy'>,
  userId: string,
  status: 200 | 201,
): Promise<Response> {
  const mode = { secure: isSecureRequest(c, deps) };
  const previous = readSessionCookie(c.req.header('cookie'), mode);
  if (previous) await endSession(deps.db, hashToken(previous));
  const now = deps.now();
  const { token } = await createSession(deps.db, userId, now);
  const user = await findSession(deps.db, token, now);
  if (!user) throw new Error('A session just created was not found');
  const { csrfToken, sessionHash: _, ...adminUser } = user;
  const body: AdminSession = { user: adminUser, csrfToken };
  return jsonResponse(status, body, { 'set-cookie': setSessionCookie(token, mode) });
}
