/**
 * A site's directory settings: ratings and testimonials, both off until the firm switches them on.
 *
 * @example
 *   const { showRatings } = await loadDirectorySettings(db, 'harbor-vale');
 */
import { type DirectorySettings, defaultDirectorySettings } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

export async function loadDirectorySettings(db: Db, site: string): Promise<DirectorySettings> {
  const row = await db.selectFrom('directory_settings').selectAll().where('site', '=', site).executeTakeFirst();
  if (!row) return { ...defaultDirectorySettings };
  return { showRatings: Boolean(row.show_ratings), showTestimonials: Boolean(row.show_testimonials) };
}

export async function saveDirectorySettings(
  db: Db,
  site: string,
  settings: DirectorySettings,
  now: number,
): Promise<void> {
  const values = {
    show_ratings: settings.showRatings ? 1 : 0,
    show_testimonials: settings.showTestimonials ? 1 : 0,
    updated_at: now,
  };
  await db
    .insertInto('directory_settings')
    .values({ site, ...values })
    .onConflict((oc) => oc.column('site').doUpdateSet(values))
    .execute();
}
