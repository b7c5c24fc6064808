/**
 * Two-factor routes (issue 17). Registered in three groups around the session gates, because a
 * session that still lacks its second factor (or its set-up) reaches only what comes before them:
 *
 *   mountSecondFactorRoute(api, deps);   // POST /session/second-factor
 *   api.use('*', refuseStep('second-factor'));
 *   mountEnrolmentRoutes(api, deps);     // GET /me/two-factor, POST …/enrolment, …/enrolment/confirm
 *   api.use('*', refuseStep('two-factor-setup'));
 *   mountTwoFactorRoutes(api, deps);     // turn off, new recovery codes, firm requirement, admin reset
 *
 * Wrong codes count as failed sign-ins (same per-account and per-address limits as passwords).
 */
import { problemTypes } from '@retainer/schema';
import {
  confirmTwoFactorInput,
  firmTwoFactorInput,
  type RecoveryCodes,
  reauthenticateInput,
  secondFactorInput,
  startEnrolmentInput,
  type TwoFactorEnrolment,
} from '@retainer/schema/admin';
import type { Context, Hono } from 'hono';
import { accessEntry, recordAccess } from '../access-log/record.ts';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { requireAdmin } from '../auth/require-session.ts';
import { startSession } from '../auth/session-response.ts';
import { sessionMaxMs } from '../auth/sessions.ts';
import { checkSignIn, clearAccountFailures, recordFailure, throttleKeys } from '../auth/sign-in-throttle.ts';
import { teamRoute } from '../auth/team-route.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound, readAdminJson } from '../http/read-body.ts';
import { clientAddress } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { checkTotp, invalidCode, reauthenticate, twoFactorStatusOf } from './member-two-factor.ts';
import { issueRecoveryCodes, useRecoveryCode } from './recovery-codes.ts';
import { totpAddress } from './tables.ts';
import { matchTotp, newTotpSecret, totpUri } from './totp.ts';

/** The sign-in limits, applied to one more guess at a secret; answers the keys to record a failure under. */
async function throttled(c: Context<AdminEnv>, deps: AdminDeps) {
  const keys = throttleKeys(c.get('user').email, clientAddress(c, deps));
  const verdict = await checkSignIn(deps.db, keys, deps.now());
  if (!verdict.allowed) {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw new ProblemError(429, problemTypes.rateLimited, { headers: { 'retry-after': String(seconds) } });
  }
  return keys;
}

export function mountSecondFactorRoute(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.post('/session/second-factor', async function handleSecondFactor(c) {
    const user = c.get('user');
    if (user.pending !== 'second-factor') throw new ProblemError(409, problemTypes.conflict);
    const keys = await throttled(c, deps);
    const input = await readAdminJson(c, secondFactorInput);
    const ok =
      'code' in input
        ? await checkTotp(deps, user, input.code)
        : await useRecoveryCode(deps.db, user.id, input.recoveryCode, deps.now());
    const actor = { firmId: user.firmId, userId: user.id };
    if (!ok) {
      await recordFailure(deps.db, keys, deps.now());
      await recordAccess(deps, accessEntry(c, deps, { action: 'signin.failed', actor }));
      throw invalidCode(401);
    }
    await clearAccountFailures(deps.db, keys);
    // A new session id for the complete session; the pending one ends. Issue 17: the sign-in is complete now.
    const answer = await startSession(c, deps, user.id, 200, null);
    await recordAccess(deps, accessEntry(c, deps, { action: 'signin.succeeded', actor }));
    return answer;
  });
}

export function mountEnrolmentRoutes(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.get('/me/two-factor', async (c) => jsonResponse(200, await twoFactorStatusOf(deps, c.get('user'))));

  // A new secret to set up (again): kept apart until confirmed, so a half-done set-up never locks anyone out.
  api.post('/me/two-factor/enrolment', async function handleStartEnrolment(c) {
    const user = c.get('user');
    if ((await twoFactorStatusOf(deps, user)).enabled) {
      await confirmIdentity(c, deps, true);
    } else {
      await readAdminJson(c, startEnrolmentInput);
    }
    const secret = newTotpSecret();
    const now = deps.now();
    const sealed = deps.cipher.encrypt(secret, totpAddress(user.firmId, user.id, 'totp.pending'));
    await deps.db
      .insertInto('two_factor')
      .values({
        user_id: user.id,
        firm_id: user.firmId,
        secret: null,
        pending_secret: sealed,
        pending_at: now,
        enabled_at: null,
        last_step: null,
      })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ pending_secret: sealed, pending_at: now }))
      .execute();
    const issuer = `${user.firmName} (Retainer)`.replace(/:/g, ' ');
    const body: TwoFactorEnrolment = { secret, uri: totpUri(secret, issuer, user.email), issuer, account: user.email };
    return jsonResponse(201, body);
  });

  api.post('/me/two-factor/enrolment/confirm', async function handleConfirmEnrolment(c) {
    const { code } = await readAdminJson(c, confirmTwoFactorInput);
    const user = c.get('user');
    const db = deps.db;
    const row = await db
      .selectFrom('two_factor')
      .select(['pending_secret'])
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (!row?.pending_secret) throw new ProblemError(409, problemTypes.conflict, { detail: 'Start the set-up first.' });
    const secret = deps.cipher.decrypt(row.pending_secret, totpAddress(user.firmId, user.id, 'totp.pending'));
    const now = deps.now();
    const step = matchTotp(secret, code, now);
    if (step === null) throw invalidCode(422);
    const recoveryCodes = await db.transaction().execute(async (trx) => {
      const confirmed = await trx
        .updateTable('two_factor')
        .set({
          secret: deps.cipher.encrypt(secret, totpAddress(user.firmId, user.id, 'totp.secret')),
          pending_secret: null,
          pending_at: null,
          enabled_at: now,
          last_step: step,
        })
        .where('user_id', '=', user.id)
        .where('pending_secret', '=', row.pending_secret)
        .executeTakeFirst();
      // Another set-up started meanwhile: this code belongs to a secret no longer on offer.
      if (Number(confirmed.numUpdatedRows) !== 1) throw invalidCode(422);
      if (user.pending === 'two-factor-setup') {
        const session = await trx
          .selectFrom('sessions')
          .select('created_at')
          .where('id_hash', '=', user.sessionHash)
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('sessions')
          .set({ pending: null, expires_at: Number(session.created_at) + sessionMaxMs })
          .where('id_hash', '=', user.sessionHash)
          .execute();
      }
      return issueRecoveryCodes(trx, user.id, now);
    });
    const body: RecoveryCodes = { recoveryCodes, status: await twoFactorStatusOf(deps, user) };
    return jsonResponse(200, body);
  });
}

/** Turning it off, renewing codes and moving to a new app ask again; a wrong answer counts like a wrong sign-in. */
async function confirmIdentity(c: Context<AdminEnv>, deps: AdminDeps, moving = false) {
  const keys = await throttled(c, deps);
  const input: { code?: string; password?: string } = await readAdminJson(
    c,
    moving ? startEnrolmentInput : reauthenticateInput,
  );
  const proof =
    input.code !== undefined
      ? { code: input.code }
      : input.password !== undefined
        ? { password: input.password }
        : undefined;
  if (!proof) throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'code', code: 'required' }] });
  if (!(await reauthenticate(deps, c.get('user'), proof))) {
    await recordFailure(deps.db, keys, deps.now());
    if ('code' in proof) throw invalidCode(422);
    throw new ProblemError(422, problemTypes.invalidCredentials, { errors: [{ path: 'password', code: 'wrong' }] });
  }
}

export function mountTwoFactorRoutes(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.post('/me/two-factor/disable', async function handleDisable(c) {
    const user = c.get('user');
    const status = await twoFactorStatusOf(deps, user);
    if (!status.enabled) throw new ProblemError(409, problemTypes.conflict, { detail: 'Two-factor is off already.' });
    if (status.firmRequires) {
      throw new ProblemError(409, problemTypes.conflict, {
        detail: 'The firm requires two-factor sign-in: set up a new authenticator instead.',
      });
    }
    await confirmIdentity(c, deps);
    await removeTwoFactor(deps, user.id);
    return jsonResponse(200, await twoFactorStatusOf(deps, user));
  });

  api.post('/me/two-factor/recovery-codes', async function handleRenewCodes(c) {
    const user = c.get('user');
    if (!(await twoFactorStatusOf(deps, user)).enabled) {
      throw new ProblemError(409, problemTypes.conflict, { detail: 'Turn two-factor on first.' });
    }
    await confirmIdentity(c, deps);
    const recoveryCodes = await issueRecoveryCodes(deps.db, user.id, deps.now());
    const body: RecoveryCodes = { recoveryCodes, status: await twoFactorStatusOf(deps, user) };
    return jsonResponse(200, body);
  });

  // Members without it set it up at their next sign-in; the admin turning it on must have it already.
  api.put('/firm/two-factor', requireAdmin, async function handleFirmRequirement(c) {
    const { required } = await readAdminJson(c, firmTwoFactorInput);
    const user = c.get('user');
    if (required && !(await twoFactorStatusOf(deps, user)).enabled) {
      throw new ProblemError(409, problemTypes.conflict, {
        detail: 'Set up two-factor sign-in for yourself first.',
        errors: [{ path: 'required', code: 'own_two_factor_off' }],
      });
    }
    await deps.db
      .updateTable('firms')
      .set({ require_two_factor: required ? 1 : 0 })
      .where('id', '=', user.firmId)
      .execute();
    return jsonResponse(200, await twoFactorStatusOf(deps, user));
  });

  // A member who lost both the app and the codes: an admin turns it off; they set it up again.
  const team = teamRoute(deps);
  api.delete('/team/:id/two-factor', requireAdmin, async function handleResetMember(c) {
    const member = await deps.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', c.req.param('id') ?? '')
      .where('firm_id', '=', c.get('user').firmId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (!member) throw notFound();
    await removeTwoFactor(deps, member.id);
    // Their open sessions end: the next sign-in asks again (and sets it up, if the firm requires it).
    if (member.id !== c.get('user').id) await deps.db.deleteFrom('sessions').where('user_id', '=', member.id).execute();
    return team(c);
  });
}

async function removeTwoFactor(deps: AdminDeps, userId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('two_factor').where('user_id', '=', userId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  });
}
