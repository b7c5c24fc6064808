/**
 * Reading intakes for the dashboard, always through the firm's sites: an intake of another
 * firm is not found. Rows come with their site's hours and response target for the clock.
 *
 * @example
 *   const rows = await selectFirmIntakes(db, firmId, { state: 'new' });
 *   const row = await loadFirmIntake(db, firmId, id); // or throws 404
 */
import type { ResponseTarget } from '@retainer/schema';
import type { BusinessHours, InboxQuery } from '@retainer/schema/admin';
import type { AdminIntakeRow } from '../admin-store/tables.ts';
import { notFound } from '../http/read-body.ts';
import { businessHoursOf } from '../site-admin/site-mapping.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';

export type FirmIntake = AdminIntakeRow & { hours: BusinessHours; target: ResponseTarget };

type Filters = InboxQuery & { receivedSince?: number; onlyOpen?: boolean; limit?: number };

function baseQuery(db: Db, firmId: string) {
  return db
    .selectFrom('intakes')
    .innerJoin('sites', 'sites.id', 'intakes.site')
    .selectAll('intakes')
    .select(['sites.config as site_config', 'sites.business_hours as site_hours'])
    .where('sites.firm_id', '=', firmId);
}

type JoinedRow = AdminIntakeRow & { site_config: string; site_hours: string | null };

/** Parses each site's settings once per call, not once per row. */
function withClockSettings(rows: JoinedRow[]): FirmIntake[] {
  const perSite = new Map<string, { hours: BusinessHours; target: ResponseTarget }>();
  return rows.map(({ site_config, site_hours, ...row }) => {
    let settings = perSite.get(row.site);
    if (!settings) {
      const config = JSON.parse(site_config) as SiteSettings;
      settings = { hours: businessHoursOf({ business_hours: site_hours }), target: config.intake.responseTarget };
      perSite.set(row.site, settings);
    }
    return { ...row, ...settings };
  });
}

export async function selectFirmIntakes(db: Db, firmId: string, filters: Filters): Promise<FirmIntake[]> {
  let query = baseQuery(db, firmId);
  if (filters.site) query = query.where('intakes.site', '=', filters.site);
  // Suspected spam shows only when asked for (the inbox's Spam folder).
  if (filters.state) query = query.where('intakes.state', '=', filters.state);
  else query = query.where('intakes.state', '!=', 'spam');
  if (filters.onlyOpen) query = query.where('intakes.state', '=', 'new');
  if (filters.practiceArea) query = query.where('intakes.practice_area', '=', filters.practiceArea);
  if (filters.assignee === 'none') query = query.where('intakes.assignee', 'is', null);
  else if (filters.assignee) query = query.where('intakes.assignee', '=', filters.assignee);
  if (filters.from !== undefined) query = query.where('intakes.received_at', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('intakes.received_at', '<', filters.to);
  if (filters.receivedSince !== undefined) query = query.where('intakes.received_at', '>=', filters.receivedSince);
  query = query.orderBy('intakes.received_at', 'desc');
  if (filters.limit !== undefined) query = query.limit(filters.limit);
  return withClockSettings((await query.execute()) as JoinedRow[]);
}

export async function loadFirmIntake(db: Db, firmId: string, id: string): Promise<FirmIntake> {
  const row = await baseQuery(db, firmId).where('intakes.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return withClockSettings([row as JoinedRow])[0]!;
}
