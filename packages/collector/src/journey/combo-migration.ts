/**
 * `0029-journey-combos`: `journey_combos` (journey/combos.ts), the journeys of a day summed per
 * combination of every filter value, so the map with several filters reads O(days) rows instead of
 * every journey of the range (issue 18). Summed with `journey_cohorts` by the same refresh, under
 * the same marks: every summed day is marked changed here, so reads take those days from `journeys`
 * (exact) until the refresh has summed them into both tables.
 */
import { journeyStages } from '@retainer/schema';
import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import { clustered, isSqlite } from '../storage/dialect.ts';
import {
  bothColumn,
  comboCountColumns,
  comboSteps,
  comboValueColumns,
  filterDimensions,
  reachedColumn,
} from './combo-columns.ts';

/** The total (`''`) and the single filters, as `journey_cohorts` names their dimensions. */
const singleDimensions = ['', ...filterDimensions.map(([dimension]) => dimension)];

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

/**
 * `0031-journey-combo-keys`: several filters read `journey_combos` through its combinations (issue 18). The table
 * is keyed by the combination first, then the day, so each combination matching the filters is one contiguous
 * range of its days; `journey_combo_keys` lists a site's combinations (a few thousand at most), where the filters
 * are applied. A read with several filters touches O(days × matching combinations) rows, once; 0029's per-value
 * indexes led the planner to walk every combination of the range instead, and each row was read twice.
 * Rows are kept as they are (no day is re-summed); the refresh's per-day delete has the (site, day) index.
 */
export const journeyComboKeysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const key = ['site', ...comboValueColumns, 'day'] as const;
    if (isSqlite(db)) {
      // SQLite cannot change a primary key: the table is rebuilt (without rowid, so rows are stored in key order).
      await sql`alter table journey_combos rename to journey_combos_0029`.execute(db);
      let table = clustered(db, db.schema.createTable('journey_combos'))
        .addColumn('site', 'text', (col) => col.notNull())
        .addColumn('day', 'bigint', (col) => col.notNull());
      for (const column of comboValueColumns) table = table.addColumn(column, 'text', (col) => col.notNull());
      for (const column of comboCountColumns) table = table.addColumn(column, 'bigint', (col) => col.notNull());
      await table
        .addColumn('gaps', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('journey_combos_key', [...key] as never[])
        .execute();
      const columns = sql.join(
        ['site', 'day', ...comboValueColumns, ...comboCountColumns, 'gaps'].map((c) => sql.id(c)),
      );
      await sql`insert into journey_combos (${columns}) select ${columns} from journey_combos_0029`.execute(db);
      await sql`drop table journey_combos_0029`.execute(db);
    } else {
      await sql`alter table journey_combos drop constraint journey_combos_pk`.execute(db);
      await sql`alter table journey_combos add constraint journey_combos_key primary key (${sql.join(key.map((c) => sql.id(c)))})`.execute(
        db,
      );
      for (const column of ['practice_area', 'lawyer', 'source', 'ref'] as const) {
        await db.schema.dropIndex(`journey_combos_${column}`).execute();
      }
    }
    await db.schema.createIndex('journey_combos_day').on('journey_combos').columns(['site', 'day']).execute();
    await clustered(db, db.schema.createTable('journey_combo_keys'))
      .addColumn('site', 'text', (col) => col.notNull())
      .$call((table) => {
        let t = table;
        for (const column of comboValueColumns) t = t.addColumn(column, 'text', (col) => col.notNull());
        return t;
      })
      .addPrimaryKeyConstraint('journey_combo_keys_pk', ['site', ...comboValueColumns] as never[])
      .execute();
    const keyColumns = sql.join(['site', ...comboValueColumns].map((c) => sql.id(c)));
    await sql`insert into journey_combo_keys (${keyColumns})
      select distinct ${keyColumns} from journey_combos`.execute(db);
  },
};

/**
 * `0032-journey-pairs`: `journey_pairs` (journey/combos.ts `filterPairs`), the journeys of a day summed per pair of
 * filters and pair of values, so two filters read one row a day (issue 18). Summed by the cohorts' refresh: every
 * summed day is marked changed, so reads take those days from `journeys` (exact) until it has summed them again.
 */
export const journeyPairsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    let table = clustered(db, db.schema.createTable('journey_pairs'))
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('pair', 'text', (col) => col.notNull())
      .addColumn('first', 'text', (col) => col.notNull())
      .addColumn('second', 'text', (col) => col.notNull())
      .addColumn('day', 'bigint', (col) => col.notNull());
    for (const column of comboCountColumns) table = table.addColumn(column, 'bigint', (col) => col.notNull());
    await table
      .addColumn('gaps', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('journey_pairs_pk', ['site', 'pair', 'first', 'second', 'day'])
      .execute();
    // The refresh replaces a day.
    await db.schema.createIndex('journey_pairs_day').on('journey_pairs').columns(['site', 'day']).execute();
    await sql`update journey_cohort_marks set version = version + 1`.execute(db);
  },
};

/** `journey_cohorts`' metric name → its `journey_pairs` column (journey/cohorts.ts `metric`). */
const metricColumns = [
  ['journeys', 'journeys'],
  ['referred', 'referred'],
  ...journeyStages.map((stage) => [`reached.${stage}`, reachedColumn(stage)] as const),
  ...comboSteps.map((stage) => [`both.${stage}`, bothColumn(stage)] as const),
] as const;

/**
 * `0033-journey-singles`: `journey_pairs` holds each day's total (`pair` `''`) and each single filter value (`pair`
 * the dimension, `second` `''`) too, and language + device as a pair (journey/combos.ts `pairWhere`), so the
 * unfiltered and single-filter maps read one row a day (issue 18). Summed here from `journey_cohorts`' rows, the
 * same counts the refresh writes (a gap entry per step and bucket, as `readGaps` reads them), so no day is summed
 * again: a day changed since its last sum is read from `journeys` anyway, and the refresh replaces both.
 */
export const journeySinglesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const counts = metricColumns.map(
      ([name, column]) => sql`sum(case when metric = ${name} then journeys else 0 end) as ${sql.id(column)}`,
    );
    const gapEntry = sql`case ${sql.join(
      comboSteps.map((stage, i) => sql`when metric = ${`gap.${stage}`} then ${`${i}:`}`),
      sql` `,
    )} end || cast(bucket as text) || ':' || cast(journeys as text)`;
    const columns = sql.join(
      ['site', 'pair', 'first', 'second', 'day', ...metricColumns.map(([, column]) => column), 'gaps'].map((c) =>
        sql.id(c),
      ),
    );
    const insert = (
      pair: RawBuilder<unknown>,
      first: RawBuilder<unknown>,
      second: RawBuilder<unknown>,
      where: RawBuilder<unknown>,
    ) =>
      sql`insert into journey_pairs (${columns}) select site, ${pair}, ${first}, ${second}, day, ${sql.join(counts)},
        coalesce(string_agg(${gapEntry}, ','), '') from journey_cohorts where ${where} group by site, dimension, value, day`;
    await insert(sql`dimension`, sql`value`, sql`''`, sql`dimension in (${sql.join(singleDimensions)})`).execute(db);
    // `journey_cohorts` keeps language + device as `device|lang` (a device has no `|`).
    const [device, lang] = isSqlite(db)
      ? [sql`substr(value, 1, instr(value, '|') - 1)`, sql`substr(value, instr(value, '|') + 1)`]
      : [sql`split_part(value, '|', 1)`, sql`substr(value, strpos(value, '|') + 1)`];
    await insert(sql`'lang+device'`, lang, device, sql`dimension = 'lang+device'`).execute(db);
  },
};
