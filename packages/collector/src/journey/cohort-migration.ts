/**
 * `0010-journey-cohorts`: the journey cohorts (journey/cohorts.ts). `journey_cohorts` holds
 * summed days; `journey_cohort_marks` has one row per site and day whose `version` a trigger on
 * `journeys` raises whenever a journey of that day changes what it counts (first visit, a
 * stage reached, a filter value). A day is summed when `refreshed` has caught up with `version`.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import { clustered, createRowTrigger, isSqlite } from '../storage/dialect.ts';
import { journeyDimensionColumns, stageColumns } from './columns.ts';
import { journeyDailyTable } from './migration.ts';

const counted = ['first_seen', ...stageColumns, ...journeyDimensionColumns];
// Integer division in both dialects; the cast keeps SQLite whole if a value was stored as REAL.
const dayOf = (row: 'new' | 'old') => `cast(${row}.first_seen / 86400000 as bigint) * 86400000`;
const mark = (row: 'new' | 'old') =>
  `insert into journey_cohort_marks (site, day, version, refreshed) values (${row}.site, ${dayOf(row)}, 1, 0)
     on conflict (site, day) do update set version = journey_cohort_marks.version + 1`;

export const journeyCohortsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await clustered(db, db.schema.createTable('journey_cohorts'))
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('dimension', 'text', (col) => col.notNull())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('day', 'bigint', (col) => col.notNull())
      .addColumn('metric', 'text', (col) => col.notNull())
      .addColumn('bucket', 'integer', (col) => col.notNull())
      .addColumn('journeys', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('journey_cohorts_pk', ['site', 'dimension', 'value', 'day', 'metric', 'bucket'])
      .execute();
    // Breakdowns: one metric of one dimension over a range, every value (covering: `journeys` included).
    await db.schema
      .createIndex('journey_cohorts_metric')
      .on('journey_cohorts')
      .columns(['site', 'dimension', 'metric', 'day', 'value', 'journeys'])
      .execute();
    // The filter menus: which values each filter takes in a range (one row per day and value).
    await db.schema
      .createIndex('journey_cohorts_values')
      .on('journey_cohorts')
      .columns(['site', 'day', 'dimension', 'value'])
      .where(sql.ref('metric'), '=', 'journeys')
      .execute();
    // `journey_daily` (0008) read in key order too: rebuilt clustered on SQLite, rows kept.
    if (isSqlite(db)) {
      await sql`alter table journey_daily rename to journey_daily_0008`.execute(db);
      await clustered(db, journeyDailyTable(db)).execute();
      await sql`insert into journey_daily select * from journey_daily_0008`.execute(db);
      await sql`drop table journey_daily_0008`.execute(db);
    }
    await db.schema
      .createTable('journey_cohort_marks')
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('day', 'bigint', (col) => col.notNull())
      .addColumn('version', 'bigint', (col) => col.notNull())
      .addColumn('refreshed', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('journey_cohort_marks_pk', ['site', 'day'])
      .execute();
    await createRowTrigger(db, {
      name: 'journeys_cohort_insert',
      table: 'journeys',
      event: 'insert',
      statements: [mark('new')],
    });
    await createRowTrigger(db, {
      name: 'journeys_cohort_update',
      table: 'journeys',
      event: 'update',
      changed: counted.map((c) => `old.${c} is distinct from new.${c}`).join(' or '),
      statements: [mark('new'), mark('old')],
    });
    // Returning clients are counted by when they came back, with the map's filters: 0008's index on
    // (site, return_at) sent every filtered count to the table row by row (~0.7 s at 10 M events).
    await db.schema.dropIndex('journeys_site_return').execute();
    await db.schema
      .createIndex('journeys_site_return')
      .on('journeys')
      .columns(['site', 'return_at', ...journeyDimensionColumns])
      .where(sql.ref('return_at'), 'is not', null)
      .execute();
    // Journeys stored before this migration: every day of them is summed by the first refresh.
    await sql`insert into journey_cohort_marks (site, day, version, refreshed)
      select site, cast(first_seen / 86400000 as bigint) * 86400000, 1, 0 from journeys group by 1, 2`.execute(db);
  },
};

/**
 * `0030-journey-cohorts-day`: the refresh replaces one day of `journey_cohorts` (`delete … where site and day`),
 * and no index started with the day, so each summed day read every row of the site (at 10 M events several
 * million, issue 18). The index keeps the metric and value out: the delete needs only the rows' keys.
 */
export const journeyCohortsDayMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('journey_cohorts_day').on('journey_cohorts').columns(['site', 'day']).execute();
  },
};
