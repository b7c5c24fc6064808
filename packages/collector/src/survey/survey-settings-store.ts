/**
 * A site's survey settings: the review links every client is offered after answering, and the
 * page of the firm's site that holds the survey widget (where invitation links point).
 *
 * @example
 *   const { reviewLinks } = await loadSurveySettings(db, 'harbor-vale');
 */
import type { SurveySettings } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

export async function loadSurveySettings(db: Db, site: string): Promise<SurveySettings> {
  const row = await db.selectFrom('survey_settings').selectAll().where('site', '=', site).executeTakeFirst();
  if (!row) return { reviewLinks: [] };
  const settings: SurveySettings = { reviewLinks: JSON.parse(row.review_links) };
  if (row.page) settings.page = row.page;
  return settings;
}

export async function saveSurveySettings(db: Db, site: string, settings: SurveySettings, now: number) {
  const values = { review_links: JSON.stringify(settings.reviewLinks), page: settings.page ?? null, updated_at: now };
  await db
    .insertInto('survey_settings')
    .values({ site, ...values })
    .onConflict((oc) => oc.column('site').doUpdateSet(values))
    .execute();
}
