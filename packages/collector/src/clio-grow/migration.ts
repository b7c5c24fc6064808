/**
 * `0026-clio-grow` (issue 16): each site's Clio Grow Lead Inbox connection (the token encrypted with the field
 * cipher), Clio's answer to each push (pushes themselves are outbox messages of kind `clio-grow`), and the
 * conflict checks staff cleared by hand (a flagged intake is only pushed by itself once cleared).
 *
 * @example
 *   migrations['0026-clio-grow'] = clioGrowMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const clioGrowMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('clio_grow_settings')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      /** Field-cipher token of the Lead Inbox token, or null once removed. */
      .addColumn('token', 'text')
      .addColumn('auto', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('clio_grow_answers')
      .addColumn('outbox_id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('status', 'integer', (col) => col.notNull())
      /** Field-cipher token of the start of Clio's answer (it may echo the lead). */
      .addColumn('excerpt', 'text', (col) => col.notNull())
      .addColumn('answered_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('conflict_clearances')
      .addColumn('intake_id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('by_user', 'text', (col) => col.notNull())
      .addColumn('at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
