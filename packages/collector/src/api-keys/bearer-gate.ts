/**
 * `Authorization: Bearer rtk_…` on the admin API (issue 16): the key acts as the admin who made it, in that
 * admin's firm, without CSRF (a browser never sends the header on its own). A read-only key may only GET;
 * every key is rate-limited on its own (shared across collectors, in the database); every use — refused ones
 * too — is logged with the method, the route's pattern and the status, never a body, query or address.
 *
 * @example
 *   if (c.req.header('authorization') !== undefined) return apiKeyGate(deps)(c, next);
 */
import { problemTypes } from '@retainer/schema';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { hitRateLimit, type RateRule, rateStoreOf } from '../rate-limit/index.ts';
import { findKey, recordUse } from './key-store.ts';

/** 300 requests a minute per key: a busy Zap polls far less; a runaway script is cut off within a minute. */
export const defaultApiKeyRate: RateRule = { max: 300, windowMs: 60_000 };

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const challenge = { 'www-authenticate': 'Bearer realm="retainer"' };

const invalidKey = () => new ProblemError(401, problemTypes.invalidApiKey, { headers: challenge });

/** The pattern of the route that answered (`/api/admin/inbox/:id`), so ids stay out of the use log. */
function routePattern(c: Context): string {
  const routes = matchedRoutes(c);
  const handler = [...routes].reverse().find((route) => route.method !== 'ALL');
  return (handler ?? routes[routes.length - 1])?.path ?? c.req.path;
}

export function apiKeyGate(deps: Pick<AdminDeps, 'db' | 'now' | 'write'> & { apiKeyRate?: RateRule | undefined }) {
  const db = deps.db;
  const rates = rateStoreOf(deps);
  const rate = deps.apiKeyRate ?? defaultApiKeyRate;
  const gate: MiddlewareHandler<AdminEnv> = async function apiKeyBearerGate(c, next: Next) {
    const match = /^Bearer +(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const key = match?.[1] ? await findKey(db, match[1]) : undefined;
    if (!key) throw invalidKey();
    const log = (status: number) =>
      recordUse(db, key.id, { method: c.req.method, route: routePattern(c), status }, deps.now());
    const refuse = async (error: ProblemError) => {
      await log(error.status);
      throw error;
    };
    if (key.revoked) return refuse(invalidKey());
    const verdict = await hitRateLimit(rates, `api-key:${key.id}`, rate, deps.now());
    if (!verdict.allowed) {
      const retryAfter = String(Math.ceil(verdict.retryAfterMs / 1000));
      return refuse(new ProblemError(429, problemTypes.rateLimited, { headers: { 'retry-after': retryAfter } }));
    }
    if (key.scope === 'read' && !readMethods.has(c.req.method)) {
      return refuse(new ProblemError(403, problemTypes.apiKeyScope, { detail: 'This key is read-only.' }));
    }
    c.set('user', { ...key.user, csrfToken: '', sessionHash: '', pending: null, apiKeyId: key.id });
    try {
      await next();
    } catch (error) {
      await log(error instanceof ProblemError ? error.status : 500);
      throw error;
    }
    await log(c.res.status);
  };
  return gate;
}

/** On routes that manage access (keys, team, invitations, the session itself): signed-in people only. */
export const refuseApiKeys: MiddlewareHandler<AdminEnv> = async function refuseApiKeys(c, next) {
  if (c.get('user').apiKeyId !== undefined) {
    throw new ProblemError(403, problemTypes.apiKeyScope, { detail: 'Sign in to manage access.' });
  }
  await next();
};
