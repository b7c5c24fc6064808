/**
 * Migration `0012-key-rotation`: the data keys the database knows (fingerprint and state), the
 * collectors that hold them (a heartbeat: a key is promoted only once every live collector has it),
 * and how far the background re-encryption got in each table.
 *
 * @example
 *   migrations['0012-key-rotation'] = keyRotationMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const keyRotationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('data_keys')
      .addColumn('kid', 'text', (col) => col.primaryKey())
      .addColumn('key_check', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s
      .createTable('data_key_holders')
      .addColumn('instance', 'text', (col) => col.primaryKey())
      .addColumn('kids', 'text', (col) => col.notNull())
      .addColumn('writes_with', 'text', (col) => col.notNull())
      .addColumn('seen_at', 'bigint', (col) => col.notNull())
      .execute();
    await s
      .createTable('key_rotation_progress')
      .addColumn('table_name', 'text', (col) => col.primaryKey())
      .addColumn('target_kid', 'text', (col) => col.notNull())
      .addColumn('after_id', 'text', (col) => col.notNull())
      .addColumn('done', 'integer', (col) => col.notNull())
      .addColumn('rewritten', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
