/**
 * What a new session still lacks (issue 17), and the gates that keep such a session away from
 * everything else: a member with two-factor on gives the code first; when the firm requires it, a
 * member without it sets it up first.
 *
 * @example
 *   const pending = await pendingStep(db, userId); // 'second-factor' | 'two-factor-setup' | null
 *   api.use('*', refuseStep('second-factor'));     // routes after this need the second factor given
 */
import { type ProblemType, problemTypes } from '@retainer/schema';
import type { SessionStep } from '@retainer/schema/admin';
import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { Db } from '../storage/database.ts';

export async function pendingStep(db: Db, userId: string): Promise<SessionStep | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('firms', 'firms.id', 'users.firm_id')
    .leftJoin('two_factor', 'two_factor.user_id', 'users.id')
    .select(['two_factor.enabled_at', 'firms.require_two_factor'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (row?.enabled_at != null) return 'second-factor';
  if (Number(row?.require_two_factor ?? 0) === 1) return 'two-factor-setup';
  return null;
}

const refusal: Record<SessionStep, ProblemType> = {
  'second-factor': problemTypes.secondFactorRequired,
  'two-factor-setup': problemTypes.twoFactorSetupRequired,
};

/** Registered after the routes a session at `step` may still use: every later route answers 403. */
export function refuseStep(step: SessionStep): MiddlewareHandler<AdminEnv> {
  return async function refusePendingSession(c, next) {
    if (c.get('user').pending === step) {
      throw new ProblemError(403, refusal[step]);
    }
    await next();
  };
}
