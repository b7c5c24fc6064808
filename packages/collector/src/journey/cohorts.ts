/**
 * Journey cohorts: what the map and the trends need from `journeys`, summed per site, UTC day
 * of first visit (the cohort) and filter value, so a year of journeys is read as a few
 * thousand rows. Per cohort: journeys, journeys that reached each stage, that reached a stage
 * and the one it converts from, referred contacts, and a histogram of the time between the two
 * (log buckets, eight per doubling: a median read from them is within 4.5 % of the exact one).
 *
 * `journey_cohorts` holds days that were summed; a trigger on `journeys` marks a day changed
 * (`journey_cohort_marks.version`) whenever a journey of it changes what it counts, and
 * `refreshCohorts` re-sums changed days (with `cohortItems`). Reads take the summed rows of
 * unchanged whole days and sum the rest — changed days and the range's partial first and last
 * day — from `journeys` in SQL (the property test holds both to the same arithmetic), so an
 * answer is always exact and never waits for the refresh.
 *
 * @example
 *   const tally = await readCohorts(db, scope, { byDay: false });
 *   tally.count(allDays, 'reached.contact');
 */
import { journeyStages } from '@retainer/schema';
import { type CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../storage/database.ts';
import { isSqlite } from '../storage/dialect.ts';
import type { JourneysTable } from '../storage/tables.ts';
import { type StageName, stageColumn } from './columns.ts';
import {
  bothColumn,
  comboCountColumns,
  comboSteps,
  type FilterDimension,
  filterDimensions,
  reachedColumn,
} from './combo-columns.ts';
import {
  type ComboRow,
  comboInserts,
  matchingCombos,
  type PairRow,
  pairInserts,
  pairWhere,
  readGaps,
  sumCombos,
  sumPairs,
} from './combos.ts';
import { dayMs } from './event-facts.ts';
import { engaged, journeyWhere, type Scope } from './journey-filters.ts';
import { previousStage } from './stage-math.ts';

type Db = Kysely<Database>;
type StageAt = Record<ReturnType<typeof stageColumn>, number | null>;
export type CohortJourney = Pick<
  JourneysTable,
  'site' | 'first_seen' | 'practice_area' | 'lawyer' | 'lang' | 'device' | 'source' | 'ref'
> &
  StageAt;

/** Filter → the journey column(s) a cohort is summed by. */
const cohortDimensions = filterDimensions;
export type CohortDimension = FilterDimension;

export const steps = journeyStages.flatMap((stage) => {
  const from = previousStage[stage];
  return from ? [{ stage, from }] : [];
});

export const metric = {
  journeys: 'journeys',
  referred: 'referred',
  reached: (stage: StageName) => `reached.${stage}`,
  both: (stage: StageName) => `both.${stage}`,
  gap: (stage: StageName) => `gap.${stage}`,
} as const;

/** Eight buckets per doubling from one second; bucket 0 is under a second. */
const perDoubling = 8;
export const gapBucket = (ms: number) => (ms < 1000 ? 0 : 1 + Math.floor(perDoubling * Math.log2(ms / 1000)));
/** The bucket's geometric middle (bucket 0: half a second). */
export const bucketMiddle = (bucket: number) => (bucket === 0 ? 500 : 1000 * 2 ** ((bucket - 0.5) / perDoubling));

/** The breakdown by source counts each journey once: its category, else its referrer. */
export const originDimension = 'origin';

/**
 * The filter values a journey is counted under: the total (`''`), one per dimension it has, and
 * its origin (for breakdowns; never a filter).
 */
export function cohortKeys(journey: CohortJourney): [dimension: string, value: string][] {
  const keys: [string, string][] = [['', '']];
  for (const [dimension, columns] of cohortDimensions) {
    const values = new Set(columns.map((c) => journey[c]).filter((v): v is string => v !== null));
    for (const value of values) keys.push([dimension, value]);
  }
  const origin = journey.source ?? journey.ref;
  if (origin !== null) keys.push([originDimension, origin]);
  if (journey.lang !== null && journey.device !== null) keys.push([langDevice, langDeviceValue(journey)]);
  return keys;
}

/**
 * Language and device together: the one pair of filters no `journey_combos` index narrows (three
 * values each), so it is summed here as one more dimension (issue 18). A device has no `|`.
 */
export const langDevice = 'lang+device';
const langDeviceValue = ({ lang, device }: { lang: string | null; device: string | null }) => `${device}|${lang}`;

/**
 * How many journeys of an unfiltered scope reached `stage`, per value of one dimension (`''`: none):
 * summed days from `journey_cohorts`, the rest grouped in SQL from `journeys`.
 */
export async function cohortBreakdown(
  db: Db,
  scope: Scope,
  stage: StageName,
  dimension: CohortDimension | typeof originDimension,
  valueColumn: RawBuilder<unknown>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (value: string, n: number) => counts.set(value, (counts.get(value) ?? 0) + n);
  const plan = await readPlan(db, scope);
  if (plan.whole) {
    const summed = await sql<{ dimension: string; value: string; n: unknown }>`select dimension, value,
      sum(journeys) as n from journey_cohorts where site = ${scope.site} and dimension in (${dimension}, '')
      and metric = ${metric.reached(stage)} and ${summedDays(plan)} group by dimension, value`.execute(db);
    let total = 0;
    for (const row of summed.rows) {
      if (row.dimension === '') total += Number(row.n);
      else add(row.value, Number(row.n));
    }
    const valued = [...counts.values()].reduce((sum, n) => sum + n, 0);
    if (total > valued) add('', total - valued);
  }
  for (const [from, to] of plan.stretches) {
    const rows = await sql<{ value: string | null; n: unknown }>`select ${valueColumn} as value, count(*) as n
      from journeys where ${journeyWhere({ ...scope, from, to })} and ${col(stage)} is not null group by 1`.execute(db);
    for (const row of rows.rows) add(row.value ?? '', Number(row.n));
  }
  return counts;
}

/** What one journey adds to its cohort: (metric, bucket) pairs, each counting 1. */
export function cohortItems(journey: CohortJourney): [metric: string, bucket: number][] {
  const items: [string, number][] = [[metric.journeys, 0]];
  if (journey.discover_at !== null) items.push([metric.reached('discover'), 0]);
  for (const { stage, from } of steps) {
    const at = journey[stageColumn(stage)];
    const fromAt = journey[stageColumn(from)];
    if (at === null) continue;
    items.push([metric.reached(stage), 0]);
    if (fromAt === null) continue;
    items.push([metric.both(stage), 0]);
    if (at >= fromAt) items.push([metric.gap(stage), gapBucket(at - fromAt)]);
  }
  if (journey.contact_at !== null && journey.source === 'referral') items.push([metric.referred, 0]);
  return items;
}

export const dayOf = (ms: number) => Math.floor(ms / dayMs) * dayMs;
/** The key of a whole-range total in a tally read with `byDay: false`. */
export const allDays = -1;

/**
 * Counts per (day, metric, bucket), nested by day then metric, with each (day, metric)'s total kept as it is added:
 * `count` is one lookup and `histogram` walks one metric's buckets (issue 18: at 10 M events a map read thousands of
 * keys per count, and split each one).
 */
export class CohortTally {
  readonly #days = new Map<number, Map<string, { total: number; buckets: Map<number, number> }>>();

  add(day: number, name: string, bucket: number, n = 1) {
    let metrics = this.#days.get(day);
    if (!metrics) {
      metrics = new Map();
      this.#days.set(day, metrics);
    }
    let counts = metrics.get(name);
    if (!counts) {
      counts = { total: 0, buckets: new Map() };
      metrics.set(name, counts);
    }
    counts.total += n;
    counts.buckets.set(bucket, (counts.buckets.get(bucket) ?? 0) + n);
  }

  /** The count of a metric on a day (or `allDays`), over all buckets. */
  count(day: number, name: string): number {
    return this.#days.get(day)?.get(name)?.total ?? 0;
  }

  /** Bucket → count of one metric over every day. */
  histogram(name: string): Map<number, number> {
    const buckets = new Map<number, number>();
    for (const metrics of this.#days.values()) {
      for (const [bucket, n] of metrics.get(name)?.buckets ?? []) buckets.set(bucket, (buckets.get(bucket) ?? 0) + n);
    }
    return buckets;
  }

  entries(): [day: number, name: string, bucket: number, count: number][] {
    const entries: [number, string, number, number][] = [];
    for (const [day, metrics] of this.#days) {
      for (const [name, { buckets }] of metrics) {
        for (const [bucket, n] of buckets) entries.push([day, name, bucket, n]);
      }
    }
    return entries;
  }
}

/** The median from a histogram: the middle of the bucket holding each middle rank. */
export function histogramMedian(buckets: Map<number, number>): number | null {
  const sorted = [...buckets].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const [bucket, n] of sorted) {
      seen += n;
      if (rank < seen) return bucketMiddle(bucket);
    }
    return bucketMiddle(sorted[sorted.length - 1]![0]);
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.ceil((total - 1) / 2))) / 2;
}

const cohortColumns = [
  'site',
  'first_seen',
  'practice_area',
  'lawyer',
  'lang',
  'device',
  'source',
  'ref',
  ...journeyStages.map(stageColumn),
] as const;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

async function journeysIn(db: Db, where: RawBuilder<unknown>): Promise<CohortJourney[]> {
  const result = await sql<Record<string, unknown>>`select ${sql.join(cohortColumns.map((c) => sql.id(c)))}
    from journeys where ${where}`.execute(db);
  return result.rows.map((row) => {
    const journey = { ...row } as Record<string, unknown>;
    journey.first_seen = Number(row.first_seen);
    for (const stage of journeyStages) journey[stageColumn(stage)] = num(row[stageColumn(stage)]);
    return journey as CohortJourney;
  });
}

/** How a range is read: summed whole days (minus `changed`), and the stretches read from `journeys`. */
type ReadPlan = { whole: [from: number, to: number] | null; changed: number[]; stretches: [number, number][] };

async function readPlan(db: Db, { site, from, to }: Scope): Promise<ReadPlan> {
  const firstWhole = Math.ceil(from / dayMs) * dayMs;
  const wholeEnd = dayOf(to);
  if (firstWhole >= wholeEnd) return { whole: null, changed: [], stretches: [[from, to]] };
  const marks = await sql<{ day: unknown }>`select day from journey_cohort_marks where site = ${site}
    and day >= ${firstWhole} and day < ${wholeEnd} and version <> refreshed`.execute(db);
  const changed = marks.rows.map((r) => Number(r.day));
  const live: [number, number][] = changed.map((day) => [day, day + dayMs]);
  if (from < firstWhole) live.push([from, firstWhole]);
  if (wholeEnd < to) live.push([wholeEnd, to]);
  // One read per stretch (neighbouring days joined): each is a range of the (site, first_seen) index.
  live.sort((x, y) => x[0] - y[0]);
  const stretches: [number, number][] = [];
  for (const [a, b] of live) {
    const last = stretches[stretches.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else stretches.push([a, b]);
  }
  return { whole: [firstWhole, wholeEnd], changed, stretches };
}

const summedDays = ({ whole, changed }: ReadPlan, day: RawBuilder<unknown> = sql`day`) =>
  whole
    ? sql`${day} >= ${whole[0]} and ${day} < ${whole[1]} ${changed.length > 0 ? sql`and ${day} not in (${sql.join(changed)})` : sql``}`
    : sql`1 = 0`;

/**
 * The cohort counts of a scope, per day or in total: summed rows for
 * unchanged whole days, journeys read and summed here for the rest. `gaps: false` leaves out
 * the time histograms (the trends need only counts, per day).
 */
export async function readCohorts(
  db: Db,
  scope: Scope,
  { byDay, gaps = true }: { byDay: boolean; gaps?: boolean },
): Promise<CohortTally> {
  const tally = new CohortTally();
  const plan = await readPlan(db, scope);
  const pair = pairWhere(scope);
  if (pair && plan.whole) {
    // No filter, one or two: the summed rows of the total, the value or the pair, one a day (journey/combos.ts).
    await tallySummedRows(db, tally, sql`journey_pairs where ${pair} and ${summedDays(plan)}`, { byDay, gaps });
  } else if (plan.whole) {
    // More: the summed combinations of the whole days that match them all (journey/combos.ts).
    const from = matchingCombos(scope, summedDays(plan, sql`c.day`));
    await tallySummedRows(db, tally, from, { byDay, gaps, alias: 'c.' });
  }
  for (const [from, to] of plan.stretches) await tallyJourneys(db, tally, { ...scope, from, to }, { byDay, gaps });
  return tally;
}

const col = (stage: StageName) => sql.id(stageColumn(stage));

/** The journeys first seen in the scope's range, filters aside: summed days, and an index count for the rest. */
export async function rangeJourneyCount(db: Db, scope: Scope): Promise<number> {
  const plan = await readPlan(db, scope);
  let total = 0;
  if (plan.whole) {
    const summed = await sql<{ n: unknown }>`select sum(journeys) as n from journey_cohorts where site = ${scope.site}
      and dimension = '' and value = '' and ${summedDays(plan)} and metric = ${metric.journeys} and bucket = 0`.execute(
      db,
    );
    total += Number(summed.rows[0]?.n ?? 0);
  }
  for (const [from, to] of plan.stretches) {
    const counted = await sql<{ n: unknown }>`select count(*) as n from journeys
      where ${journeyWhere({ ...scope, filters: {}, from, to })}`.execute(db);
    total += Number(counted.rows[0]?.n ?? 0);
  }
  return total;
}

/**
 * Sums rows of `journey_combos` or `journey_pairs` (`from`: the table and its condition) into the tally: counts
 * summed in SQL, the gap entries joined there (each row read once) and counted here.
 */
async function tallySummedRows(
  db: Db,
  tally: CohortTally,
  from: RawBuilder<unknown>,
  { byDay, gaps, alias = '' }: { byDay: boolean; gaps: boolean; alias?: string },
) {
  const column = (name: string) => sql.raw(`${alias}${name}`);
  // `+ 0`: grouped by the bare day, SQLite's planner walks `journey_pairs_day` (site, day) for its order, every pair of
  // the range, instead of the key (a "lawyer=other" trend read a million rows at 1 M events).
  const day = byDay ? sql`${column('day')} + 0` : sql`${allDays}`;
  const sums = comboCountColumns.map((c) => sql`sum(${column(c)}) as ${sql.id(c)}`);
  if (gaps) sums.push(sql`string_agg(nullif(${column('gaps')}, ''), ',') as gaps`);
  const rows = await sql<
    Record<string, unknown>
  >`select ${day} as day, ${sql.join(sums)} from ${from} group by 1`.execute(db);
  for (const row of rows.rows) {
    const d = Number(row.day);
    tally.add(d, metric.journeys, 0, Number(row.journeys));
    tally.add(d, metric.referred, 0, Number(row.referred));
    for (const stage of journeyStages) tally.add(d, metric.reached(stage), 0, Number(row[reachedColumn(stage)]));
    for (const stage of comboSteps) tally.add(d, metric.both(stage), 0, Number(row[bothColumn(stage)]));
    if (!gaps || typeof row.gaps !== 'string') continue;
    for (const [stage, bucket, n] of readGaps(row.gaps)) tally.add(d, metric.gap(stage), bucket, n);
  }
}

/** The forward gaps of a step as one comma-separated list (`string_agg`, SQLite ≥ 3.44 and PostgreSQL). */
export const gapList = (stage: StageName, from: StageName) =>
  sql`string_agg(cast(case when ${col(stage)} >= ${col(from)} then ${col(stage)} - ${col(from)} end as text), ',') as ${sql.id(`g_${stage}`)}`;

/** The numbers of a `gapList` (empty for none). */
export function gapsOf(list: unknown): Float64Array {
  if (typeof list !== 'string' || list === '') return new Float64Array(0);
  const parts = list.split(',');
  // A plain loop: `Float64Array.from(parts, Number)` is several times slower on 100k values.
  const gaps = new Float64Array(parts.length);
  for (let i = 0; i < parts.length; i += 1) gaps[i] = +(parts[i] as string);
  return gaps;
}

/**
 * What `cohortItems` would add for the journeys of a scope, summed in SQL over the two covering
 * indexes (every journey; the engaged ones) so a busy day is not read row by row.
 */
async function tallyJourneys(
  db: Db,
  tally: CohortTally,
  scope: Scope,
  { byDay, gaps }: { byDay: boolean; gaps: boolean },
) {
  const day = byDay ? sql`cast(first_seen / ${dayMs} as bigint) * ${dayMs}` : sql`${allDays}`;
  const totals = await sql<{ day: unknown; journeys: unknown; discover: unknown }>`select ${day} as day,
    count(*) as journeys, count(discover_at) as discover from journeys where ${journeyWhere(scope)} group by 1`.execute(
    db,
  );
  for (const row of totals.rows) {
    tally.add(Number(row.day), metric.journeys, 0, Number(row.journeys));
    tally.add(Number(row.day), metric.reached('discover'), 0, Number(row.discover));
  }
  const counts = [
    ...steps.flatMap(({ stage, from }) => [
      sql`count(${col(stage)}) as ${sql.id(`r_${stage}`)}`,
      sql`sum(case when ${col(stage)} is not null and ${col(from)} is not null then 1 else 0 end) as ${sql.id(`b_${stage}`)}`,
    ]),
    sql`sum(case when contact_at is not null and source = 'referral' then 1 else 0 end) as referred`,
  ];
  // The gap lists in the same walk of the engaged journeys (issue 18: the partial days of a 10 M range were read twice).
  if (gaps) counts.push(...steps.map(({ stage, from }) => gapList(stage, from)));
  const engagedRows = await sql<Record<string, unknown>>`select ${day} as day, ${sql.join(counts)} from journeys
    where ${journeyWhere(scope)} and ${engaged} group by 1`.execute(db);
  for (const row of engagedRows.rows) {
    const d = Number(row.day);
    for (const { stage } of steps) {
      tally.add(d, metric.reached(stage), 0, Number(row[`r_${stage}`] ?? 0));
      tally.add(d, metric.both(stage), 0, Number(row[`b_${stage}`] ?? 0));
    }
    tally.add(d, metric.referred, 0, Number(row.referred ?? 0));
    if (!gaps) continue;
    for (const { stage } of steps) {
      const buckets = new Map<number, number>();
      for (const gap of gapsOf(row[`g_${stage}`])) {
        const bucket = gapBucket(gap);
        buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
      }
      for (const [bucket, n] of buckets) tally.add(d, metric.gap(stage), bucket, n);
    }
  }
}

const valueColumns = ['practice_area', 'lawyer', 'lang', 'device', 'source', 'ref'] as const;

/**
 * The values each filter takes among the journeys first seen in the range (filters ignored): the summed days' values,
 * and for a partial first or last day only the values its summed day has and the range has not shown yet, each looked
 * up in `journeys` (issue 18: grouping a partial day's journeys by every filter cost ~20 ms of CPU at 10 M events). A
 * stretch of changed or unsummed days is grouped as before.
 */
export async function cohortValues(db: Db, scope: Scope): Promise<Map<string, Set<string>>> {
  const values = new Map<string, Set<string>>(cohortDimensions.map(([key]) => [key, new Set<string>()]));
  const add = (dimension: string, value: string) => values.get(dimension)?.add(value);
  const plan = await readPlan(db, scope);
  if (plan.whole) {
    const summed = await sql<{ dimension: string; value: string }>`select dimension, value from journey_cohorts
      where site = ${scope.site} and metric = 'journeys' and dimension <> '' and ${summedDays(plan)}
      group by dimension, value`.execute(db);
    for (const row of summed.rows) add(row.dimension, row.value);
  }
  for (const [from, to] of plan.stretches) {
    const day = dayOf(from);
    if (to <= day + dayMs && (await daySummed(db, scope.site, day))) {
      const candidates = await sql<{ dimension: string; value: string }>`select dimension, value from journey_cohorts
        where site = ${scope.site} and day = ${day} and metric = 'journeys' and dimension <> ''`.execute(db);
      for (const { dimension, value } of candidates.rows) {
        const columns = cohortColumnsOf.get(dimension);
        if (!columns || values.get(dimension)?.has(value)) continue;
        const match = sql.join(
          columns.map((c) => sql`${sql.id(c)} = ${value}`),
          sql` or `,
        );
        const found =
          await sql`select 1 as found from journeys where ${journeyWhere({ ...scope, filters: {}, from, to })}
          and (${match}) limit 1`.execute(db);
        if (found.rows.length > 0) add(dimension, value);
      }
      continue;
    }
    const combinations = await sql<Record<(typeof valueColumns)[number], string | null>>`select
      ${sql.join(valueColumns.map((c) => sql.id(c)))} from journeys where ${journeyWhere({ ...scope, filters: {}, from, to })}
      group by ${sql.join(valueColumns.map((c) => sql.id(c)))}`.execute(db);
    for (const row of combinations.rows) {
      for (const [dimension, columns] of cohortDimensions) {
        for (const column of columns) if (row[column] !== null) add(dimension, row[column]);
      }
    }
  }
  return values;
}

const cohortColumnsOf = new Map<string, readonly string[]>(cohortDimensions);

/** Whether a day's `journey_cohorts` rows are up to date (summed, and no journey of it changed since). */
async function daySummed(db: Db, site: string, day: number): Promise<boolean> {
  const mark = await sql<{ version: unknown; refreshed: unknown }>`select version, refreshed from journey_cohort_marks
    where site = ${site} and day = ${day}`.execute(db);
  const row = mark.rows[0];
  return row !== undefined && Number(row.version) === Number(row.refreshed);
}

/**
 * Runs compiled writes in one transaction off the event loop (on SQLite: the group commit's writer thread,
 * `Storage.writeAll`), resolving once they are on disk.
 */
export type AtomicWrite = (queries: CompiledQuery[]) => Promise<void>;

/** A day's sums: `journey_cohorts` rows (dimension, value, metric, bucket, journeys), `journey_combos` and `journey_pairs` rows. */
type DaySums = {
  cohorts: [dimension: string, value: string, name: string, bucket: number, n: number][];
  combos: ComboRow[];
  pairs: PairRow[];
};

/** What the refresh writes for one day's journeys: every (filter value, metric, bucket) counted, and the combinations. */
function sumDay(journeys: readonly CohortJourney[]): DaySums {
  const tally = new Map<string, number>();
  const itemsOf = journeys.map((journey) => [journey, cohortItems(journey)] as const);
  for (const [journey, items] of itemsOf) {
    const keys = cohortKeys(journey);
    for (const [name, bucket] of items) {
      for (const [dimension, value] of keys) {
        const key = `${dimension}\u0000${value}\u0000${name}\u0000${bucket}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    }
  }
  const cohorts = [...tally].map(([key, n]) => {
    const [dimension, value, name, bucket] = key.split('\u0000') as [string, string, string, string];
    return [dimension, value, name, Number(bucket), n] as DaySums['cohorts'][number];
  });
  return { cohorts, combos: sumCombos(itemsOf), pairs: sumPairs(itemsOf) };
}

/** The statements that insert a day's sums (its old rows deleted first, or none). */
function dayInserts(site: string, day: number, { cohorts, combos, pairs }: DaySums): RawBuilder<unknown>[] {
  const statements = [...comboInserts(site, day, combos), ...pairInserts(site, day, pairs)];
  const rows = cohorts.map(
    ([dimension, value, name, bucket, n]) => sql`(${site}, ${dimension}, ${value}, ${day}, ${name}, ${bucket}, ${n})`,
  );
  // 7 parameters a row: well under both dialects' limits per statement.
  for (let i = 0; i < rows.length; i += 2000) {
    statements.push(sql`insert into journey_cohorts (site, dimension, value, day, metric, bucket, journeys)
        values ${sql.join(rows.slice(i, i + 2000))}`);
  }
  return statements;
}

const markSummed = (site: string, day: number, version: number) =>
  sql`update journey_cohort_marks set refreshed = ${version} where site = ${site} and day = ${day}`;

/**
 * Deletes one site's day of `journey_cohorts` through the (site, day) index (0030). SQLite's planner deletes
 * through the widest covering index, `journey_cohorts_metric` (site=? only: every summed row of the site), unless
 * the keys are looked up first.
 */
export const deleteCohortDay = (db: Db, site: string, day: number) =>
  isSqlite(db as Kysely<unknown>)
    ? sql`delete from journey_cohorts where (site, dimension, value, day, metric, bucket) in
        (select site, dimension, value, day, metric, bucket from journey_cohorts where site = ${site} and day = ${day})`
    : sql`delete from journey_cohorts where site = ${site} and day = ${day}`;

/** The statements that replace one site's day of cohorts and combinations with `journeys` summed. */
function dayWrites(db: Db, site: string, day: number, version: number, journeys: CohortJourney[]) {
  return [
    deleteCohortDay(db, site, day),
    sql`delete from journey_combos where site = ${site} and day = ${day}`,
    sql`delete from journey_pairs where site = ${site} and day = ${day}`,
    ...dayInserts(site, day, sumDay(journeys)),
    markSummed(site, day, version),
  ];
}

const journeysOfDay = (db: Db, site: string, day: number) =>
  journeysIn(db, sql`site = ${site} and first_seen >= ${day} and first_seen < ${day + dayMs}`);

/**
 * Re-sums one site's changed day: the day's rows replaced, the mark set to the version it was summed at.
 * With `write` (SQLite) the day is read here and written through the writer thread: a transaction on this
 * connection would wait for the writer's lock and for its own fsync on the event loop (issue 18: at start, with
 * the demo's days to sum, ingest fell to a few percent of its rate). The version was read before the journeys,
 * so a journey changed meanwhile leaves the mark behind its version and the day is summed again.
 */
async function refreshDay(db: Db, site: string, day: number, version: number, write?: AtomicWrite) {
  if (write) {
    const statements = dayWrites(db, site, day, version, await journeysOfDay(db, site, day));
    await write(statements.map((statement) => statement.compile(db)));
    return;
  }
  await db.transaction().execute(async (trx) => {
    // Takes the mark's row lock first: a second collector refreshing the same day waits, then redoes it.
    await sql`update journey_cohort_marks set refreshed = refreshed where site = ${site} and day = ${day}`.execute(trx);
    for (const statement of dayWrites(trx, site, day, version, await journeysOfDay(trx, site, day))) {
      await statement.execute(trx);
    }
  });
}

/**
 * Sums every marked day of a site whose cohorts were never summed (a fresh bulk fill: the bench at 10 M,
 * journey/fill-generated.ts): the refresh's sums, inserted without its per-day delete (which scans
 * `journey_cohorts`) and many days to a transaction. Throws when the site has summed rows already.
 */
export async function sumFreshCohorts(db: Db, site: string): Promise<number> {
  const summed = await sql<{ n: unknown }>`select count(*) as n from journey_cohorts where site = ${site}`.execute(db);
  const combos = await sql<{ n: unknown }>`select count(*) as n from journey_combos where site = ${site}`.execute(db);
  if (Number(summed.rows[0]?.n) > 0 || Number(combos.rows[0]?.n) > 0) {
    throw new Error(`sumFreshCohorts: ${site} has summed cohorts already; use refreshCohorts`);
  }
  const marks = await sql<{ day: unknown; version: unknown }>`select day, version from journey_cohort_marks
    where site = ${site} and version <> refreshed order by day`.execute(db);
  const daysPerTransaction = 10;
  for (let i = 0; i < marks.rows.length; i += daysPerTransaction) {
    await db.transaction().execute(async (trx) => {
      for (const mark of marks.rows.slice(i, i + daysPerTransaction)) {
        const day = Number(mark.day);
        const sums = sumDay(await journeysOfDay(trx, site, day));
        for (const statement of dayInserts(site, day, sums)) await statement.execute(trx);
        await markSummed(site, day, Number(mark.version)).execute(trx);
      }
    });
  }
  return marks.rows.length;
}

/**
 * Re-sums up to `limit` changed days before `before` (oldest first); returns how many. A day changed
 * again while it was being summed keeps a newer version than the one recorded, so it is summed
 * again later. The collector leaves today out: it changes all day, and reads sum it anyway.
 * `write`: where each day's writes go (see `refreshDay`); by default a transaction on `db`.
 */
export async function refreshCohorts(
  db: Db,
  {
    limit = 100,
    before = Number.MAX_SAFE_INTEGER,
    write,
  }: { limit?: number; before?: number; write?: AtomicWrite | undefined } = {},
): Promise<number> {
  const changed = await sql<{ site: string; day: unknown; version: unknown }>`select site, day, version
    from journey_cohort_marks where version <> refreshed and day < ${before} order by day limit ${limit}`.execute(db);
  for (const row of changed.rows) {
    await refreshDay(db, row.site, Number(row.day), Number(row.version), write);
    // On SQLite every read runs synchronously on the event loop: one day at a time, with requests served in between.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return changed.rows.length;
}

/** Refreshes until nothing is left (the data generator and the bench; the collector uses a timer). */
export async function refreshAllCohorts(db: Db): Promise<number> {
  let total = 0;
  for (let n = await refreshCohorts(db); n > 0; n = await refreshCohorts(db)) total += n;
  return total;
}
