/**
 * The lawyer filter's "Other" (issue 14): every lawyer value of a site's journeys that is not one of
 * the site's lawyers (ids of deleted profiles, values typed into events by hand, the old demo data)
 * is one filter value, `otherLawyer`. The summed tables are read with the list of those values,
 * found with one index seek per distinct value, so "Other" reads the cohorts as fast as one lawyer.
 *
 * @example
 *   const lawyers = await siteLawyers(db, 'harbor-vale');
 *   const scope = await withOtherLawyers(db, { site, from, to, filters: { lawyer: otherLawyer } }, lawyers);
 */
import { type JourneyLawyer, otherLawyer } from '@retainer/schema/admin';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/database.ts';
import type { Scope } from './journey-filters.ts';

type Db = Kysely<Database>;

/** The site's lawyers (departed ones too: their journeys keep their name), in directory order. */
export async function siteLawyers(db: Db, site: string): Promise<JourneyLawyer[]> {
  const rows = await db
    .selectFrom('lawyers')
    .select(['id', 'status', 'profile'])
    .where('site', '=', site)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: (JSON.parse(row.profile) as { name?: string }).name ?? row.id,
    departed: row.status === 'departed',
  }));
}

/**
 * The distinct `value`s of the lawyer dimension in a summed table: a loose index scan (each step
 * one seek on the primary key's `site, dimension, value` prefix), in both dialects.
 */
async function lawyerValues(db: Db, table: 'journey_cohorts' | 'journey_daily', site: string): Promise<string[]> {
  const t = sql.table(table);
  const result = await sql<{ value: string | null }>`with recursive v(value) as (
      select min(value) from ${t} where site = ${site} and dimension = 'lawyer'
      union all
      select (select min(value) from ${t} where site = ${site} and dimension = 'lawyer' and value > v.value)
      from v where v.value is not null
    ) select value from v where value is not null`.execute(db);
  return result.rows.map((r) => r.value as string);
}

/** The scope with what "Other" means for its site, when the lawyer filter asks for it; else unchanged. */
export async function withOtherLawyers(db: Db, scope: Scope, lawyers: readonly JourneyLawyer[]): Promise<Scope> {
  if (scope.filters.lawyer !== otherLawyer) return scope;
  const siteIds = lawyers.map((l) => l.id);
  const known = new Set(siteIds);
  const [cohortValues, rollupValues] = await Promise.all([
    lawyerValues(db, 'journey_cohorts', scope.site),
    lawyerValues(db, 'journey_daily', scope.site),
  ]);
  return {
    ...scope,
    otherLawyers: {
      siteIds,
      cohortValues: cohortValues.filter((v) => !known.has(v)),
      rollupValues: rollupValues.filter((v) => !known.has(v)),
    },
  };
}

/** A lawyer value as the map groups it: the site's lawyers by id, none as `''`, the rest as `otherLawyer`. */
export const groupLawyer = (value: string, known: ReadonlySet<string>) =>
  value === '' || known.has(value) ? value : otherLawyer;
