/**
 * The map's filters as SQL conditions: on `journeys` (the journey's dimensions) and on
 * `journey_daily` (the event's own dimensions). `source` matches the "how did you hear about
 * us" category or the referrer domain.
 *
 * @example
 *   const where = journeyWhere({ site: 'harbor-vale', from, to, filters: { device: 'phone' } });
 */
import type { JourneyQuery } from '@retainer/schema/admin';
import { type RawBuilder, sql } from 'kysely';
import { engagedCondition, rollupDimensions } from './columns.ts';
import { dayMs } from './event-facts.ts';

export type JourneyFilters = Pick<JourneyQuery, 'practiceArea' | 'lawyer' | 'lang' | 'source' | 'device'>;
export type Scope = { site: string; from: number; to: number; filters: JourneyFilters };

const dimensionColumns = [
  ['practiceArea', 'practice_area'],
  ['lawyer', 'lawyer'],
  ['lang', 'lang'],
  ['device', 'device'],
] as const;

/** Conditions on the journeys of the scope: first seen (or, for returns, returned) within [from, to). */
export function journeyWhere(
  { site, from, to, filters }: Scope,
  by: 'first_seen' | 'return_at' = 'first_seen',
): RawBuilder<unknown> {
  const parts = [sql`site = ${site}`, sql`${sql.id(by)} >= ${from}`, sql`${sql.id(by)} < ${to}`];
  for (const [key, column] of dimensionColumns) {
    const value = filters[key];
    if (value !== undefined) parts.push(sql`${sql.id(column)} = ${value}`);
  }
  if (filters.source !== undefined) parts.push(sql`(source = ${filters.source} or ref = ${filters.source})`);
  return sql.join(parts, sql` and `);
}

/**
 * The daily rollups of the scope: whole UTC days touching the range, in total or for ONE filter
 * (the first of practice area, lawyer, source, language, device that is set). `dimension` says
 * which one, so the answer can tell the reader when touchpoints ignore further filters.
 */
export function rollupWhere({ site, from, to, filters }: Scope): {
  where: RawBuilder<unknown>;
  dimension: string | null;
} {
  const chosen = rollupDimensions.find(([key]) => filters[key] !== undefined);
  const parts = [
    sql`site = ${site}`,
    sql`dimension = ${chosen ? chosen[0] : ''}`,
    sql`value = ${chosen ? (filters[chosen[0]] as string) : ''}`,
    sql`day >= ${Math.floor(from / dayMs) * dayMs}`,
    sql`day < ${to}`,
  ];
  return { where: sql.join(parts, sql` and `), dimension: chosen ? chosen[0] : null };
}

/** Journeys that got past `discover`, written exactly as the partial index says so the planner uses it. */
export const engaged = sql.raw(`(${engagedCondition})`);

export const pickFilters = (query: JourneyQuery): JourneyFilters => {
  const filters: JourneyFilters = {};
  for (const key of ['practiceArea', 'lawyer', 'lang', 'source', 'device'] as const) {
    if (query[key] !== undefined) filters[key] = query[key];
  }
  return filters;
};
