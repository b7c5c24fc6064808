/**
 * A client coming back for new help (DESIGN.md, `return`): a new intake whose email belongs to an
 * earlier retained intake or a matter of the same site, matched through the keyed email index — so it
 * works across devices, and no address is kept in clear. Such an intake records a `return` event on its
 * journey; a status lookup of an existing matter never does (that is `service`).
 *
 * @example
 *   const event = await returnEvent(storage.db, cipher, row, now); // EventRow | undefined
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { emailIndexes } from '../people/email-index.ts';
import type { Database } from '../storage/database.ts';
import type { EventRow } from '../storage/tables.ts';

/** Ids derived from the intake, as for `decide`: recording twice stores once. */
const derivedId = (prefix: string, intakeId: string) =>
  `${prefix}-${createHash('sha256').update(`${prefix}:${intakeId}`).digest('base64url').slice(0, 40)}`;

/** True when `email` belongs to a retained intake (other than `intakeId`) or a matter of `site`. */
export async function isReturningClient(
  db: Kysely<Database>,
  cipher: FieldCipher,
  site: string,
  intakeId: string,
  email: string,
): Promise<boolean> {
  // Under every loaded key: a rotation in progress must not hide a returning client.
  const indexes = emailIndexes(cipher, email);
  if (indexes.length === 0) return false;
  const intake = await db
    .selectFrom('intakes')
    .select('id')
    .where('site', '=', site)
    .where('state', '=', 'retained')
    .where('email_index', 'in', indexes)
    .where('id', '!=', intakeId)
    .limit(1)
    .executeTakeFirst();
  if (intake) return true;
  const matter = await db
    .selectFrom('matters')
    .select('id')
    .where('site', '=', site)
    .where('email_index', 'in', indexes)
    .limit(1)
    .executeTakeFirst();
  return matter !== undefined;
}

/** The `return` event of a returning client's new intake, on its journey (or one of its own without). */
export function returnEvent(
  intake: { id: string; site: string; journey?: string | null | undefined; practice_area?: string | null | undefined },
  now: number,
): EventRow {
  return {
    id: derivedId('return', intake.id),
    site: intake.site,
    journey: intake.journey ?? derivedId('intake', intake.id),
    stage: 'return',
    type: 'intake.returning',
    ts: now,
    received_at: now,
    props: intake.practice_area ? JSON.stringify({ practiceArea: intake.practice_area }) : null,
  };
}
