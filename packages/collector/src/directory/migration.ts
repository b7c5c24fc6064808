/**
 * Migration `0003-directory`: lawyer profiles, uploaded photos and per-site directory settings.
 * Profiles are JSON text (the shape is the schema package's); photos are base64 text so both
 * dialects store them the same way.
 *
 * @example
 *   migrations['0003-directory'] = directoryMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const directoryMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('lawyers')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('profile', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('lawyers_site_position').on('lawyers').columns(['site', 'position']).execute();
    await s
      .createTable('photos')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('bytes', 'integer', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s
      .createTable('directory_settings')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      .addColumn('show_ratings', 'integer', (col) => col.notNull())
      .addColumn('show_testimonials', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
