/**
 * The optional survey question "How would you rate {lawyer}?" (1–5, `lawyerScale`), summed per
 * lawyer for the Survey page (issue 14): the mean to one decimal and how many gave each score.
 * No answers gives `null`, never 0. Zod-free, beside the survey arithmetic (survey-scores.ts).
 *
 * @example
 *   lawyerRatingSummary([5, 4, 4]) // { score: 4.3, total: 3, counts: [0, 0, 0, 2, 1] }
 */
import { lawyerScale } from './survey-scores.ts';

export type LawyerRatingSummary = {
  score: number | null;
  total: number;
  /** How many answers gave 1, 2, 3, 4 and 5. */
  counts: number[];
};

export function lawyerRatingSummary(scores: readonly number[]): LawyerRatingSummary {
  const counts = Array.from({ length: lawyerScale.max - lawyerScale.min + 1 }, () => 0);
  let sum = 0;
  let total = 0;
  for (const score of scores) {
    if (!Number.isInteger(score) || score < lawyerScale.min || score > lawyerScale.max) continue;
    counts[score - lawyerScale.min] = (counts[score - lawyerScale.min] ?? 0) + 1;
    sum += score;
    total += 1;
  }
  return { score: total === 0 ? null : Math.round((sum * 10) / total) / 10, total, counts };
}
