/**
 * The survey arithmetic, zod-free so widgets, the collector and the dashboard share one copy:
 * NPS (Net Promoter Score), CSAT (customer satisfaction) and CES (customer effort), as published.
 * - NPS: % promoters (9–10) − % detractors (0–6) over every 0–10 answer, rounded once at the end.
 * - CSAT: % of 1–5 answers that are 4 or 5.
 * - CES: "How easy was it to reach us?" 1 = very difficult … 5 = very easy; the mean, one decimal.
 *   Higher is better on our CES scale, so 1–2 (difficult) is the unhappy end.
 * No answers gives `null` ("no data"), never 0.
 *
 * @example
 *   npsSummary([10, 9, 8, 3]).score // 25
 *   csatSummary([5, 4, 2]).score    // 67
 *   cesSummary([5, 4]).score        // 4.5
 */

export const surveyMeasures = ['nps', 'csat', 'ces'] as const;
export type SurveyMeasure = (typeof surveyMeasures)[number];

/** When staff send the survey, and what it asks then. */
export const surveyMoments = ['first-contact', 'mid-matter', 'end'] as const;
export type SurveyMoment = (typeof surveyMoments)[number];

export const measureOfMoment: Record<SurveyMoment, SurveyMeasure> = {
  'first-contact': 'ces',
  'mid-matter': 'csat',
  end: 'nps',
};

/** The answer scale of each measure, inclusive. */
export const surveyScales: Record<SurveyMeasure, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 5 },
};

/** The optional question about the lawyer is always 1–5. */
export const lawyerScale = { min: 1, max: 5 } as const;

export type NpsGroup = 'promoter' | 'passive' | 'detractor';
/** How the dashboard groups answers of any measure for filtering comments. */
export type ScoreGroup = 'positive' | 'neutral' | 'negative';

export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Positive / neutral / negative on any measure: NPS by its groups, CSAT and CES 4–5 / 3 / 1–2. */
export function scoreGroup(measure: SurveyMeasure, score: number): ScoreGroup {
  if (measure === 'nps') {
    const group = npsGroup(score);
    return group === 'promoter' ? 'positive' : group === 'passive' ? 'neutral' : 'negative';
  }
  if (score >= 4) return 'positive';
  return score === 3 ? 'neutral' : 'negative';
}

/** Detractors (NPS 0–6), CSAT 1–2 and CES 1–2 (difficult) go to the follow-up queue. */
export function needsFollowUp(measure: SurveyMeasure, score: number): boolean {
  return scoreGroup(measure, score) === 'negative';
}

export function isValidScore(measure: SurveyMeasure, score: number): boolean {
  const { min, max } = surveyScales[measure];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** `Math.round` without a negative zero. */
const round = (value: number) => Math.round(value) + 0;

export type NpsSummary = {
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
};

export function npsSummary(scores: readonly number[]): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    const group = npsGroup(score);
    if (group === 'promoter') promoters++;
    else if (group === 'passive') passives++;
    else detractors++;
  }
  const total = scores.length;
  // One division at the end: rounding each percentage first can be off by one.
  const score = total === 0 ? null : round(((promoters - detractors) * 100) / total);
  return { score, promoters, passives, detractors, total };
}

export type CsatSummary = { score: number | null; satisfied: number; total: number };

export function csatSummary(scores: readonly number[]): CsatSummary {
  const satisfied = scores.filter((s) => s >= 4).length;
  const total = scores.length;
  return { score: total === 0 ? null : round((satisfied * 100) / total), satisfied, total };
}

export type CesSummary = { score: number | null; total: number };

export function cesSummary(scores: readonly number[]): CesSummary {
  const total = scores.length;
  if (total === 0) return { score: null, total };
  const sum = scores.reduce((a, b) => a + b, 0);
  return { score: round((sum * 10) / total) / 10, total };
}
