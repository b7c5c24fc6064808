/**
 * `0024-webhooks` (issue 16): each site's webhook endpoints and the log of every delivery attempt. A delivery
 * itself is an outbox message of kind `webhook` (outbox/): written in the transaction of the event that causes
 * it, sent by the delivery worker. Secrets and request bodies are field-cipher tokens.
 *
 * @example
 *   migrations['0024-webhooks'] = webhooksMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const webhooksMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('webhook_endpoints')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('url', 'text', (col) => col.notNull())
      // JSON array of event names.
      .addColumn('events', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('include_personal_data', 'integer', (col) => col.notNull().defaultTo(0))
      // Field-cipher tokens of `whsec_…`; the previous one still signs until `previous_secret_until`.
      .addColumn('secret', 'text', (col) => col.notNull())
      .addColumn('previous_secret', 'text')
      .addColumn('previous_secret_until', 'bigint')
      // active | paused | disabled, and why (no personal data).
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('state_reason', 'text')
      // Since when every delivery has failed (null: the last one went through); 3 days of it pause the endpoint.
      .addColumn('failing_since', 'bigint')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('webhook_endpoints_site')
      .on('webhook_endpoints')
      .columns(['site', 'created_at'])
      .execute();
    await db.schema
      .createTable('webhook_attempts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('endpoint_id', 'text', (col) => col.notNull())
      // The outbox message, and its `webhook-id` (the same for every attempt and replay).
      .addColumn('outbox_id', 'text', (col) => col.notNull())
      .addColumn('delivery_id', 'text', (col) => col.notNull())
      .addColumn('event', 'text', (col) => col.notNull())
      .addColumn('attempt', 'integer', (col) => col.notNull())
      // Field-cipher tokens: the body as sent (personal data on endpoints that asked for it), the answer's first 1 KB.
      .addColumn('request_body', 'text', (col) => col.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('response_body', 'text')
      .addColumn('duration_ms', 'integer', (col) => col.notNull())
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('webhook_attempts_endpoint')
      .on('webhook_attempts')
      .columns(['endpoint_id', 'created_at', 'id'])
      .execute();
  },
};
