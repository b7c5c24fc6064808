/**
 * The answers to the survey's optional "How would you rate {lawyer}?" (1–5), per lawyer (issue 14):
 * the mean, how many gave each score, and how many of the answers that named the lawyer rated them.
 */
import { lawyerScale } from '@retainer/schema';
import type { LawyerRating } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useMessages } from '../../app-context.ts';

const scores = Array.from({ length: lawyerScale.max - lawyerScale.min + 1 }, (_, i) => lawyerScale.min + i);

export function LawyerRatingsTable({ rows, name }: { rows: LawyerRating[]; name: (id: string) => string }) {
  const t = useMessages().survey;
  const id = useId();
  return (
    <section class="panel survey-lawyer-ratings" aria-labelledby={id}>
      <h2 id={id} class="panel-title">
        {t.lawyerRatingsTitle}
      </h2>
      <p class="muted">{t.lawyerRatingsQuestion}</p>
      {rows.length === 0 ? (
        <p class="muted">{t.lawyerRatingsEmpty}</p>
      ) : (
        <div class="table-scroll">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.lawyer}</th>
                <th scope="col">{t.lawyerRating}</th>
                {scores.map((score) => (
                  <th scope="col" key={score} class="numeric">
                    {t.lawyerRatingGave(score)}
                  </th>
                ))}
                <th scope="col">{t.answers}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{name(row.key)}</th>
                  <td>
                    {row.score === null ? <span class="muted">{t.noData}</span> : row.score.toFixed(1)}
                    <span class="cell-sub"> ({row.total})</span>
                  </td>
                  {scores.map((score, i) => (
                    <td key={score} class="numeric">
                      {row.counts[i] ?? 0}
                    </td>
                  ))}
                  <td>{t.lawyerRatingOf(row.total, row.asked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
