/**
 * The answer to every way of signing in (setup, sign-in, accepting an invitation): a fresh
 * session, its cookie, and `adminSession` with the CSRF token the SPA must echo.
 * Any session the browser already had is ended first: the id always changes at sign-in.
 *
 * @example
 *   return startSession(c, deps, userId, 200);
 */
import type { AdminSession, SessionStep } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { SessionUser } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { isSecureRequest } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { pendingStep } from '../two-factor/session-step.ts';
import { readSessionCookie, setSessionCookie } from './cookies.ts';
import { createSession, endSession, findSession } from './sessions.ts';
import { hashToken } from './tokens.ts';

/** What the SPA is told about a session: never its hash. */
export function sessionBody({ csrfToken, sessionHash: _, pending, ...user }: SessionUser): AdminSession {
  return pending ? { user, csrfToken, pending } : { user, csrfToken };
}

/**
 * `pending`: what the new session still lacks (issue 17); by default worked out from the member's
 * two-factor state and the firm's requirement. The second-factor route passes null once it has checked.
 */
export async function startSession(
  c: Context,
  deps: Pick<AdminDeps, 'db' | 'now' | 'publicUrl' | 'trustProxy'>,
  userId: string,
  status: 200 | 201,
  pending?: SessionStep | null,
): Promise<Response> {
  const mode = { secure: isSecureRequest(c, deps) };
  const previous = readSessionCookie(c.req.header('cookie'), mode);
  if (previous) await endSession(deps.db, hashToken(previous));
  const now = deps.now();
  const step = pending === undefined ? await pendingStep(deps.db, userId) : pending;
  const { token } = await createSession(deps.db, userId, now, step);
  const user = await findSession(deps.db, token, now);
  if (!user) throw new Error('A session just created was not found');
  return jsonResponse(status, sessionBody(user), { 'set-cookie': setSessionCookie(token, mode) });
}
