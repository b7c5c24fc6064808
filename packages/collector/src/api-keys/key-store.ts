/**
 * Admin API keys at rest: `rtk_` + 256 random bits (base64url), stored as their SHA-256 only, so a leaked
 * backup holds nothing that opens the API. A key acts as the admin who made it, in that admin's firm;
 * it stops working when revoked or when that member is removed from the team.
 *
 * @example
 *   const { token } = await createKey(db, { firmId, userId, name: 'Zapier', scope: 'read' }, now);
 *   const found = await findKey(db, token); // undefined for unknown, malformed or revoked tokens
 */
import { randomUUID } from 'node:crypto';
import { type ApiKey, type ApiKeyScope, apiKeyPrefix } from '@retainer/schema/admin';
import { hashToken, newToken, sameSecret } from '../auth/tokens.ts';
import { pageAfter, readTimeCursor } from '../http/time-cursor.ts';
import type { Db } from '../storage/database.ts';
import type { ApiKeysTable } from './tables.ts';

/** `rtk_` and 43 base64url characters (32 random bytes). */
const tokenPattern = /^rtk_[A-Za-z0-9_-]{43}$/;

export type FoundKey = {
  id: string;
  scope: ApiKeyScope;
  revoked: boolean;
  user: { id: string; firmId: string; firmName: string; email: string; name: string; role: 'admin' | 'staff' };
};

export async function createKey(
  db: Db,
  input: { firmId: string; userId: string; name: string; scope: ApiKeyScope },
  now: number,
): Promise<{ id: string; token: string }> {
  const token = `${apiKeyPrefix}${newToken()}`;
  const id = randomUUID();
  await db
    .insertInto('api_keys')
    .values({
      id,
      firm_id: input.firmId,
      name: input.name,
      scope: input.scope,
      token_hash: hashToken(token),
      hint: token.slice(0, apiKeyPrefix.length + 4),
      created_by: input.userId,
      created_at: now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}

/** The key a bearer token names, revoked or not (a revoked key's attempts are logged too); else undefined. */
export async function findKey(db: Db, token: string): Promise<FoundKey | undefined> {
  if (!tokenPattern.test(token)) return undefined;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.created_by')
    .innerJoin('firms', 'firms.id', 'api_keys.firm_id')
    .select([
      'api_keys.id',
      'api_keys.scope',
      'api_keys.token_hash',
      'api_keys.revoked_at',
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.role',
      'users.removed_at',
      'firms.id as firm_id',
      'firms.name as firm_name',
    ])
    .where('api_keys.token_hash', '=', tokenHash)
    .executeTakeFirst();
  // The index found it by hash; the constant-time check keeps the comparison itself from leaking anything.
  if (!row || !sameSecret(row.token_hash, tokenHash)) return undefined;
  return {
    id: row.id,
    scope: row.scope,
    revoked: row.revoked_at !== null || (row.removed_at ?? null) !== null,
    user: {
      id: row.user_id,
      firmId: row.firm_id,
      firmName: row.firm_name,
      email: row.email,
      name: row.name,
      role: row.role,
    },
  };
}

/** One line in the key's use log, and its last-used time. */
export async function recordUse(
  db: Db,
  keyId: string,
  use: { method: string; route: string; status: number },
  now: number,
): Promise<void> {
  await db
    .insertInto('api_key_uses')
    .values({ id: randomUUID(), key_id: keyId, ...use, at: now })
    .execute();
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', keyId).execute();
}

type KeyRow = Pick<ApiKeysTable, 'id' | 'name' | 'scope' | 'hint' | 'created_at' | 'last_used_at' | 'revoked_at'> & {
  creator_id: string;
  creator_name: string;
};

const toApiKey = (row: KeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  scope: row.scope,
  hint: row.hint,
  createdAt: Number(row.created_at),
  createdBy: { id: row.creator_id, name: row.creator_name },
  lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

const keyColumns = [
  'api_keys.id',
  'api_keys.name',
  'api_keys.scope',
  'api_keys.hint',
  'api_keys.created_at',
  'api_keys.last_used_at',
  'api_keys.revoked_at',
  'users.id as creator_id',
  'users.name as creator_name',
] as const;

export async function listKeys(db: Db, firmId: string): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.created_by')
    .select(keyColumns)
    .where('api_keys.firm_id', '=', firmId)
    .orderBy('api_keys.created_at', 'desc')
    .orderBy('api_keys.id')
    .execute();
  return rows.map(toApiKey);
}

export async function getKey(db: Db, firmId: string, id: string): Promise<ApiKey | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.created_by')
    .select(keyColumns)
    .where('api_keys.firm_id', '=', firmId)
    .where('api_keys.id', '=', id)
    .executeTakeFirst();
  return row ? toApiKey(row) : undefined;
}

/** Revokes at once; revoking again keeps the first time. */
export async function revokeKey(db: Db, firmId: string, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('firm_id', '=', firmId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export const usesPerPage = 100;

export async function listUses(db: Db, keyId: string, cursor: string | undefined) {
  let query = db
    .selectFrom('api_key_uses')
    .select(['id', 'method', 'route', 'status', 'at'])
    .where('key_id', '=', keyId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(usesPerPage + 1);
  if (cursor) {
    const { at, id } = readTimeCursor(cursor);
    query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await query.execute();
  const { page, next } = pageAfter(rows, usesPerPage, (row) => Number(row.at));
  return {
    uses: page.map((r) => ({ at: Number(r.at), method: r.method, route: r.route, status: Number(r.status) })),
    next,
  };
}

/** A year of uses per key: enough to answer "what did this integration do", bounded for a busy one. */
export const apiKeyUsesKeepMs = 365 * 86_400_000;

/** Drops uses older than `before` (run with the retention purges); returns how many went. */
export async function pruneApiKeyUses(db: Db, before: number): Promise<number> {
  const result = await db.deleteFrom('api_key_uses').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
