/**
 * Deletes raw journey events older than a site's retention. The journey map reads `journeys` and
 * `journey_daily`, which keep their counts, so its numbers do not change. An event goes only when both
 * its time and its arrival are past the retention: a back-dated event is kept as long as a fresh one.
 * One stage at a time, so each batch is a range of the `events_site_stage_ts` index.
 *
 * @example
 *   const deleted = await pruneRawEvents(db, await everySiteRetention(db), Date.now());
 */
import { journeyStages } from '@retainer/schema';
import type { Db } from '../storage/database.ts';
import { inBatches, purgeBatchSize } from './batches.ts';
import type { SiteRetention } from './settings-store.ts';

const dayMs = 86_400_000;

export async function pruneRawEvents(
  db: Db,
  sites: readonly SiteRetention[],
  now: number,
  batchSize = purgeBatchSize,
): Promise<number> {
  let deleted = 0;
  for (const { site, settings } of sites) {
    const cutoff = now - settings.eventDays * dayMs;
    for (const stage of journeyStages) {
      deleted += await inBatches(async () => {
        const result = await db
          .deleteFrom('events')
          .where('id', 'in', (eb) =>
            eb
              .selectFrom('events')
              .select('id')
              .where('site', '=', site)
              .where('stage', '=', stage)
              .where('ts', '<', cutoff)
              .where('received_at', '<', cutoff)
              .limit(batchSize),
          )
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      }, batchSize);
    }
  }
  return deleted;
}
