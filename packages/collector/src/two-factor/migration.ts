/**
 * Migration `0027-two-factor` (issue 17): a member's TOTP secret (field-cipher token; the one being
 * set up is kept apart until confirmed), the last time step accepted (a code works once), ten
 * recovery codes stored as hashes with when each was used, the firm's "require two-factor" setting,
 * and what a session still lacks (`second-factor`, `two-factor-setup`, or null once complete).
 *
 * @example
 *   migrations['0027-two-factor'] = twoFactorMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const twoFactorMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s
      .createTable('two_factor')
      .addColumn('user_id', 'text', (col) => col.primaryKey())
      .addColumn('firm_id', 'text', (col) => col.notNull())
      .addColumn('secret', 'text')
      .addColumn('pending_secret', 'text')
      .addColumn('pending_at', 'bigint')
      .addColumn('enabled_at', 'bigint')
      .addColumn('last_step', 'bigint')
      .execute();
    await s
      .createTable('recovery_codes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('code_hash', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('used_at', 'bigint')
      .execute();
    await s.createIndex('recovery_codes_user').on('recovery_codes').columns(['user_id', 'code_hash']).execute();
    await s
      .alterTable('firms')
      .addColumn('require_two_factor', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await s.alterTable('sessions').addColumn('pending', 'text').execute();
  },
};
