/**
 * Firm-scoped reads and writes of sites for the dashboard. A site of another firm is
 * simply not found, the same as one that does not exist.
 *
 * @example
 *   const { row, disclaimers } = await loadFirmSite(db, user.firmId, 'harbor-vale'); // or throws 404
 */
import type { LocalizedText } from '@retainer/schema';
import type { AdminSite, BusinessHours } from '@retainer/schema/admin';
import type { AdminSiteRow } from '../admin-store/tables.ts';
import { notFound } from '../http/read-body.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';
import type { DisclaimerRow } from '../storage/tables.ts';
import { toAdminSite } from './site-mapping.ts';

export type FirmSite = { row: AdminSiteRow; disclaimers: DisclaimerRow[] };

export async function loadFirmSite(db: Db, firmId: string, id: string): Promise<FirmSite> {
  const row = await db
    .selectFrom('sites')
    .selectAll()
    .where('id', '=', id)
    .where('firm_id', '=', firmId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const disclaimers = await db
    .selectFrom('disclaimers')
    .selectAll()
    .where('site', '=', id)
    .orderBy('version')
    .execute();
  return { row, disclaimers };
}

export async function listFirmSites(db: Db, firmId: string): Promise<AdminSite[]> {
  const rows = await db.selectFrom('sites').selectAll().where('firm_id', '=', firmId).orderBy('created_at').execute();
  if (rows.length === 0) return [];
  const disclaimers = await db
    .selectFrom('disclaimers')
    .selectAll()
    .where(
      'site',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('version')
    .execute();
  return rows.map((row) =>
    toAdminSite(
      row,
      disclaimers.filter((d) => d.site === row.id),
    ),
  );
}

export type SiteWrite = {
  id: string;
  firmId: string;
  name: string;
  settings: SiteSettings;
  allowedOrigins: string[];
  businessHours: BusinessHours;
  /** A new disclaimer version to add, if the text changed (or the site is new). */
  disclaimer?: { version: number; text: LocalizedText };
};

/** False when the id is taken (by any firm: site ids are global, they appear in script tags). */
export async function insertSite(db: Db, site: SiteWrite, now: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('sites')
      .values({
        id: site.id,
        name: site.name,
        config: JSON.stringify(site.settings),
        allowed_origins: JSON.stringify(site.allowedOrigins),
        firm_id: site.firmId,
        business_hours: JSON.stringify(site.businessHours),
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    if (site.disclaimer) await insertDisclaimer(trx, site.id, site.disclaimer, now);
    return true;
  });
}

export async function updateSite(db: Db, site: SiteWrite, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('sites')
      .set({
        name: site.name,
        config: JSON.stringify(site.settings),
        allowed_origins: JSON.stringify(site.allowedOrigins),
        business_hours: JSON.stringify(site.businessHours),
        updated_at: now,
      })
      .where('id', '=', site.id)
      .where('firm_id', '=', site.firmId)
      .execute();
    if (site.disclaimer) await insertDisclaimer(trx, site.id, site.disclaimer, now);
  });
}

function insertDisclaimer(db: Db, site: string, disclaimer: { version: number; text: LocalizedText }, now: number) {
  return db
    .insertInto('disclaimers')
    .values({ site, version: disclaimer.version, text: JSON.stringify(disclaimer.text), created_at: now })
    .execute();
}
