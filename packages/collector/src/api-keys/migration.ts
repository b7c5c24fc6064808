/**
 * Migration `0025-api-keys` (issue 16): admin API keys, stored as the SHA-256 of the token only, and one row
 * per request made with a key (method, route pattern, status, time — never a body, query or address).
 *
 * @example
 *   migrations['0025-api-keys'] = apiKeysMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const apiKeysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('api_keys')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull().references('firms.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('scope', 'text', (col) => col.notNull())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('hint', 'text', (col) => col.notNull())
      .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('last_used_at', 'bigint')
      .addColumn('revoked_at', 'bigint')
      .execute();
    await s.createIndex('api_keys_firm').on('api_keys').columns(['firm_id', 'created_at']).execute();
    await s
      .createTable('api_key_uses')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('key_id', 'text', (col) => col.notNull().references('api_keys.id'))
      .addColumn('method', 'text', (col) => col.notNull())
      .addColumn('route', 'text', (col) => col.notNull())
      .addColumn('status', 'integer', (col) => col.notNull())
      .addColumn('at', 'bigint', (col) => col.notNull())
      .execute();
    await s.createIndex('api_key_uses_key_at').on('api_key_uses').columns(['key_id', 'at']).execute();
  },
};
