/**
 * Migration `0002-dashboard`: firms, accounts, sessions, invitations, the setup token, sign-in
 * throttling, and the inbox's notes, history, party index and erasure log; sites gain a firm
 * and business hours, intakes an assignee, a first-contact time, an email blind index and an
 * erasure time. One column per ALTER: SQLite adds only one at a time.
 *
 * @example
 *   migrations['0002-dashboard'] = dashboardMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const dashboardMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('firms')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.alterTable('sites').addColumn('firm_id', 'text').execute();
    await s.alterTable('sites').addColumn('business_hours', 'text').execute();
    await s.createIndex('sites_firm').on('sites').column('firm_id').execute();

    await s
      .createTable('users')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull().references('firms.id'))
      .addColumn('email', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('users_firm').on('users').column('firm_id').execute();
    await s
      .createTable('sessions')
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('csrf_token', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await s
      .createTable('invitations')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull().references('firms.id'))
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('invited_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .addColumn('accepted_at', 'bigint')
      .execute();
    await s
      .createTable('setup_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .execute();
    await s
      .createTable('sign_in_failures')
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('sign_in_failures_key_at').on('sign_in_failures').columns(['key', 'at']).execute();

    await s.alterTable('intakes').addColumn('assignee', 'text').execute();
    await s.alterTable('intakes').addColumn('first_contact_at', 'bigint').execute();
    await s.alterTable('intakes').addColumn('email_index', 'text').execute();
    await s.alterTable('intakes').addColumn('erased_at', 'bigint').execute();
    await s.createIndex('intakes_email_index').on('intakes').column('email_index').execute();
    await s.createIndex('intakes_site_state').on('intakes').columns(['site', 'state']).execute();
    await s
      .createTable('intake_notes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('intake_id', 'text', (col) => col.notNull().references('intakes.id'))
      .addColumn('author_id', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('intake_notes_intake').on('intake_notes').columns(['intake_id', 'created_at']).execute();
    await s
      .createTable('intake_history')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('intake_id', 'text', (col) => col.notNull().references('intakes.id'))
      .addColumn('from_state', 'text', (col) => col.notNull())
      .addColumn('to_state', 'text', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('by_user', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('intake_history_intake').on('intake_history').columns(['intake_id', 'at']).execute();
    await s
      .createTable('parties')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull().references('firms.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('match_key', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('intake_id', 'text')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('parties_firm_key').on('parties').columns(['firm_id', 'match_key']).execute();
    await s.createIndex('parties_intake').on('parties').column('intake_id').execute();
    await s
      .createTable('erasures')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('intakes', 'integer', (col) => col.notNull())
      .addColumn('at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
