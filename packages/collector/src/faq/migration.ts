/**
 * Migration `0005-faq`: the FAQ bot's entries, its settings per site, and the questions visitors asked
 * (question text encrypted, kept for the site's retention period).
 *
 * @example
 *   migrations['0005-faq'] = faqMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const faqMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('faq_entries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('entry', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('faq_entries_site').on('faq_entries').columns(['site', 'updated_at']).execute();
    await s
      .createTable('faq_settings')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s
      .createTable('faq_questions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('journey', 'text')
      .addColumn('lang', 'text')
      .addColumn('outcome', 'text', (col) => col.notNull())
      .addColumn('entry_id', 'text')
      .addColumn('score', 'real', (col) => col.notNull())
      .addColumn('question', 'text', (col) => col.notNull())
      .addColumn('asked_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('faq_questions_site_asked').on('faq_questions').columns(['site', 'asked_at']).execute();
  },
};
