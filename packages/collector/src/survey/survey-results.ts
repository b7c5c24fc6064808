/**
 * The dashboard's survey numbers for one site, computed with the schema package's arithmetic
 * (the same copy the tests pin): overall, by calendar month (UTC), by practice area and lawyer.
 *
 * @example
 *   const results = await surveyResultsOf(db, 'harbor-vale', Date.now());
 */
import { cesSummary, csatSummary, npsSummary } from '@retainer/schema';
import type { SurveyFigures, SurveyResults } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';
import { lawyerRatingsOf } from './lawyer-ratings.ts';

type Row = {
  measure: string;
  score: number | null;
  created_at: number;
  answered_at: number | null;
  practice_area: string | null;
  lawyer: string | null;
  lawyer_score?: number | null;
};

/** The most months the trend shows, the current one included. */
export const trendMonths = 12;
const minMonths = 6;

export function figuresOf(rows: readonly Pick<Row, 'measure' | 'score' | 'answered_at'>[]): SurveyFigures {
  const scores = (measure: string) =>
    rows.filter((r) => r.measure === measure && r.score !== null).map((r) => Number(r.score));
  return {
    nps: npsSummary(scores('nps')),
    csat: csatSummary(scores('csat')),
    ces: cesSummary(scores('ces')),
    sent: rows.length,
    answered: rows.filter((r) => r.answered_at !== null).length,
  };
}

const monthStart = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};

function grouped(rows: readonly Row[], key: (row: Row) => string | null) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k) ?? [];
    list.push(row);
    groups.set(k, list);
  }
  return [...groups].map(([k, list]) => ({ key: k, ...figuresOf(list) })).sort((a, b) => b.sent - a.sent);
}

/** Epoch ms, `to` exclusive: the journey map's range (issue 14), so both pages can be compared for any range. */
export type SurveyRange = { from?: number | undefined; to?: number | undefined };

/**
 * The rows a range counts: answers given in it (scores, `answered`) and invitations made or answered in it
 * (`sent`). An answer given outside the range does not count, though its invitation may.
 */
export function rowsInRange<R extends Pick<Row, 'score' | 'created_at' | 'answered_at'>>(
  rows: readonly R[],
  { from = 0, to = Number.POSITIVE_INFINITY }: SurveyRange,
): R[] {
  const inRange = (t: number | null) => t !== null && t >= from && t < to;
  return rows
    .filter((r) => inRange(r.created_at) || inRange(r.answered_at))
    .map((r) => (inRange(r.answered_at) ? r : { ...r, score: null, answered_at: null }));
}

export async function surveyResultsOf(db: Db, site: string, now: number, range?: SurveyRange): Promise<SurveyResults> {
  const rows = (
    await db
      .selectFrom('survey_invitations')
      .select(['measure', 'score', 'created_at', 'answered_at', 'practice_area', 'lawyer', 'lawyer_score'])
      .where('site', '=', site)
      .execute()
  ).map((r) => ({
    ...r,
    created_at: Number(r.created_at),
    answered_at: r.answered_at === null ? null : Number(r.answered_at),
  }));
  const current = new Date(monthStart(now));
  const months = Array.from({ length: trendMonths }, (_, i) =>
    Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - (trendMonths - 1 - i), 1),
  );
  // A response counts in the month it was answered; "sent" in the month the invitation was made.
  const monthly = months.map((month, i) => {
    const end = months[i + 1] ?? Number.POSITIVE_INFINITY;
    const inMonth = (t: number | null) => t !== null && t >= month && t < end;
    const answers = figuresOf(rows.filter((r) => inMonth(r.answered_at)));
    return { ...answers, month, sent: rows.filter((r) => inMonth(r.created_at)).length };
  });
  // Months before the first invitation are left out, keeping at least `minMonths`.
  const first = monthly.findIndex((m) => m.sent > 0 || m.answered > 0);
  const start = Math.min(first < 0 ? trendMonths : first, trendMonths - minMonths);
  // With a range, the totals and breakdowns count that range; the monthly trend stays the last 12 months.
  const scoped = range ? rowsInRange(rows, range) : rows;
  return {
    overall: figuresOf(scoped),
    monthly: monthly.slice(start),
    byPracticeArea: grouped(scoped, (r) => r.practice_area),
    byLawyer: grouped(scoped, (r) => r.lawyer),
    lawyerRatings: lawyerRatingsOf(scoped),
  };
}
