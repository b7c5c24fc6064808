/**
 * The map's filters as SQL conditions: on `journeys` (the journey's dimensions) and on
 * `journey_daily` (the event's own dimensions). `source` matches the "how did you hear about
 * us" category or the referrer domain.
 *
 * @example
 *   const where = journeyWhere({ site: 'harbor-vale', from, to, filters: { device: 'phone' } });
 */
import { type JourneyQuery, otherLawyer } from '@retainer/schema/admin';
import { type RawBuilder, sql } from 'kysely';
import { engagedCondition, rollupDimensions } from './columns.ts';
import { dayMs } from './event-facts.ts';

export type JourneyFilters = Pick<JourneyQuery, 'practiceArea' | 'lawyer' | 'lang' | 'source' | 'device'>;
/**
 * What the lawyer filter's "Other" stands for (journey/other-lawyers.ts): on `journeys`, any lawyer
 * but the site's; on the summed tables, the listed values (so each is read through its primary key).
 */
export type OtherLawyers = {
  siteIds: readonly string[];
  cohortValues: readonly string[];
  rollupValues: readonly string[];
};
export type Scope = { site: string; from: number; to: number; filters: JourneyFilters; otherLawyers?: OtherLawyers };

const valueIn = (values: readonly string[]) => (values.length > 0 ? sql`value in (${sql.join(values)})` : sql`1 = 0`);

/** The condition on `journey_daily`'s `value` for one filter value ("Other" is a list of values). */
export function summedValueWhere(scope: Scope, dimension: string, value: string) {
  const other = dimension === 'lawyer' && value === otherLawyer ? scope.otherLawyers : undefined;
  if (!other) return sql`value = ${value}`;
  return valueIn(other.rollupValues);
}

const dimensionColumns = [
  ['practiceArea', 'practice_area'],
  ['lawyer', 'lawyer'],
  ['lang', 'lang'],
  ['device', 'device'],
] as const;

/** Conditions on the journeys of the scope: first seen (or, for returns, returned) within [from, to). */
export function journeyWhere(
  { site, from, to, filters, otherLawyers }: Scope,
  by: 'first_seen' | 'return_at' = 'first_seen',
): RawBuilder<unknown> {
  const parts = [sql`site = ${site}`, sql`${sql.id(by)} >= ${from}`, sql`${sql.id(by)} < ${to}`];
  for (const [key, column] of dimensionColumns) {
    const value = filters[key];
    if (value === undefined) continue;
    if (key === 'lawyer' && value === otherLawyer && otherLawyers) {
      parts.push(sql`lawyer is not null`);
      if (otherLawyers.siteIds.length > 0) parts.push(sql`lawyer not in (${sql.join(otherLawyers.siteIds)})`);
    } else parts.push(sql`${sql.id(column)} = ${value}`);
  }
  if (filters.source !== undefined) parts.push(sql`(source = ${filters.source} or ref = ${filters.source})`);
  return sql.join(parts, sql` and `);
}

/**
 * The daily rollups of the scope: whole UTC days touching the range, in total or for ONE filter
 * (the first of practice area, lawyer, source, language, device that is set). `dimension` says
 * which one, so the answer can tell the reader when touchpoints ignore further filters.
 */
export function rollupWhere(scope: Scope): {
  where: RawBuilder<unknown>;
  dimension: string | null;
} {
  const { site, from, to, filters } = scope;
  const chosen = rollupDimensions.find(([key]) => filters[key] !== undefined);
  const parts = [
    sql`site = ${site}`,
    sql`dimension = ${chosen ? chosen[0] : ''}`,
    chosen ? summedValueWhere(scope, chosen[0], filters[chosen[0]] as string) : sql`value = ''`,
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
