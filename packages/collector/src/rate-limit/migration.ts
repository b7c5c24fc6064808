/** `rate_limits`: one row per key and window (see `./index.ts`). */
import type { Kysely, Migration } from 'kysely';

export const rateLimitMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('window_start', 'bigint', (col) => col.notNull())
      .addColumn('count', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
      .execute();
    await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
  },
};
