/**
 * `POST /api/admin/session` (sign in), `GET` (who am I + CSRF token), `DELETE` (sign out).
 * A wrong password and an unknown email get the same answer after the same work (a scrypt
 * check against a dummy hash); failures are throttled per account and per address.
 *
 * @example
 *   api.post('/session', signInRoute(deps));
 */
import { problemTypes } from '@retainer/schema';
import { signIn } from '@retainer/schema/admin';
import type { Context } from 'hono';
import { accessEntry, recordAccess } from '../access-log/record.ts';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { clientAddress, isSecureRequest } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { pendingStep } from '../two-factor/session-step.ts';
import { clearSessionCookie } from './cookies.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { sessionBody, startSession } from './session-response.ts';
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
      .select(['id', 'firm_id', 'password_hash'])
      .where('email', '=', email)
      .executeTakeFirst();
    const ok = user
      ? await verifyPassword(password, user.password_hash)
      : await verifyAgainstDummy(password, deps.passwordCost);
    if (!user || !ok) {
      await recordFailure(deps.db, keys, deps.now());
      // Issue 17: a known account's firm sees the failure in its access log (an unknown email has no firm).
      if (user) {
        const actor = { firmId: user.firm_id, userId: user.id };
        await recordAccess(deps, accessEntry(c, deps, { action: 'signin.failed', actor }));
      }
      throw new ProblemError(401, problemTypes.invalidCredentials);
    }
    // Issue 17: with a second factor to come, the account's failures stand until it is given too,
    // so a known password cannot reset the count of guessed codes; the sign-in is logged once it is complete.
    const pending = await pendingStep(deps.db, user.id);
    if (pending !== 'second-factor') await clearAccountFailures(deps.db, keys);
    const answer = await startSession(c, deps, user.id, 200, pending);
    if (pending !== 'second-factor') {
      const actor = { firmId: user.firm_id, userId: user.id };
      await recordAccess(deps, accessEntry(c, deps, { action: 'signin.succeeded', actor }));
    }
    return answer;
  };
}

export function currentSession(c: Context<AdminEnv>): Response {
  return jsonResponse(200, sessionBody(c.get('user')));
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
