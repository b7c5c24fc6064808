/**
 * Sessions live in the database (any collector process can check them) under the SHA-256
 * of the cookie value. They end after 12 idle hours or 7 days, or at sign-out.
 *
 * @example
 *   const { token, csrfToken } = await createSession(db, user.id, now);
 *   const user = await findSession(db, token, now); // undefined once expired or ended
 */

import type { SessionUser } from '../admin-api/admin-env.ts';
import type { Db } from '../storage/database.ts';
import { hashToken, newToken } from './tokens.ts';

export const sessionIdleMs = 12 * 3_600_000;
export const sessionMaxMs = 7 * 86_400_000;
/** Writing last_seen on every request would turn reads into writes; a few minutes' slack is harmless. */
const touchEveryMs = 5 * 60_000;

export async function createSession(db: Db, userId: string, now: number) {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: now + sessionMaxMs,
    })
    .execute();
  // Issue 17: admins see when each member last signed in.
  await db.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute();
  // Housekeeping: expired sessions of this user go when a new one starts.
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - sessionIdleMs)]))
    .execute();
  return { token, csrfToken };
}

export async function findSession(db: Db, token: string, now: number): Promise<SessionUser | undefined> {
  const sessionHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('firms', 'firms.id', 'users.firm_id')
    .select([
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.firm_id',
      'firms.name as firm_name',
    ])
    .where('sessions.id_hash', '=', sessionHash)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at <= now || row.last_seen_at <= now - sessionIdleMs) {
    await endSession(db, sessionHash);
    return undefined;
  }
  if (row.last_seen_at < now - touchEveryMs) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', sessionHash).execute();
  }
  return {
    id: row.id,
    firmId: row.firm_id,
    firmName: row.firm_name,
    email: row.email,
    name: row.name,
    role: row.role,
    csrfToken: row.csrf_token,
    sessionHash,
  };
}

export async function endSession(db: Db, sessionHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sessionHash).execute();
}
