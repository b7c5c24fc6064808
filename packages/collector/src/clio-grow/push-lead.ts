/**
 * When an intake goes to Clio Grow. By hand: whenever staff press "Send to Clio Grow". By itself (the site's
 * `auto` switch): only once the conflict check is clear — at submission when nothing in the party index
 * matches, or later when staff clear a flagged check. No other product waits for the conflict check (issue 16).
 *
 * @example
 *   const state = await conflictCheckOf(db, cipher, firmId, intake);
 *   if (state.check !== 'flagged') rows.push(clioPushRow(ctx, { …, trigger: 'auto', by: null }));
 */
import { type IntakeFields, pickText } from '@retainer/schema';
import type { ClioGrowStatus } from '@retainer/schema/admin';
import { findConflicts } from '../conflicts/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { checkedNames } from '../inbox/intake-view.ts';
import type { CachedSite } from '../sites/site-cache.ts';
import type { Db } from '../storage/database.ts';
import { type InboxLead, leadOf } from './lead.ts';

/** The lead of an intake of `site`; `origin`: the page's origin when the browser named an allowed one. */
export function leadFor(site: CachedSite, fields: IntakeFields, reference: string, origin?: string): InboxLead {
  const config = site.config;
  const area = config.practiceAreas.find((a) => a.id === fields.practiceArea);
  const known = origin && site.allowedOrigins.has(origin) ? origin : [...site.allowedOrigins][0];
  return leadOf(fields, {
    reference,
    practiceArea: area ? pickText(area.label, config.defaultLanguage) : null,
    referringUrl: known ?? `${config.name} website (Retainer intake form)`,
  });
}

export type ConflictCheck = { check: ClioGrowStatus['conflictCheck']; clearedBy: ClioGrowStatus['clearedBy'] };

/** The firm's conflict check for one intake's names, and whether staff cleared it. */
export async function conflictCheckOf(
  db: Db,
  cipher: FieldCipher,
  firmId: string,
  intake: { id: string; fields: IntakeFields },
): Promise<ConflictCheck> {
  const clearance = await db
    .selectFrom('conflict_clearances')
    .innerJoin('users', 'users.id', 'conflict_clearances.by_user')
    .select(['users.id', 'users.name', 'conflict_clearances.at'])
    .where('conflict_clearances.intake_id', '=', intake.id)
    .executeTakeFirst();
  const flags = await findConflicts(db, cipher, firmId, [{ intakeId: intake.id, names: checkedNames(intake.fields) }]);
  if (!flags.has(intake.id)) return { check: 'clear', clearedBy: null };
  return clearance
    ? { check: 'cleared', clearedBy: { id: clearance.id, name: clearance.name, at: Number(clearance.at) } }
    : { check: 'flagged', clearedBy: null };
}

/** A site's firm and whether its new intakes go to Clio Grow by themselves; undefined when they do not. */
export async function autoPushFirm(db: Db, site: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('clio_grow_settings')
    .innerJoin('sites', 'sites.id', 'clio_grow_settings.site')
    .select(['sites.firm_id', 'clio_grow_settings.token', 'clio_grow_settings.auto'])
    .where('clio_grow_settings.site', '=', site)
    .executeTakeFirst();
  return row?.firm_id && row.token && Number(row.auto) === 1 ? row.firm_id : undefined;
}
