/**
 * `0008-journey`: what the journey map reads instead of scanning raw events. Both tables are
 * kept at ingest, in the transaction that stores the event (storage/write-queries.ts).
 * - `journeys`: one row per site + journey: first/last seen, when each stage was first
 *   reached, and the journey's dimensions (each from the earliest event that carried it).
 * - `journey_daily`: event counts per site, UTC day, stage, touchpoint and survey score; once in
 *   total (`dimension = ''`) and once per dimension the event carried (`device` = `phone`, …),
 *   so a map with no filter or one filter reads a few thousand rows, not one per event.
 */
import { type Kysely, type Migration, type SqlBool, sql } from 'kysely';
import { engagedCondition, journeyDimensionColumns, stageColumns } from './columns.ts';

export const journeyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    let journeys = db.schema
      .createTable('journeys')
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('journey', 'text', (col) => col.notNull())
      .addColumn('first_seen', 'bigint', (col) => col.notNull())
      .addColumn('last_seen', 'bigint', (col) => col.notNull());
    for (const column of stageColumns) journeys = journeys.addColumn(column, 'bigint');
    for (const column of journeyDimensionColumns) {
      journeys = journeys.addColumn(column, 'text').addColumn(`${column}_ts`, 'bigint');
    }
    await journeys.addPrimaryKeyConstraint('journeys_pk', ['site', 'journey']).execute();
    const dims = journeyDimensionColumns;
    // The map's two scans read these indexes only, never the table: every journey of a range (for the
    // totals) and, in a partial index, the ones that got past `discover` (for stage counts and medians).
    await db.schema
      .createIndex('journeys_site_first_seen')
      .on('journeys')
      .columns(['site', 'first_seen', 'discover_at', ...dims])
      .execute();
    await db.schema
      .createIndex('journeys_engaged')
      .on('journeys')
      .columns(['site', 'first_seen', ...stageColumns, ...dims])
      .where(sql.raw<SqlBool>(engagedCondition))
      .execute();
    // Returning clients are counted by when they came back, not by when their journey began.
    await db.schema.createIndex('journeys_site_return').on('journeys').columns(['site', 'return_at']).execute();

    await journeyDailyTable(db).execute();
  },
};

/** `journey_daily`'s definition (0008; 0010 rebuilds it clustered on SQLite). */
export const journeyDailyTable = (db: Kysely<unknown>) =>
  db.schema
    .createTable('journey_daily')
    .addColumn('site', 'text', (col) => col.notNull())
    .addColumn('dimension', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('day', 'bigint', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('measure', 'text', (col) => col.notNull())
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('events', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('journey_daily_pk', [
      'site',
      'dimension',
      'value',
      'day',
      'stage',
      'type',
      'measure',
      'score',
    ]);
