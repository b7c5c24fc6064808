/**
 * Migration `0011-retention`: per-site retention settings, and when an intake's text was removed by them.
 * Events need no new index: pruning walks `events_site_stage_ts` one stage at a time, so ingest keeps
 * paying for two indexes, not three.
 *
 * @example
 *   migrations['0011-retention'] = retentionMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const retentionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('retention_settings')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema.alterTable('intakes').addColumn('text_purged_at', 'bigint').execute();
  },
};
