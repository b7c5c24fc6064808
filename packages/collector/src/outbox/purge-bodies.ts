/**
 * Retention for the outbox (issue 15): the bodies (and extra headers) of sent emails are removed once the
 * site's `sentEmailDays` have passed since sending, and those of failed or held ones (which will never go out
 * by themselves) as long after they were written. The row stays for the Outbox: who, when, why, subject.
 *
 * @example
 *   const purged = await purgeSentBodies(db, await everySiteRetention(db), Date.now());
 */
import { defaultRetention } from '@retainer/schema/admin';
import { inBatches, purgeBatchSize } from '../retention/batches.ts';
import type { SiteRetention } from '../retention/settings-store.ts';
import type { Db } from '../storage/database.ts';

const dayMs = 86_400_000;

export async function purgeSentBodies(
  db: Db,
  sites: readonly SiteRetention[],
  now: number,
  batchSize = purgeBatchSize,
): Promise<number> {
  let purged = 0;
  // Instance-level messages (no site) keep the default.
  for (const { site, settings } of [...sites, { site: '', settings: defaultRetention }]) {
    const cutoff = now - (settings.sentEmailDays ?? defaultRetention.sentEmailDays ?? 90) * dayMs;
    purged += await inBatches(async () => {
      const result = await db
        .updateTable('outbox')
        .set({ body_text: null, body_html: null, headers: null, body_purged_at: now })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('outbox')
            .select('id')
            .where('site', '=', site)
            .where((w) =>
              w.or([
                w.and([w('state', '=', 'sent'), w('sent_at', '<', cutoff)]),
                w.and([w('state', 'in', ['failed', 'held']), w('created_at', '<', cutoff)]),
              ]),
            )
            .where('body_purged_at', 'is', null)
            .limit(batchSize),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    }, batchSize);
  }
  return purged;
}
