/**
 * Each firm's access-log retention: the saved value, or two years (`defaultAccessLogSettings`).
 *
 * @example
 *   const { retentionDays } = await loadAccessLogSettings(db, firmId);
 */
import { type AccessLogSettings, defaultAccessLogSettings } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

export async function loadAccessLogSettings(db: Db, firmId: string): Promise<AccessLogSettings> {
  const saved = await db
    .selectFrom('access_log_settings')
    .select('retention_days')
    .where('firm_id', '=', firmId)
    .executeTakeFirst();
  return saved ? { retentionDays: Number(saved.retention_days) } : { ...defaultAccessLogSettings };
}

export async function saveAccessLogSettings(
  db: Db,
  firmId: string,
  settings: AccessLogSettings,
  now: number,
): Promise<void> {
  const values = { retention_days: settings.retentionDays, updated_at: now };
  await db
    .insertInto('access_log_settings')
    .values({ firm_id: firmId, ...values })
    .onConflict((oc) => oc.column('firm_id').doUpdateSet(values))
    .execute();
}
