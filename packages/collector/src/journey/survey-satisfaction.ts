/**
 * The journey map's satisfaction (issue 14): the Survey page's answers and arithmetic, not a second
 * count. The answers given in the map's range (`rowsInRange`), summed by `figuresOf` (the schema's
 * `survey-scores.ts`), narrowed by practice area and lawyer when those filters are set. Answers carry no
 * language, device or source, so with one of those filters the map shows no satisfaction and says why.
 *
 * @example
 *   const { byMeasure, from } = await surveySatisfaction(db, scope); // byMeasure.nps.value === Survey page NPS
 */
import { type JourneyMap, otherLawyer, type Satisfaction } from '@retainer/schema/admin';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.ts';
import { figuresOf, rowsInRange } from '../survey/survey-results.ts';
import type { Scope } from './journey-filters.ts';

type Measure = Satisfaction['measure'];

/** The filters survey answers can be narrowed by (an invitation names its practice area and lawyer). */
const narrowable = ['practiceArea', 'lawyer'] as const;

export type SurveySatisfaction = {
  byMeasure: Record<Measure, Satisfaction>;
  from: NonNullable<JourneyMap['satisfactionFrom']>;
};

export async function surveyAnswerRows(db: Kysely<Database>, scope: Scope) {
  let query = db
    .selectFrom('survey_invitations')
    .select(['measure', 'score', 'created_at', 'answered_at', 'practice_area', 'lawyer'])
    .where('site', '=', scope.site)
    .where('answered_at', '>=', scope.from)
    .where('answered_at', '<', scope.to);
  if (scope.filters.practiceArea) query = query.where('practice_area', '=', scope.filters.practiceArea);
  const other = scope.filters.lawyer === otherLawyer ? scope.otherLawyers : undefined;
  if (other) {
    // "Other" (issue 14): answers naming anyone who is not one of the site's lawyers.
    query = query.where('lawyer', 'is not', null);
    if (other.siteIds.length > 0) query = query.where('lawyer', 'not in', [...other.siteIds]);
  } else if (scope.filters.lawyer) query = query.where('lawyer', '=', scope.filters.lawyer);
  const rows = (await query.execute()).map((r) => ({
    ...r,
    score: r.score === null ? null : Number(r.score),
    created_at: Number(r.created_at),
    answered_at: r.answered_at === null ? null : Number(r.answered_at),
  }));
  return rowsInRange(rows, scope);
}

const activeFilters = (scope: Scope) =>
  Object.entries(scope.filters)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key]) => key);

/** False when a filter survey answers cannot be narrowed by is set. */
export const satisfactionShown = (scope: Scope) =>
  activeFilters(scope).every((key) => (narrowable as readonly string[]).includes(key));

export async function surveySatisfaction(db: Kysely<Database>, scope: Scope): Promise<SurveySatisfaction> {
  const active = activeFilters(scope);
  const shown = satisfactionShown(scope);
  const figures = figuresOf(shown ? await surveyAnswerRows(db, scope) : []);
  const of = (measure: Measure, summary: { score: number | null; total: number }): Satisfaction => ({
    measure,
    responses: shown ? summary.total : 0,
    value: shown ? summary.score : null,
  });
  return {
    byMeasure: { nps: of('nps', figures.nps), csat: of('csat', figures.csat), ces: of('ces', figures.ces) },
    from: { answers: 'survey', narrowedBy: narrowable.filter((key) => active.includes(key)), shown },
  };
}
