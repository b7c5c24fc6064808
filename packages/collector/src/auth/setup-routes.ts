/**
 * `GET /api/admin/setup` (is a first admin still needed?) and `POST /api/admin/setup`
 * (create it with the one-time token from the start-up link, and sign in).
 *
 * @example
 *   api.post('/setup', setupRoute(deps));
 */
import { type SetupStatus, setupAdmin } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { createFirstAdmin, firstAdminNeeded } from './first-admin.ts';
import { startSession } from './session-response.ts';

export function setupStatusRoute(deps: AdminDeps) {
  return async function handleSetupStatus(_c: Context): Promise<Response> {
    const body: SetupStatus = { needed: await firstAdminNeeded(deps.db) };
    return jsonResponse(200, body);
  };
}

export function setupRoute(deps: AdminDeps) {
  return async function handleSetup(c: Context): Promise<Response> {
    const { token, ...admin } = await readAdminJson(c, setupAdmin);
    const userId = await createFirstAdmin(deps.db, admin, {
      setupToken: token,
      now: deps.now(),
      passwordCost: deps.passwordCost,
    });
    return startSession(c, deps, userId, 201);
  };
}
