/**
 * Migration `0028-access-log` (issue 17): the firm's append-only access log and its retention setting.
 * Rows hold ids, references, actions and the staff member's address and browser summary; never a client's
 * name, email or text. Queries read one firm newest first, optionally one member or one subject.
 *
 * @example
 *   migrations['0028-access-log'] = accessLogMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const accessLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('access_log')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull())
      .addColumn('at', 'bigint', (col) => col.notNull())
      .addColumn('actor_kind', 'text', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('subject_kind', 'text')
      .addColumn('subject_id', 'text')
      .addColumn('subject_ref', 'text')
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('request_id', 'text')
      // JSON: non-personal facts (states, roles, counts, a setting's name).
      .addColumn('detail', 'text', (col) => col.notNull())
      .execute();
    await s.createIndex('access_log_firm_at').on('access_log').columns(['firm_id', 'at', 'id']).execute();
    await s.createIndex('access_log_firm_actor_at').on('access_log').columns(['firm_id', 'actor_id', 'at']).execute();
    await s.createIndex('access_log_firm_subject').on('access_log').columns(['firm_id', 'subject_id']).execute();
    await s
      .createTable('access_log_settings')
      .addColumn('firm_id', 'text', (col) => col.primaryKey())
      .addColumn('retention_days', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
