/**
 * Removes survey comments (and the notes of closed follow-ups) once a site's retention has passed since
 * the answer; scores stay, so the results keep their numbers. A follow-up still open keeps its comment:
 * someone is acting on it.
 *
 * @example
 *   const purged = await purgeSurveyComments(db, await everySiteRetention(db), Date.now());
 */

import type { Db } from '../storage/database.ts';
import { inBatches, purgeBatchSize } from './batches.ts';
import { purgedMarker } from './intake-text.ts';
import type { SiteRetention } from './settings-store.ts';

const dayMs = 86_400_000;

export async function purgeSurveyComments(
  db: Db,
  sites: readonly SiteRetention[],
  now: number,
  batchSize = purgeBatchSize,
): Promise<number> {
  let purged = 0;
  for (const { site, settings } of sites) {
    const cutoff = now - settings.surveyCommentDays * dayMs;
    purged += await inBatches(async () => {
      const result = await db
        .updateTable('survey_invitations')
        // The answer's hash fingerprints the comment; a replay of so old an answer gets the usual 409.
        .set({ comment: null, follow_up_note: null, request_hash: purgedMarker })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('survey_invitations')
            .select('id')
            .where('site', '=', site)
            .where('answered_at', '<', cutoff)
            .where((w) => w.or([w('comment', 'is not', null), w('follow_up_note', 'is not', null)]))
            .where((w) => w.or([w('follow_up', 'is', null), w('follow_up', '!=', 'open')]))
            .limit(batchSize),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    }, batchSize);
  }
  return purged;
}
