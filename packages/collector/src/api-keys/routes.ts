/**
 * `/api/admin/api-keys` (issue 16, admins, signed in — a key cannot manage keys): list the firm's keys,
 * create one (its token is in this answer only), revoke one, and read a key's use log.
 *
 * @example
 *   api.post('/api-keys', refuseApiKeys, requireAdmin, createApiKeyRoute(deps));
 */
import { issuesToErrors, problemTypes } from '@retainer/schema';
import { type ApiKeyCreated, type ApiKeyUses, apiKeyUsesQuery, createApiKey } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { createKey, getKey, listKeys, listUses, revokeKey } from './key-store.ts';

/** More live keys than any firm needs: a runaway script creating keys stops here. */
export const maxLiveKeys = 50;

export function listApiKeysRoute(deps: AdminDeps) {
  return async function handleListApiKeys(c: Context<AdminEnv>): Promise<Response> {
    return jsonResponse(200, { keys: await listKeys(deps.db, c.get('user').firmId) });
  };
}

export function createApiKeyRoute(deps: AdminDeps) {
  return async function handleCreateApiKey(c: Context<AdminEnv>): Promise<Response> {
    const input = await readAdminJson(c, createApiKey);
    const user = c.get('user');
    const db = deps.db;
    const { live } = await db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<string | number>().as('live'))
      .where('firm_id', '=', user.firmId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(live) >= maxLiveKeys) {
      throw new ProblemError(409, problemTypes.conflict, { detail: `At most ${maxLiveKeys} keys: revoke one first.` });
    }
    const { id, token } = await createKey(db, { firmId: user.firmId, userId: user.id, ...input }, deps.now());
    const key = await getKey(db, user.firmId, id);
    if (!key) throw notFound();
    const body: ApiKeyCreated = { key, token };
    return jsonResponse(201, body);
  };
}

export function revokeApiKeyRoute(deps: AdminDeps) {
  return async function handleRevokeApiKey(c: Context<AdminEnv>): Promise<Response> {
    const db = deps.db;
    const firmId = c.get('user').firmId;
    const id = c.req.param('id') ?? '';
    await revokeKey(db, firmId, id, deps.now());
    const key = await getKey(db, firmId, id);
    if (!key) throw notFound();
    return jsonResponse(200, key);
  };
}

export function apiKeyUsesRoute(deps: AdminDeps) {
  return async function handleApiKeyUses(c: Context<AdminEnv>): Promise<Response> {
    const parsed = apiKeyUsesQuery.safeParse(c.req.query());
    if (!parsed.success) {
      throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
    }
    const db = deps.db;
    const key = await getKey(db, c.get('user').firmId, c.req.param('id') ?? '');
    if (!key) throw notFound();
    const body: ApiKeyUses = { key, ...(await listUses(db, key.id, parsed.data.cursor)) };
    return jsonResponse(200, body);
  };
}
