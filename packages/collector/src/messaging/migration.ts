/**
 * Migration `0019-messaging` (issue 15): what the email flows keep beside the outbox —
 * staff replies to prospects and to clients (bodies as field-cipher tokens), a client's per-matter
 * choice to be told of updates, one-click unsubscribes (keyed email index, never an address),
 * password-reset tokens (SHA-256 only), per-firm and per-site messaging settings, and when survey
 * invitations were emailed and reminded (the weekly digest's opt-in is a notification preference, 0018).
 *
 * @example
 *   migrations['0019-messaging'] = messagingMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const messagingMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('intake_replies')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('intake_id', 'text', (col) => col.notNull().references('intakes.id'))
      .addColumn('author_id', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('intake_replies_intake').on('intake_replies').columns(['intake_id', 'created_at']).execute();
    await s
      .createTable('matter_replies')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('matter_id', 'text', (col) => col.notNull().references('matters.id'))
      .addColumn('in_reply_to', 'text')
      .addColumn('author_id', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('matter_replies_matter').on('matter_replies').columns(['matter_id', 'created_at']).execute();
    // The client's choice on the tracker, and the language their notices are written in.
    await s
      .alterTable('matters')
      .addColumn('notify_updates', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await s.alterTable('matters').addColumn('notify_lang', 'text').execute();
    await s
      .createTable('email_unsubscribes')
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('email_index', 'text', (col) => col.notNull())
      .addColumn('list', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('email_unsubscribes_pk', ['site', 'email_index', 'list'])
      .execute();
    await s
      .createTable('password_resets')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .addColumn('used_at', 'bigint')
      .execute();
    await s.createIndex('password_resets_user').on('password_resets').column('user_id').execute();
    await s
      .createTable('firm_messaging_settings')
      .addColumn('firm_id', 'text', (col) => col.primaryKey())
      .addColumn('update_target_days', 'integer', (col) => col.notNull())
      .addColumn('survey_reminder_days', 'integer')
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s
      .createTable('site_messaging_settings')
      .addColumn('site', 'text', (col) => col.primaryKey())
      .addColumn('status_page', 'text')
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await s.alterTable('survey_invitations').addColumn('emailed_at', 'bigint').execute();
    await s.alterTable('survey_invitations').addColumn('reminded_at', 'bigint').execute();
    // The link's token, encrypted, for the one reminder (the token itself is otherwise only hashed).
    await s.alterTable('survey_invitations').addColumn('email_token', 'text').execute();
  },
};
