/**
 * `0018-outbox` (issue 15): the outbox (one row per message to send: email now, webhooks later), each site's
 * mail settings, and each person's notification preferences. Recipients, template data, subjects and bodies
 * are field-cipher tokens; `recipient_index` is the keyed email index (people export and erase find rows by it).
 *
 * @example
 *   migrations['0018-outbox'] = outboxMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const outboxMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (col) => col.primaryKey())
      // '' for instance-level messages (no site): the dedupe key stays unique per site.
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('template', 'text', (col) => col.notNull())
      .addColumn('locale', 'text', (col) => col.notNull())
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('recipient_index', 'text')
      .addColumn('data', 'text', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      // What caused it, e.g. `intake:<id>`: lets a feature list the messages about one thing.
      .addColumn('subject_ref', 'text')
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('body_text', 'text')
      .addColumn('body_html', 'text')
      .addColumn('headers', 'text')
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'bigint', (col) => col.notNull())
      .addColumn('lease_until', 'bigint')
      .addColumn('last_error', 'text')
      .addColumn('message_id', 'text', (col) => col.notNull())
      .addColumn('dedupe_key', 'text')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('sent_at', 'bigint')
      .addColumn('body_purged_at', 'bigint')
      .execute();
    // NULLs are distinct in both dialects: a message without a key never collides.
    await db.schema.createIndex('outbox_dedupe').on('outbox').columns(['site', 'dedupe_key']).unique().execute();
    // The worker's claim: due messages by state and time.
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_site_created').on('outbox').columns(['site', 'created_at', 'id']).execute();
    await db.schema.createIndex('outbox_recipient').on('outbox').column('recipient_index').execute();
    await db.schema.createIndex('outbox_subject_ref').on('outbox').columns(['site', 'subject_ref']).execute();
    await db.schema
      .createTable('email_settings')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      /** JSON: host, port, secure, user, from, fromName, replyTo, acknowledgeIntakes. */
      .addColumn('settings', 'text', (col) => col.notNull())
      /** Field-cipher token of the SMTP password, or null. */
      .addColumn('password', 'text')
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('notification_preferences')
      .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id'))
      /** JSON: `NotificationPreferences`. */
      .addColumn('preferences', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
  },
};
