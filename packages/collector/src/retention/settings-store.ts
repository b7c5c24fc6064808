/**
 * Each site's retention settings: the saved ones, or `defaultRetention` for a site that never saved any.
 *
 * @example
 *   const settings = await loadRetentionSettings(db, 'harbor-vale');
 *   for (const { site, settings } of await everySiteRetention(db)) { ... }
 */
import { defaultRetention, type RetentionSettings } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

/** Saved values over the defaults: a setting added later reads its default until the site saves. */
const withDefaults = (saved: string): RetentionSettings => ({ ...defaultRetention, ...JSON.parse(saved) });

export async function loadRetentionSettings(db: Db, site: string): Promise<RetentionSettings> {
  const saved = await db
    .selectFrom('retention_settings')
    .select('settings')
    .where('site', '=', site)
    .executeTakeFirst();
  return saved ? withDefaults(saved.settings) : { ...defaultRetention };
}

export async function saveRetentionSettings(
  db: Db,
  site: string,
  settings: RetentionSettings,
  now: number,
): Promise<void> {
  const values = { settings: JSON.stringify(settings), updated_at: now };
  await db
    .insertInto('retention_settings')
    .values({ site, ...values })
    .onConflict((oc) => oc.column('site').doUpdateSet(values))
    .execute();
}

export type SiteRetention = { site: string; settings: RetentionSettings; language: string };

/** Every site with its settings and default language (the language of the note left in purged intakes). */
export async function everySiteRetention(db: Db): Promise<SiteRetention[]> {
  const rows = await db
    .selectFrom('sites')
    .leftJoin('retention_settings', 'retention_settings.site', 'sites.id')
    .select(['sites.id as site', 'sites.config as config', 'retention_settings.settings as settings'])
    .orderBy('sites.id')
    .execute();
  return rows.map((row) => ({
    site: row.site,
    settings: row.settings ? withDefaults(row.settings) : { ...defaultRetention },
    language: (JSON.parse(row.config) as { defaultLanguage?: string }).defaultLanguage ?? 'en',
  }));
}
