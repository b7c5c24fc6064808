/**
 * The questions visitors asked: stored with the question text encrypted (AAD: site, question id, field),
 * read back decrypted for the firm's report, and purged after the site's retention period.
 *
 * @example
 *   await purgeFaqQuestions(db, Date.now()); // deletes questions older than each site's retention
 */
import { defaultFaqRetentionDays, type FaqSettings } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import type { FaqQuestionsTable } from './tables.ts';

const dayMs = 86_400_000;
export const questionField = 'faq.question';

export type NewQuestion = Omit<FaqQuestionsTable, 'question'> & { text: string };

/** False when a question with this id exists already (a retry): stored once. */
export async function insertFaqQuestion(db: Db, cipher: FieldCipher, question: NewQuestion): Promise<boolean> {
  const { text, ...row } = question;
  const token = cipher.encrypt(text, { site: row.site, id: row.id, field: questionField });
  const result = await db
    .insertInto('faq_questions')
    .values({ ...row, question: token })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function decryptQuestion(cipher: FieldCipher, row: { site: string; id: string; question: string }): string {
  return cipher.decrypt(row.question, { site: row.site, id: row.id, field: questionField });
}

/** Deletes every site's questions older than its retention (default 90 days); returns how many. */
export async function purgeFaqQuestions(db: Db, now: number): Promise<number> {
  const saved = await db.selectFrom('faq_settings').select(['site', 'settings']).execute();
  const custom = saved.map((row) => ({
    site: row.site,
    days: (JSON.parse(row.settings) as FaqSettings).retentionDays ?? defaultFaqRetentionDays,
  }));
  let deleted = 0;
  for (const { site, days } of custom) {
    const result = await db
      .deleteFrom('faq_questions')
      .where('site', '=', site)
      .where('asked_at', '<', now - days * dayMs)
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  let rest = db.deleteFrom('faq_questions').where('asked_at', '<', now - defaultFaqRetentionDays * dayMs);
  if (custom.length > 0)
    rest = rest.where(
      'site',
      'not in',
      custom.map((c) => c.site),
    );
  deleted += Number((await rest.executeTakeFirst()).numDeletedRows);
  return deleted;
}

/** The visitor chose `entry` among the choices offered for ask `of`: that question now counts as answered. */
export async function markChosen(db: Db, site: string, of: string, entry: string): Promise<void> {
  await db
    .updateTable('faq_questions')
    .set({ outcome: 'answered', entry_id: entry })
    .where('site', '=', site)
    .where('id', '=', of)
    .where('outcome', '=', 'choices')
    .execute();
}
