/**
 * `POST /api/admin/session` (sign in), `GET` (who am I + CSRF token), `DELETE` (sign out).
 * A wrong password and an unknown email get the same answer after the same work (a scrypt
 * check against a dummy hash); failures are throttled per account and per address.
 *
 * @example
 *   api.post('/session', signInRoute(deps));
 */
import { problemTypes } from '@retainer/schema';
import { type AdminSession, signIn } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { clientAddress, isSecureRequest } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { clearSessionCookie } from './cookies.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { startSession } from './session-response.ts';
import { endSession } from './sessions.ts';
import { checkSignIn, clearAccountFailures, recordFailure, throttleKeys } from './sign-in-throttle.ts';

export function signInRoute(deps: AdminDeps) {
  return async function handleSignIn(c: Context<AdminEnv>): Promise<Response> {
    const { email, password } = await readAdminJson(c, signIn);
    const keys = throttleKeys(email, clientAddress(c, deps));
    const verdict = await checkSignIn(deps.db, keys, deps.now());
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000);
      throw new ProblemError(429, problemTypes.rateLimited, { headers: { 'retry-after': String(seconds) } });
    }
    const user = await deps.db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('email', '=', email)
      .executeTakeFirst();
    const ok = user
      ? await verifyPassword(password, user.password_hash)
      : await verifyAgainstDummy(password, deps.passwordCost);
    if (!user || !ok) {
      await recordFailure(deps.db, keys, deps.now());
      throw new ProblemError(401, problemTypes.invalidCredentials);
    }
    await clearAccountFailures(deps.db, keys);
    return startSession(c, deps, user.id, 200);
  };
}

export function currentSession(c: Context<AdminEnv>): Response {
  const { csrfToken, sessionHash: _, ...user } = c.get('user');
  const body: AdminSession = { user, csrfToken };
  return jsonResponse(200, body);
}

export function signOutRoute(deps: AdminDeps) {
  return async function handleSignOut(c: Context<AdminEnv>): Promise<Response> {
    await endSession(deps.db, c.get('user').sessionHash);
    return new Response(null, {
      status: 204,
      headers: { 'set-cookie': clearSessionCookie({ secure: isSecureRequest(c, deps) }), 'cache-control': 'no-store' },
    });
  };
}
