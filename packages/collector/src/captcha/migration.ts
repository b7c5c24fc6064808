/**
 * `0013-captcha` (issue 9): a site's human-check secret (encrypted with the field cipher; the provider and public
 * site key live in the site's config), and the hashes of accepted tokens, so none is accepted twice.
 */
import type { Kysely, Migration } from 'kysely';

export const captchaMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('site_captcha')
      .addColumn('site', 'text', (col) => col.primaryKey().references('sites.id'))
      .addColumn('provider', 'text', (col) => col.notNull())
      .addColumn('secret', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('captcha_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('captcha_tokens_expires').on('captcha_tokens').column('expires_at').execute();
  },
};
