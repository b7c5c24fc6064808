/**
 * Migration `0014-people-index`: survey invitations get the same blind email index as intakes and
 * matters (a person's answers are found by email), matters' index gets a B-tree, and the erasure log
 * counts matters and survey invitations beside intakes. Invitations stored before this have no index
 * yet: `indexSurveyEmails` fills it the first time someone is looked up (a migration has no key).
 *
 * @example
 *   migrations['0014-people-index'] = peopleIndexMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const peopleIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s.alterTable('survey_invitations').addColumn('email_index', 'text').execute();
    await s.createIndex('survey_invitations_email_index').on('survey_invitations').column('email_index').execute();
    await s.createIndex('matters_email_index').on('matters').column('email_index').execute();
    await s
      .alterTable('erasures')
      .addColumn('matters', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await s
      .alterTable('erasures')
      .addColumn('surveys', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  },
};
