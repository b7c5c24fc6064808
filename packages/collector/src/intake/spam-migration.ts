/** Issue 9: suspected spam is kept (state `spam`) rather than refused; `content_index` finds repeated bodies. */
import type { Kysely, Migration } from 'kysely';

export const intakeSpamMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('intakes').addColumn('content_index', 'text').execute();
    await db.schema
      .createIndex('intakes_site_content')
      .on('intakes')
      .columns(['site', 'content_index', 'received_at'])
      .execute();
  },
};
