/**
 * The Survey page's per-lawyer answers to "How would you rate {lawyer}?" (issue 14: stored but shown
 * nowhere). Per lawyer named by an answered invitation: how many answered, how many rated the lawyer,
 * the mean and the count of each score (the schema's `lawyerRatingSummary`). Busiest first.
 *
 * @example
 *   lawyerRatingsOf(rows) // [{ key: 'l-hart', asked: 12, score: 4.4, total: 9, counts: [0, 0, 1, 3, 5] }]
 */
import { lawyerRatingSummary } from '@retainer/schema';
import type { LawyerRating } from '@retainer/schema/admin';

type Row = { lawyer: string | null; answered_at: number | null; lawyer_score?: number | null };

export function lawyerRatingsOf(rows: readonly Row[]): LawyerRating[] {
  const byLawyer = new Map<string, { asked: number; scores: number[] }>();
  for (const row of rows) {
    if (row.lawyer === null || row.answered_at === null) continue;
    const entry = byLawyer.get(row.lawyer) ?? { asked: 0, scores: [] };
    entry.asked += 1;
    if (row.lawyer_score !== null && row.lawyer_score !== undefined) entry.scores.push(Number(row.lawyer_score));
    byLawyer.set(row.lawyer, entry);
  }
  return [...byLawyer]
    .map(([key, { asked, scores }]) => ({ key, asked, ...lawyerRatingSummary(scores) }))
    .sort((a, b) => b.total - a.total || b.asked - a.asked || a.key.localeCompare(b.key));
}
