/**
 * Forgot password for staff (issue 15), reachable without a session:
 * - `POST /api/admin/password-reset` {email, lang?} → 202, the same for a known and an unknown address;
 *   a known one gets an email with a single-use link valid 30 minutes (`/dashboard/reset-password#token=…`,
 *   a fragment so the token stays out of server logs and Referer headers). Only its SHA-256 is stored.
 * - `POST /api/admin/password-reset/check` {token} → {valid}, so the screen can say at once that a link expired.
 * - `POST /api/admin/password-reset/confirm` {token, password} → 204; every session of the account ends.
 * Requests are rate-limited per client address and per account (hashed), unknown accounts alike.
 *
 * @example
 *   api.post('/password-reset', requestResetRoute(deps));
 */
import { problemTypes } from '@retainer/schema';
import {
  type PasswordResetState,
  passwordResetCheck,
  passwordResetConfirm,
  passwordResetRequest,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import { accessEntry, recordAccessIn } from '../access-log/record.ts';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { hashPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { readAdminJson } from '../http/read-body.ts';
import { clientAddress, publicOrigin } from '../http/request-info.ts';
import { enforceRateLimits, type RateRule, rateStoreOf } from '../rate-limit/index.ts';
import { jsonResponse } from '../respond.ts';

export const resetTtlMs = 30 * 60_000;
export const resetRules = {
  perAddress: { max: 10, windowMs: 15 * 60_000 },
  perAccount: { max: 3, windowMs: 60 * 60_000 },
} satisfies Record<string, RateRule>;

const invalidLink = () => new ProblemError(403, problemTypes.invalidToken);

export function requestResetRoute(deps: AdminDeps) {
  const db = deps.db;
  const rates = rateStoreOf(deps);
  return async function handleRequestReset(c: Context): Promise<Response> {
    const { email, lang } = await readAdminJson(c, passwordResetRequest);
    const now = deps.now();
    await enforceRateLimits(
      rates,
      [
        { key: `reset:address:${clientAddress(c, deps)}`, rule: resetRules.perAddress },
        { key: `reset:account:${email}`, rule: resetRules.perAccount },
      ],
      now,
    );
    const user = await db.selectFrom('users').select(['id', 'email']).where('email', '=', email).executeTakeFirst();
    if (user) {
      const token = newToken();
      const link = `${publicOrigin(c, deps)}/dashboard/reset-password#token=${token}`;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('password_resets')
          .values({
            token_hash: hashToken(token),
            user_id: user.id,
            created_at: now,
            expires_at: now + resetTtlMs,
            used_at: null,
          })
          .execute();
        // Housekeeping: this account's spent and expired links go.
        await trx
          .deleteFrom('password_resets')
          .where('user_id', '=', user.id)
          .where((eb) => eb.or([eb('expires_at', '<=', now), eb('used_at', 'is not', null)]))
          .execute();
        await deps.outbox.enqueueEmail(trx, {
          site: '',
          template: 'password-reset',
          locale: lang ?? 'en',
          to: user.email,
          data: { link, expiresAt: now + resetTtlMs },
          reason: 'auth.password_reset',
          subjectRef: `user:${user.id}`,
        });
      });
      deps.outbox.wake();
    }
    return jsonResponse(202, { accepted: true });
  };
}

async function openReset(deps: AdminDeps, token: string) {
  return deps.db
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', deps.now())
    .executeTakeFirst();
}

export function checkResetRoute(deps: AdminDeps) {
  return async function handleCheckReset(c: Context): Promise<Response> {
    const { token } = await readAdminJson(c, passwordResetCheck);
    const body: PasswordResetState = { valid: (await openReset(deps, token)) !== undefined };
    return jsonResponse(200, body);
  };
}

export function confirmResetRoute(deps: AdminDeps) {
  return async function handleConfirmReset(c: Context): Promise<Response> {
    const { token, password } = await readAdminJson(c, passwordResetConfirm);
    const reset = await openReset(deps, token);
    if (!reset) throw invalidLink();
    const passwordHash = await hashPassword(password, deps.passwordCost);
    const now = deps.now();
    await deps.db.transaction().execute(async (trx) => {
      // The conditional update first: of two concurrent uses of one link, only one wins.
      const taken = await trx
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('token_hash', '=', reset.token_hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 0) throw invalidLink();
      // Issue 17: the firm's access log records the reset, with the change.
      const member = await trx.selectFrom('users').select('firm_id').where('id', '=', reset.user_id).executeTakeFirst();
      if (member) {
        const actor = { firmId: member.firm_id, userId: reset.user_id };
        await recordAccessIn(trx, accessEntry(c as Context<AdminEnv>, deps, { action: 'password.reset', actor }));
      }
      await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', reset.user_id).execute();
      // Whoever had the old password is signed out everywhere.
      await trx.deleteFrom('sessions').where('user_id', '=', reset.user_id).execute();
      // Other links sent for this account stop working too.
      await trx
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('user_id', '=', reset.user_id)
        .where('used_at', 'is', null)
        .execute();
    });
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };
}
