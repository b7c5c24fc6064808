/**
 * The firm's messaging settings (the "days since the client was updated" target, default 14, and the
 * survey reminder delay, default 7 days) and each site's case-status page, with defaults when unset.
 *
 * @example
 *   const { updateTargetDays } = await loadFirmMessagingSettings(db, firmId);
 */
import {
  defaultSurveyReminderDays,
  defaultUpdateTargetDays,
  type MessagingSettings,
  type SiteMessagingSettings,
} from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

export const defaultMessagingSettings: MessagingSettings = {
  updateTargetDays: defaultUpdateTargetDays,
  surveyReminderDays: defaultSurveyReminderDays,
};

export async function loadFirmMessagingSettings(db: Db, firmId: string): Promise<MessagingSettings> {
  const row = await db
    .selectFrom('firm_messaging_settings')
    .selectAll()
    .where('firm_id', '=', firmId)
    .executeTakeFirst();
  if (!row) return { ...defaultMessagingSettings };
  return {
    updateTargetDays: Number(row.update_target_days),
    surveyReminderDays: row.survey_reminder_days === null ? null : Number(row.survey_reminder_days),
  };
}

/** The settings of the firm that owns `site` (the demo's defaults for a site without a firm). */
export async function loadSiteFirmSettings(db: Db, site: string): Promise<MessagingSettings> {
  const row = await db.selectFrom('sites').select('firm_id').where('id', '=', site).executeTakeFirst();
  return row?.firm_id ? loadFirmMessagingSettings(db, row.firm_id) : { ...defaultMessagingSettings };
}

export async function saveFirmMessagingSettings(
  db: Db,
  firmId: string,
  settings: MessagingSettings,
  now: number,
): Promise<void> {
  const values = {
    update_target_days: settings.updateTargetDays,
    survey_reminder_days: settings.surveyReminderDays,
    updated_at: now,
  };
  await db
    .insertInto('firm_messaging_settings')
    .values({ firm_id: firmId, ...values })
    .onConflict((oc) => oc.column('firm_id').doUpdateSet(values))
    .execute();
}

export async function loadSiteMessagingSettings(db: Db, site: string): Promise<SiteMessagingSettings> {
  const row = await db
    .selectFrom('site_messaging_settings')
    .select('status_page')
    .where('site', '=', site)
    .executeTakeFirst();
  return { statusPage: row?.status_page ?? null };
}

export async function saveSiteMessagingSettings(
  db: Db,
  site: string,
  settings: SiteMessagingSettings,
  now: number,
): Promise<void> {
  const values = { status_page: settings.statusPage, updated_at: now };
  await db
    .insertInto('site_messaging_settings')
    .values({ site, ...values })
    .onConflict((oc) => oc.column('site').doUpdateSet(values))
    .execute();
}
