/**
 * The gate in front of every signed-in admin route: a live session (else 401), the session's
 * CSRF token in `X-CSRF-Token` on anything that changes state (else 403), and, for
 * admin-only routes, the admin role (else 403).
 *
 * @example
 *   api.use('*', requireSession(deps));
 *   api.post('/invitations', requireAdmin, invite);
 */
import { problemTypes } from '@retainer/schema';
import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { isSecureRequest } from '../http/request-info.ts';
import { readSessionCookie } from './cookies.ts';
import { findSession } from './sessions.ts';
import { sameSecret } from './tokens.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireSession(deps: Pick<AdminDeps, 'db' | 'now' | 'publicUrl' | 'trustProxy'>) {
  const gate: MiddlewareHandler<AdminEnv> = async function requireSessionGate(c, next) {
    const token = readSessionCookie(c.req.header('cookie'), { secure: isSecureRequest(c, deps) });
    const user = token ? await findSession(deps.db, token, deps.now()) : undefined;
    if (!user) throw new ProblemError(401, problemTypes.unauthenticated);
    if (!safeMethods.has(c.req.method) && !sameSecret(c.req.header('x-csrf-token') ?? '', user.csrfToken)) {
      throw new ProblemError(403, problemTypes.csrf);
    }
    c.set('user', user);
    await next();
  };
  return gate;
}

export const requireAdmin: MiddlewareHandler<AdminEnv> = async function requireAdminRole(c, next) {
  if (c.get('user').role !== 'admin') throw new ProblemError(403, problemTypes.forbidden);
  await next();
};
