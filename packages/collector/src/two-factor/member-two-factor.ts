/**
 * A member's two-factor record (issue 17): reading the status, checking a code against the confirmed
 * secret (each time step once: a code seen already is refused), and checking "is it really you" for
 * turning it off or renewing recovery codes.
 *
 * @example
 *   if (!(await checkTotp(deps, user, '123456'))) throw invalidCode(401);
 */
import { problemTypes } from '@retainer/schema';
import type { TwoFactorStatus } from '@retainer/schema/admin';
import type { SessionUser } from '../admin-api/admin-env.ts';
import { verifyPassword } from '../auth/password.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { recoveryCodesLeft } from './recovery-codes.ts';
import { totpAddress } from './tables.ts';
import { matchTotp } from './totp.ts';

type Member = Pick<SessionUser, 'id' | 'firmId'>;

export const invalidCode = (status: 401 | 422) => new ProblemError(status, problemTypes.invalidCode);

export async function twoFactorStatusOf(deps: Pick<AdminDeps, 'db'>, member: Member): Promise<TwoFactorStatus> {
  const db = deps.db;
  const row = await db
    .selectFrom('two_factor')
    .select('enabled_at')
    .where('user_id', '=', member.id)
    .executeTakeFirst();
  const firm = await db
    .selectFrom('firms')
    .select('require_two_factor')
    .where('id', '=', member.firmId)
    .executeTakeFirst();
  const enabledAt = row?.enabled_at == null ? null : Number(row.enabled_at);
  return {
    enabled: enabledAt !== null,
    enabledAt,
    recoveryCodesLeft: enabledAt === null ? 0 : await recoveryCodesLeft(db, member.id),
    firmRequires: Number(firm?.require_two_factor ?? 0) === 1,
  };
}

/** True when `code` is a current code of the member's confirmed secret, and no code of its step was used yet. */
export async function checkTotp(deps: Pick<AdminDeps, 'db' | 'cipher' | 'now'>, member: Member, code: string) {
  const db = deps.db;
  const row = await db
    .selectFrom('two_factor')
    .select(['secret', 'last_step'])
    .where('user_id', '=', member.id)
    .where('enabled_at', 'is not', null)
    .executeTakeFirst();
  if (!row?.secret) return false;
  const secret = deps.cipher.decrypt(row.secret, totpAddress(member.firmId, member.id, 'totp.secret'));
  const step = matchTotp(secret, code, deps.now());
  if (step === null) return false;
  // Conditional write: of two requests with the same code (or a later code's earlier step), one wins.
  const taken = await db
    .updateTable('two_factor')
    .set({ last_step: step })
    .where('user_id', '=', member.id)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** "Is it really you": a current code (when two-factor is on) or the account's password. */
export async function reauthenticate(
  deps: Pick<AdminDeps, 'db' | 'cipher' | 'now'>,
  member: Member,
  proof: { code: string } | { password: string },
): Promise<boolean> {
  if ('code' in proof) return checkTotp(deps, member, proof.code);
  const user = await deps.db.selectFrom('users').select('password_hash').where('id', '=', member.id).executeTakeFirst();
  return user ? verifyPassword(proof.password, user.password_hash) : false;
}
