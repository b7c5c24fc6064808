/**
 * The first admin: created from the one-time setup link printed at start, or from
 * RETAINER_ADMIN_EMAIL / RETAINER_ADMIN_PASSWORD for unattended installs. Creating it makes
 * the firm, which claims every site without one (the seeded demo site).
 *
 * @example
 *   const { setupLink } = await prepareFirstAdmin(db, { baseUrl: 'http://localhost:8787', now: Date.now() });
 *   if (setupLink) console.log(`Create the first admin: ${setupLink}`);
 */
import { randomUUID } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { ProblemError } from '../errors/index.ts';
import type { Db } from '../storage/database.ts';
import { hashPassword } from './password.ts';
import { hashToken, newToken } from './tokens.ts';

export const setupTokenTtlMs = 24 * 3_600_000;
const invalidToken = () => new ProblemError(403, problemTypes.invalidToken);

export type FirstAdmin = { firmName: string; name: string; email: string; password: string };

export async function firstAdminNeeded(db: Db): Promise<boolean> {
  return !(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

/**
 * Creates firm and admin once: a second call (a race, a replayed link) is a 403 `invalid-token`.
 * `setupToken` is required unless the caller is the unattended install.
 */
export async function createFirstAdmin(
  db: Db,
  admin: FirstAdmin,
  options: { setupToken?: string; now: number; passwordCost?: { logN: number; r: number; p: number } | undefined },
): Promise<string> {
  const { now } = options;
  const passwordHash = await hashPassword(admin.password, options.passwordCost);
  const userId = randomUUID();
  const firmId = randomUUID();
  return db.transaction().execute(async (trx) => {
    // Write first: it takes SQLite's write lock up front, and its key makes a second setup a no-op.
    const claimed = await trx
      .insertInto('retainer_meta')
      .values({ key: 'first_admin', value: userId })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) throw invalidToken();
    if (options.setupToken !== undefined) {
      const token = await trx
        .selectFrom('setup_tokens')
        .select('token_hash')
        .where('token_hash', '=', hashToken(options.setupToken))
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!token) throw invalidToken();
    }
    if (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()) throw invalidToken();
    await trx.insertInto('firms').values({ id: firmId, name: admin.firmName, created_at: now }).execute();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        firm_id: firmId,
        email: admin.email,
        name: admin.name,
        role: 'admin',
        password_hash: passwordHash,
        created_at: now,
      })
      .execute();
    await trx.updateTable('sites').set({ firm_id: firmId }).where('firm_id', 'is', null).execute();
    await trx.deleteFrom('setup_tokens').execute();
    return userId;
  });
}

/** A new one-time token (each start prints its own; all die once the admin exists). */
export async function issueSetupToken(db: Db, now: number): Promise<string> {
  const token = newToken();
  await db.deleteFrom('setup_tokens').where('expires_at', '<=', now).execute();
  await db
    .insertInto('setup_tokens')
    .values({ token_hash: hashToken(token), created_at: now, expires_at: now + setupTokenTtlMs })
    .execute();
  return token;
}

export type PrepareOptions = {
  /** Where the dashboard is reached, for the printed link: `http://localhost:8787`. */
  baseUrl: string;
  now: number;
  /** From RETAINER_ADMIN_EMAIL / _PASSWORD (and optional _NAME, RETAINER_FIRM_NAME). */
  unattended?: FirstAdmin | undefined;
  passwordCost?: { logN: number; r: number; p: number } | undefined;
};

/** At start: sites without a firm join the first firm; with no admin yet, create one or hand out a setup link. */
export async function prepareFirstAdmin(
  db: Db,
  options: PrepareOptions,
): Promise<{ setupLink?: string; createdAdmin?: string }> {
  if (!(await firstAdminNeeded(db))) {
    const firm = await db.selectFrom('firms').select('id').orderBy('created_at').limit(1).executeTakeFirst();
    if (firm) await db.updateTable('sites').set({ firm_id: firm.id }).where('firm_id', 'is', null).execute();
    return {};
  }
  if (options.unattended) {
    await createFirstAdmin(db, options.unattended, { now: options.now, passwordCost: options.passwordCost });
    return { createdAdmin: options.unattended.email };
  }
  const token = await issueSetupToken(db, options.now);
  return { setupLink: `${options.baseUrl.replace(/\/+$/, '')}/dashboard/setup#token=${token}` };
}
