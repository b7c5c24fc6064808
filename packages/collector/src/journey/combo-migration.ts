/**
 * `0029-journey-combos`: `journey_combos` (journey/combos.ts), the journeys of a day summed per
 * combination of every filter value, so the map with several filters reads O(days) rows instead of
 * every journey of the range (issue 18). Summed with `journey_cohorts` by the same refresh, under
 * the same marks: every summed day is marked changed here, so reads take those days from `journeys`
 * (exact) until the refresh has summed them into both tables.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import { clustered } from '../storage/dialect.ts';
import { comboCountColumns, comboValueColumns } from './combo-columns.ts';

export const journeyCombosMigration: Migration = {
  async up(db: Kysely<unknown>) {
    let table = clustered(db, db.schema.createTable('journey_combos'))
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('day', 'bigint', (col) => col.notNull());
    for (const column of comboValueColumns) table = table.addColumn(column, 'text', (col) => col.notNull());
    for (const column of comboCountColumns) table = table.addColumn(column, 'bigint', (col) => col.notNull());
    await table
      .addColumn('gaps', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('journey_combos_pk', ['site', 'day', ...comboValueColumns] as never[])
      .execute();
    // Every set of several filters but language + device (summed in `journey_cohorts`) has one of these:
    // the read walks that value's rows of the range, about a sixth of them, not every combination.
    for (const column of ['practice_area', 'lawyer', 'source', 'ref'] as const) {
      await db.schema
        .createIndex(`journey_combos_${column}`)
        .on('journey_combos')
        .columns(['site', column, 'day'])
        .execute();
    }
    await sql`update journey_cohort_marks set version = version + 1`.execute(db);
  },
};
