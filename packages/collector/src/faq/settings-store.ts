/**
 * The bot's settings per site: greeting, office hours, the handoffs on offer and how long questions are
 * kept. A site that never saved any gets defaults built from its own settings (business hours, contact page).
 *
 * @example
 *   const settings = await loadFaqSettings(db, 'harbor-vale');
 */
import {
  defaultBusinessHours,
  defaultFaqGreeting,
  defaultFaqRetentionDays,
  type FaqSettings,
} from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

export async function loadFaqSettings(db: Db, site: string): Promise<FaqSettings> {
  const saved = await db.selectFrom('faq_settings').select('settings').where('site', '=', site).executeTakeFirst();
  if (saved) return JSON.parse(saved.settings) as FaqSettings;
  const row = await db.selectFrom('sites').select('business_hours').where('id', '=', site).executeTakeFirst();
  return {
    greeting: { ...defaultFaqGreeting },
    hours: row?.business_hours ? JSON.parse(row.business_hours) : { ...defaultBusinessHours },
    handoff: { intake: true, phone: true, email: true },
    retentionDays: defaultFaqRetentionDays,
  };
}

export async function saveFaqSettings(db: Db, site: string, settings: FaqSettings, now: number): Promise<void> {
  const values = { settings: JSON.stringify(settings), updated_at: now };
  await db
    .insertInto('faq_settings')
    .values({ site, ...values })
    .onConflict((oc) => oc.column('site').doUpdateSet(values))
    .execute();
}
