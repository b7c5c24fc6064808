/**
 * A site's Clio Grow connection: whether a token is stored, whether new intakes go by themselves, and the
 * token itself for the sender only (never for an answer).
 *
 * @example
 *   const { configured, auto } = await loadClioGrowSettings(db, site);
 */
import type { ClioGrowSettings } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { tokenAddress } from './tables.ts';

export async function loadClioGrowSettings(db: Db, site: string): Promise<ClioGrowSettings> {
  const row = await db
    .selectFrom('clio_grow_settings')
    .select(['token', 'auto', 'updated_at'])
    .where('site', '=', site)
    .executeTakeFirst();
  const configured = Boolean(row?.token);
  // Automatic pushes need somewhere to go: without a token the switch reads off.
  return { configured, auto: configured && Number(row?.auto ?? 0) === 1, updatedAt: row?.updated_at ?? null };
}

/** The decrypted token, or undefined when none is stored. */
export async function loadLeadInboxToken(db: Db, cipher: FieldCipher, site: string): Promise<string | undefined> {
  const row = await db.selectFrom('clio_grow_settings').select('token').where('site', '=', site).executeTakeFirst();
  return row?.token ? cipher.decrypt(row.token, tokenAddress(site)) : undefined;
}
