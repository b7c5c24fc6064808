/**
 * The access log's retention purge (issue 17), run with the other purges (retention/run-purges.ts): each
 * firm's entries older than its retention (default two years) go, a batch at a time. The only delete of
 * access-log rows in the code.
 *
 * @example
 *   const deleted = await purgeAccessLog(db, Date.now());
 */
import { defaultAccessLogSettings } from '@retainer/schema/admin';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.ts';

const dayMs = 86_400_000;

export async function purgeAccessLog(database: Kysely<Database>, now: number, batchSize = 1000): Promise<number> {
  const db = database;
  const firms = await db
    .selectFrom('firms')
    .leftJoin('access_log_settings', 'access_log_settings.firm_id', 'firms.id')
    .select(['firms.id as firm', 'access_log_settings.retention_days as days'])
    .execute();
  let deleted = 0;
  for (const { firm, days } of firms) {
    const before = now - Number(days ?? defaultAccessLogSettings.retentionDays) * dayMs;
    for (;;) {
      // In batches by id, so a first purge of years of entries does not hold the write lock for long.
      const ids = db
        .selectFrom('access_log')
        .select('id')
        .where('firm_id', '=', firm)
        .where('at', '<', before)
        .limit(batchSize);
      const result = await db.deleteFrom('access_log').where('id', 'in', ids).executeTakeFirst();
      const count = Number(result.numDeletedRows);
      deleted += count;
      if (count < batchSize) break;
    }
  }
  return deleted;
}
