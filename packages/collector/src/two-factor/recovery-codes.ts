/**
 * Ten single-use recovery codes per member, shown once and stored as SHA-256 hashes. Each has 75
 * random bits (`xxxxx-xxxxx-xxxxx`, no look-alike letters), so the hash cannot be walked back to it.
 *
 * @example
 *   const codes = await issueRecoveryCodes(db, userId, now); // shown to the member once
 *   await useRecoveryCode(db, userId, codes[0], now); // true, then false for the same code
 */
import { randomInt, randomUUID } from 'node:crypto';
import { hashToken } from '../auth/tokens.ts';
import type { Db } from '../storage/database.ts';

export const recoveryCodeCount = 10;
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function newRecoveryCode(): string {
  const chars = Array.from({ length: 15 }, () => alphabet[randomInt(alphabet.length)]);
  return [chars.slice(0, 5), chars.slice(5, 10), chars.slice(10)].map((group) => group.join('')).join('-');
}

/** Salted with the member's id: one hash never matches another member's code. */
const codeHash = (userId: string, code: string) => hashToken(`${userId}\0${code.toLowerCase().replace(/[\s-]/g, '')}`);

/** Replaces the member's codes with ten new ones; answers them in clear, the only time they exist so. */
export async function issueRecoveryCodes(db: Db, userId: string, now: number): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(
      codes.map((code) => ({
        id: randomUUID(),
        user_id: userId,
        code_hash: codeHash(userId, code),
        created_at: now,
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** Marks the code used; true only for the one request that did (of two racing, one wins). */
export async function useRecoveryCode(db: Db, userId: string, code: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash(userId, code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const { left } = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('left'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(left);
}
