/**
 * Migration `0023-team` (issue 17): members can be removed (the row stays, so their past work keeps a
 * name, shown as a former member) and their last sign-in is kept; a matter opened from an intake links
 * both ways and carries the intake's parties. One matter per intake: the unique index settles races.
 *
 * @example
 *   migrations['0023-team'] = teamMigration;
 */
import type { Kysely, Migration } from 'kysely';

export const teamMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema;
    await s.alterTable('users').addColumn('removed_at', 'bigint').execute();
    await s.alterTable('users').addColumn('last_sign_in_at', 'bigint').execute();
    await s.alterTable('intakes').addColumn('matter_id', 'text').execute();
    await s.alterTable('matters').addColumn('intake_id', 'text').execute();
    // JSON: `{ name, kind }[]` with names as field-cipher tokens.
    await s.alterTable('matters').addColumn('parties', 'text').execute();
    await s.createIndex('matters_intake').unique().on('matters').column('intake_id').execute();
  },
};
