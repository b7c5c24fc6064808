/**
 * Migration `0007-status`: matters and what the status tracker shows of them — updates, invoices —
 * plus the client's messages. Personal text (client name and email, updates, next step, messages)
 * is field-cipher tokens; stages are JSON text.
 *
 * @example
 *   migrations['0007-status'] = statusMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const statusMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('matters')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('reference', 'text', (col) => col.notNull().unique())
      .addColumn('practice_area', 'text', (col) => col.notNull())
      .addColumn('lawyer_id', 'text')
      .addColumn('personal', 'text', (col) => col.notNull())
      .addColumn('email_index', 'text')
      .addColumn('stages', 'text', (col) => col.notNull())
      .addColumn('current_stage', 'text', (col) => col.notNull())
      .addColumn('next_step', 'text')
      .addColumn('next_step_date', 'text')
      .addColumn('code_hash', 'text', (col) => col.notNull())
      .addColumn('code_version', 'integer', (col) => col.notNull())
      .addColumn('failed_attempts', 'integer', (col) => col.notNull())
      .addColumn('locked_at', 'bigint')
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('closed_at', 'bigint')
      .addColumn('survey_url', 'text')
      .addColumn('last_client_update_at', 'bigint', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('matters_site_update').on('matters').columns(['site', 'last_client_update_at']).execute();
    await s
      .createTable('matter_updates')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('matter_id', 'text', (col) => col.notNull().references('matters.id'))
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('author_id', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('matter_updates_matter').on('matter_updates').columns(['matter_id', 'created_at']).execute();
    await s
      .createTable('matter_invoices')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('matter_id', 'text', (col) => col.notNull().references('matters.id'))
      .addColumn('number', 'text', (col) => col.notNull())
      .addColumn('amount', 'bigint', (col) => col.notNull())
      .addColumn('currency', 'text', (col) => col.notNull())
      .addColumn('due_date', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('pay_url', 'text')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('matter_invoices_matter').on('matter_invoices').column('matter_id').execute();
    await s
      .createTable('matter_messages')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('matter_id', 'text', (col) => col.notNull().references('matters.id'))
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('received_at', 'bigint', (col) => col.notNull())
      .addColumn('read_at', 'bigint')
      .execute();
    await s.createIndex('matter_messages_matter').on('matter_messages').columns(['matter_id', 'received_at']).execute();
  },
};
