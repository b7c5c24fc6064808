/**
 * Journey combinations (issue 18): a day's journeys summed per combination of all their filter
 * values (`journey_combos`, 0029), so the map and the trends with several filters read summed rows
 * instead of every journey of the range. Per row the counts of `cohortItems` as columns and the gap
 * histograms as text. Summed by the cohorts' refresh, read for the days it summed (journey/cohorts.ts
 * `readCohorts`). Three filters or more: the combinations that match (`journey_combo_keys`, 0031), each
 * one's days one range of the table's key — O(days × matching combinations) rows, read once. Two filters
 * match too many of the ~2,400 combinations a day at 10 M events (a sixth to a half), so each pair of
 * filters is summed per pair of values too (`journey_pairs`, 0032): one row a day; so are a single filter's values
 * and the day's total (0033).
 *
 * @example
 *   const rows = sumCombos(journeysOfOneDay); // then inserted by the refresh
 */
import { otherLawyer } from '@retainer/schema/admin';
import { type RawBuilder, sql } from 'kysely';
import type { JourneyCombosTable } from '../storage/tables.ts';
import type { StageName } from './columns.ts';
import {
  bothColumn,
  comboCountColumns,
  comboSteps,
  comboValueColumns,
  type FilterDimension,
  filterDimensions,
  reachedColumn,
} from './combo-columns.ts';
import type { Scope } from './journey-filters.ts';

type ComboKey = Pick<JourneyCombosTable, (typeof comboValueColumns)[number]>;
type ComboValues = Record<(typeof comboValueColumns)[number], string | null>;
export type ComboRow = ComboKey & Record<(typeof comboCountColumns)[number], number> & { gaps: string };

const stepIndex = new Map<string, number>(comboSteps.map((stage, i) => [stage, i]));

/** A metric of `cohortItems` (`reached.contact`, …) as its count column, or null for a gap. */
function countColumn(name: string): (typeof comboCountColumns)[number] | null {
  if (name === 'journeys' || name === 'referred') return name;
  const [kind, stage] = name.split('.') as [string, StageName];
  if (kind === 'reached') return reachedColumn(stage);
  if (kind === 'both') return bothColumn(stage);
  return null;
}

type Counts = Record<(typeof comboCountColumns)[number], number> & { gaps: string };

/** Sums (metric, bucket) items under each of their keys: the counts as columns, the gaps as one text. */
function sumItems<K extends object>(
  entries: Iterable<readonly [keys: readonly K[], items: readonly [string, number][]]>,
  id: (key: K) => string,
): (K & Counts)[] {
  const rows = new Map<string, { row: K & Counts; gaps: Map<string, number> }>();
  for (const [keys, items] of entries) {
    for (const key of keys) {
      const keyId = id(key);
      let entry = rows.get(keyId);
      if (!entry) {
        const counts = Object.fromEntries(comboCountColumns.map((c) => [c, 0]));
        entry = { row: { ...key, ...counts, gaps: '' } as K & Counts, gaps: new Map() };
        rows.set(keyId, entry);
      }
      for (const [name, bucket] of items) {
        const column = countColumn(name);
        if (column) entry.row[column] += 1;
        else {
          const gap = `${stepIndex.get(name.slice('gap.'.length))}:${bucket}`;
          entry.gaps.set(gap, (entry.gaps.get(gap) ?? 0) + 1);
        }
      }
    }
  }
  return [...rows.values()].map(({ row, gaps }) => ({
    ...row,
    gaps: [...gaps].map(([gap, n]) => `${gap}:${n}`).join(','),
  }));
}

/**
 * Sums journeys (with the (metric, bucket) items each adds, journey/cohorts.ts `cohortItems`) into
 * one row per combination of filter values.
 */
export function sumCombos(
  journeys: Iterable<readonly [values: ComboValues, items: readonly [string, number][]]>,
): ComboRow[] {
  const keyed = function* () {
    for (const [values, items] of journeys) {
      const key = Object.fromEntries(comboValueColumns.map((c) => [c, values[c] ?? ''])) as ComboKey;
      yield [[key], items] as const;
    }
  };
  return sumItems(keyed(), (key) => comboValueColumns.map((c) => key[c]).join('\u0000'));
}

const pairDimensions = filterDimensions;
type PairDimension = FilterDimension;

/**
 * Two filters at once, summed per day in `journey_pairs` (0032) so the map and the trends with two filters read
 * one row a day (issue 18: `journey_combos` holds thousands of combinations a day, a sixth to a half of which match
 * two common values). Every pair of the screen's five menus.
 */
export const filterPairs: readonly [PairDimension, PairDimension][] = pairDimensions.flatMap(([a], i) =>
  pairDimensions.slice(i + 1).map(([b]) => [a, b] as [PairDimension, PairDimension]),
);
const pairName = ([a, b]: readonly [PairDimension, PairDimension]) => `${a}+${b}`;
const columnsOf = new Map<PairDimension, readonly string[]>(pairDimensions);

/**
 * One filter, or none, in `journey_pairs` too (0033): the dimension as `pair` (`''`: every journey of the day), its
 * value as `first` (`''` for the total), `second` empty. The unfiltered and single-filter maps then read one row a
 * day, where `journey_cohorts` has one per metric and time bucket (a few hundred a day at 10 M events, issue 18).
 */
export const totalPair = '';

export type PairRow = { pair: string; first: string; second: string } & Counts;

/** The values a journey has for a filter: none, one, or for `source` its category and its referrer. */
function valuesOf(values: ComboValues, dimension: PairDimension): string[] {
  const found = (columnsOf.get(dimension) ?? []).map((c) => values[c as keyof ComboValues]);
  return [...new Set(found.filter((v): v is string => v !== null && v !== ''))];
}

/**
 * Sums journeys into one row per filter pair and pair of values (a journey counts under each it matches), per
 * single filter and value, and in total.
 */
export function sumPairs(
  journeys: Iterable<readonly [values: ComboValues, items: readonly [string, number][]]>,
): PairRow[] {
  const keyed = function* () {
    for (const [values, items] of journeys) {
      const keys: { pair: string; first: string; second: string }[] = [{ pair: totalPair, first: '', second: '' }];
      for (const [dimension] of pairDimensions) {
        for (const first of valuesOf(values, dimension)) keys.push({ pair: dimension, first, second: '' });
      }
      for (const pair of filterPairs) {
        const seconds = valuesOf(values, pair[1]);
        for (const first of valuesOf(values, pair[0])) {
          for (const second of seconds) keys.push({ pair: pairName(pair), first, second });
        }
      }
      yield [keys, items] as const;
    }
  };
  return sumItems(keyed(), (key) => `${key.pair}\u0000${key.first}\u0000${key.second}`);
}

/**
 * The condition on `journey_pairs` for a scope's filters when they are none, one or one pair of `filterPairs` (the
 * lawyer's "Other": the summed values that are not the site's); undefined for more.
 */
export function pairWhere(scope: Scope): RawBuilder<unknown> | undefined {
  const set = pairDimensions.filter(([key]) => scope.filters[key] !== undefined).map(([key]) => key);
  const condition = (column: 'first' | 'second', dimension: PairDimension) => {
    const value = scope.filters[dimension] as string;
    if (dimension !== 'lawyer' || value !== otherLawyer || !scope.otherLawyers)
      return sql`${sql.id(column)} = ${value}`;
    const values = scope.otherLawyers.cohortValues;
    return values.length > 0 ? sql`${sql.id(column)} in (${sql.join(values)})` : sql`1 = 0`;
  };
  const [a, b] = set;
  if (a === undefined) return sql`site = ${scope.site} and pair = ${totalPair} and first = '' and second = ''`;
  if (b === undefined) return sql`site = ${scope.site} and pair = ${a} and ${condition('first', a)} and second = ''`;
  const pair = set.length === 2 ? filterPairs.find(([x, y]) => x === a && y === b) : undefined;
  if (!pair) return undefined;
  return sql`site = ${scope.site} and pair = ${pairName(pair)} and ${condition('first', pair[0])} and ${condition('second', pair[1])}`;
}

const pairColumns = ['pair', 'first', 'second', ...comboCountColumns, 'gaps'] as const;

/** The statements that insert one site's day of `journey_pairs` (its old rows deleted first by the caller, or none). */
export function pairInserts(site: string, day: number, rows: readonly PairRow[]): RawBuilder<unknown>[] {
  // 25 parameters a row.
  return dayInserts('journey_pairs', pairColumns, site, day, rows);
}

/**
 * Inserts of one site's day of rows into `table`, 500 rows a statement: at most 26 parameters a row stays under
 * SQLite's 32,766 and PostgreSQL's 65,535 a statement.
 */
function dayInserts<Row>(
  table: string,
  columns: readonly (keyof Row & string)[],
  site: string,
  day: number,
  rows: readonly Row[],
): RawBuilder<unknown>[] {
  const statements: RawBuilder<unknown>[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((row) => sql`(${site}, ${day}, ${sql.join(columns.map((c) => row[c]))})`);
    statements.push(sql`insert into ${sql.table(table)} (site, day, ${sql.join(columns.map((c) => sql.id(c)))})
      values ${sql.join(values)}`);
  }
  return statements;
}

const writtenColumns = [...comboValueColumns, ...comboCountColumns, 'gaps'] as const;

/** The statements that insert one site's day of `journey_combos` (its old rows deleted first by the caller, or none). */
export function comboInserts(site: string, day: number, rows: readonly ComboRow[]): RawBuilder<unknown>[] {
  // 26 parameters a row.
  const statements = dayInserts('journey_combos', writtenColumns, site, day, rows);
  // The site's combinations (0031), where a read with several filters starts: 7 parameters a row.
  for (let i = 0; i < rows.length; i += 2000) {
    const keys = rows
      .slice(i, i + 2000)
      .map((row) => sql`(${site}, ${sql.join(comboValueColumns.map((c) => row[c]))})`);
    statements.push(sql`insert into journey_combo_keys (site, ${sql.join(comboValueColumns.map((c) => sql.id(c)))})
      values ${sql.join(keys)} on conflict do nothing`);
  }
  return statements;
}

/** The gap entries of `gaps` texts joined by commas: (step, bucket, journeys). */
export function* readGaps(text: string): Generator<[stage: StageName, bucket: number, n: number]> {
  if (text === '') return;
  // Summed by `step:bucket` first: a range's rows repeat the same few hundred, and the tally's keys cost more.
  const sums = new Map<string, number>();
  let start = 0;
  while (start < text.length) {
    let comma = text.indexOf(',', start);
    if (comma < 0) comma = text.length;
    const last = text.lastIndexOf(':', comma - 1);
    const key = text.slice(start, last);
    sums.set(key, (sums.get(key) ?? 0) + Number(text.slice(last + 1, comma)));
    start = comma + 1;
  }
  for (const [key, n] of sums) {
    const [step, bucket] = key.split(':');
    yield [comboSteps[Number(step)] as StageName, Number(bucket), n];
  }
}

/** The scope's filters on `journey_combo_keys` ("Other" lawyer: the summed values that are not the site's). */
export function comboWhere(scope: Scope): RawBuilder<unknown> {
  const { filters, otherLawyers } = scope;
  const parts = [sql`site = ${scope.site}`];
  if (filters.practiceArea !== undefined) parts.push(sql`practice_area = ${filters.practiceArea}`);
  if (filters.lawyer === otherLawyer && otherLawyers) {
    const values = otherLawyers.cohortValues;
    parts.push(values.length > 0 ? sql`lawyer in (${sql.join(values)})` : sql`1 = 0`);
  } else if (filters.lawyer !== undefined) parts.push(sql`lawyer = ${filters.lawyer}`);
  if (filters.lang !== undefined) parts.push(sql`lang = ${filters.lang}`);
  if (filters.device !== undefined) parts.push(sql`device = ${filters.device}`);
  if (filters.source !== undefined) parts.push(sql`(source = ${filters.source} or ref = ${filters.source})`);
  return sql.join(parts, sql` and `);
}

/**
 * The `journey_combos` rows of the combinations matching the scope's filters, on the days `days` says
 * (a condition on `day`), as a `from` clause: the matching combinations listed first (`journey_combo_keys`,
 * small), then each one's days read as one range of the primary key (0031). `cross join` keeps that order on
 * SQLite, whose planner would otherwise start from the large table.
 */
export function matchingCombos(scope: Scope, days: RawBuilder<unknown>): RawBuilder<unknown> {
  const columns = sql.join(comboValueColumns.map((c) => sql.id(c)));
  const sameKey = comboValueColumns.map((c) => sql`c.${sql.id(c)} = k.${sql.id(c)}`);
  return sql`(select ${columns} from journey_combo_keys where ${comboWhere(scope)}) as k
    cross join journey_combos as c where c.site = ${scope.site} and ${sql.join(sameKey, sql` and `)} and ${days}`;
}
