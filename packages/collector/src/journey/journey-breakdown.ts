/**
 * The counts behind a number of the map: the journeys that reached a stage, split by one
 * dimension, or the stage's events split by touchpoint. Counts only, never a journey id.
 *
 * @example
 *   await buildJourneyBreakdown(db, scope, 'contact', 'device'); // rows [{ value: 'phone', reached: 41, share }]
 */
import type { JourneyBreakdown, JourneyDimension, JourneyLawyer, JourneyStageName } from '@retainer/schema/admin';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/database.ts';
import { cohortBreakdown, originDimension } from './cohorts.ts';
import { stageColumn } from './columns.ts';
import { journeyWhere, rollupWhere, type Scope } from './journey-filters.ts';
import { groupLawyer } from './other-lawyers.ts';

const dimensionExpression: Record<JourneyDimension, ReturnType<typeof sql.id> | ReturnType<typeof sql>> = {
  practiceArea: sql.id('practice_area'),
  lawyer: sql.id('lawyer'),
  lang: sql.id('lang'),
  device: sql.id('device'),
  source: sql`coalesce(source, ref)`,
};

/** Beyond this many values the rest are one row: a breakdown is for reading, not for exporting a table. */
export const maxBreakdownRows = 200;

/**
 * Value → journeys (or events, for touchpoints). Unfiltered: the cohorts (journey/cohorts.ts);
 * with filters, grouped from the journeys of the scope.
 */
export async function breakdownCounts(
  db: Kysely<Database>,
  scope: Scope,
  stage: JourneyStageName,
  dimension: JourneyDimension | 'touchpoint',
  { scan = false } = {},
): Promise<[value: string, count: number][]> {
  if (dimension === 'touchpoint') {
    const result = await sql<{ value: string; n: unknown }>`select type as value, sum(events) as n from journey_daily
      where ${rollupWhere(scope).where} and stage = ${stage} group by type`.execute(db);
    return result.rows.map((r) => [r.value, Number(r.n ?? 0)]);
  }
  if (!scan && Object.keys(scope.filters).length === 0) {
    const key = dimension === 'source' ? originDimension : dimension;
    return [...(await cohortBreakdown(db, scope, stage, key, dimensionExpression[dimension]))];
  }
  const result = await sql<{ value: string | null; n: unknown }>`select ${dimensionExpression[dimension]} as value,
    count(*) as n from journeys where ${journeyWhere(scope)} and ${sql.id(stageColumn(stage))} is not null
    group by 1`.execute(db);
  return result.rows.map((r) => [r.value ?? '', Number(r.n ?? 0)]);
}

/** By lawyer, the values that are not the site's lawyers are one row, "Other" (issue 14), as in the filter. */
function groupedCounts(counts: [string, number][], lawyers: readonly JourneyLawyer[]): [string, number][] {
  const known = new Set(lawyers.map((l) => l.id));
  const grouped = new Map<string, number>();
  for (const [value, n] of counts) {
    const key = groupLawyer(value, known);
    grouped.set(key, (grouped.get(key) ?? 0) + n);
  }
  return [...grouped];
}

export async function buildJourneyBreakdown(
  db: Kysely<Database>,
  scope: Scope,
  stage: JourneyStageName,
  dimension: JourneyDimension | 'touchpoint',
  lawyers?: readonly JourneyLawyer[],
): Promise<JourneyBreakdown> {
  const counts = await breakdownCounts(db, scope, stage, dimension);
  const counted = (dimension === 'lawyer' && lawyers ? groupedCounts(counts, lawyers) : counts)
    .map(([value, reached]) => ({ value, reached }))
    .filter((r) => r.reached > 0)
    .sort((a, b) => b.reached - a.reached || a.value.localeCompare(b.value));
  const total = counted.reduce((sum, r) => sum + r.reached, 0);
  const kept = counted.slice(0, maxBreakdownRows);
  const rest = counted.slice(maxBreakdownRows).reduce((sum, r) => sum + r.reached, 0);
  if (rest > 0) kept.push({ value: '…', reached: rest });
  return {
    site: scope.site,
    range: { from: scope.from, to: scope.to },
    stage,
    dimension,
    rows: kept.map((r) => ({ ...r, share: total > 0 ? r.reached / total : 0 })),
  };
}
