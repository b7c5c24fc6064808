/**
 * Migration `0006-survey`: invitations (with their one answer and follow-up) and per-site settings.
 *
 * @example
 *   migrations['0006-survey'] = surveyMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const surveyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('survey_invitations')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('moment', 'text', (col) => col.notNull())
      .addColumn('measure', 'text', (col) => col.notNull())
      .addColumn('client_name', 'text', (col) => col.notNull())
      .addColumn('email', 'text')
      .addColumn('practice_area', 'text')
      .addColumn('lawyer', 'text')
      .addColumn('lang', 'text', (col) => col.notNull())
      .addColumn('page', 'text', (col) => col.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .addColumn('opened_at', 'bigint')
      .addColumn('answered_at', 'bigint')
      .addColumn('score', 'integer')
      .addColumn('lawyer_score', 'integer')
      .addColumn('comment', 'text')
      .addColumn('request_hash', 'text')
      .addColumn('response', 'text')
      .addColumn('follow_up', 'text')
      .addColumn('assignee', 'text')
      .addColumn('follow_up_note', 'text')
      .addColumn('closed_at', 'bigint')
      .execute();
    await s
      .createIndex('survey_invitations_site_created')
      .on('survey_invitations')
      .columns(['site', 'created_at'])
      .execute();
    await s
      .createIndex('survey_invitations_site_answered')
      .on('survey_invitations')
      .columns(['site', 'answered_at'])
      .execute();
    await s
      .createTable('survey_settings')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      .addColumn('review_links', 'text', (col) => col.notNull())
      .addColumn('page', 'text')
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
