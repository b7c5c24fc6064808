/**
 * Removes what a prospect wrote from intakes the firm is done with (issue 9). A declined intake loses
 * the account of the matter (description, adverse and related parties, referral) but keeps the name,
 * contact details, state and history: the record that the firm declined, and whom. Suspected spam
 * loses every personal field. Retained intakes belong to the client's file and open ones are still
 * being worked, so neither is touched. The conflict index (`parties`) is the firm's conflict register
 * and is not touched either: it changes through the Parties screen and erasure.
 * The row stays, with a note in the description, so the inbox still lists and opens it.
 *
 * @example
 *   const purged = await purgeIntakeText(db, cipher, await everySiteRetention(db), Date.now());
 */
import { type IntakeFieldName, personalIntakeFields } from '@retainer/schema';
import { sql } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { inBatches, purgeBatchSize } from './batches.ts';
import type { SiteRetention } from './settings-store.ts';

const dayMs = 86_400_000;
/** Replaces the request hash (a fingerprint of the answers); a retry of such an old submission is a 422. */
export const purgedMarker = 'retention';

const declinedFields: readonly IntakeFieldName[] = ['description', 'adverseParties', 'relatedParties', 'referral'];

const notes: Record<string, (days: number) => string> = {
  en: (days) => `Removed after ${days} days by the retention policy.`,
  ru: (days) => `Удалено через ${days} дн. по политике хранения данных.`,
  zh: (days) => `已按数据保留政策在 ${days} 天后删除。`,
};

export const purgedNote = (language: string, days: number): string => (notes[language] ?? notes.en!)(days);

type Rule = { state: 'declined' | 'spam'; days: number; fields: readonly IntakeFieldName[] };

export async function purgeIntakeText(
  db: Db,
  cipher: FieldCipher,
  sites: readonly SiteRetention[],
  now: number,
  batchSize = purgeBatchSize,
): Promise<number> {
  let purged = 0;
  for (const { site, settings, language } of sites) {
    const rules: Rule[] = [
      { state: 'declined', days: settings.declinedIntakeDays, fields: declinedFields },
      { state: 'spam', days: settings.spamIntakeDays, fields: personalIntakeFields },
    ];
    for (const rule of rules) {
      purged += await inBatches(() => purgeBatch(db, cipher, site, language, rule, now, batchSize), batchSize);
    }
  }
  return purged;
}

async function purgeBatch(
  db: Db,
  cipher: FieldCipher,
  site: string,
  language: string,
  { state, days, fields }: Rule,
  now: number,
  batchSize: number,
): Promise<number> {
  const cutoff = now - days * dayMs;
  // Counted from the move into the state; spam caught on arrival has no move, so from receipt.
  const enteredState = sql<number>`coalesce((select max(h.at) from intake_history h
    where h.intake_id = intakes.id and h.to_state = ${state}), intakes.received_at)`;
  const rows = await db
    .selectFrom('intakes')
    .select(['id', 'personal'])
    .where('site', '=', site)
    .where('state', '=', state)
    .where('text_purged_at', 'is', null)
    .where('erased_at', 'is', null)
    .where(enteredState, '<', cutoff)
    .limit(batchSize)
    .execute();
  if (rows.length === 0) return 0;
  const note = purgedNote(language, days);
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const tokens = JSON.parse(row.personal) as Record<string, string>;
      for (const field of fields) delete tokens[field];
      tokens.description = cipher.encrypt(JSON.stringify(note), { site, id: row.id, field: 'description' });
      // Guarded by the state: an intake restored from spam meanwhile is left alone.
      await trx
        .updateTable('intakes')
        .set({ personal: JSON.stringify(tokens), request_hash: purgedMarker, content_index: null, text_purged_at: now })
        .where('id', '=', row.id)
        .where('state', '=', state)
        .where('text_purged_at', 'is', null)
        .execute();
    }
  });
  return rows.length;
}
