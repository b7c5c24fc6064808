/**
 * Between what an admin edits (`siteSettingsInput` / `adminSite`) and what the foundation
 * stores (`SiteSettings` JSON in `sites.config`, origins, disclaimers) plus the dashboard's
 * `business_hours` column. Settings the form does not show (theme radius, minimum fill time)
 * are kept as they were.
 *
 * @example
 *   const settings = settingsFromInput(input, previous);
 *   const site = toAdminSite(row, disclaimers);
 */
import type { LocalizedText } from '@retainer/schema';
import {
  type AdminSite,
  type BusinessHours,
  defaultBusinessHours,
  type SiteSettingsInput,
} from '@retainer/schema/admin';
import type { AdminSiteRow } from '../admin-store/tables.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { DisclaimerRow } from '../storage/tables.ts';

export const defaultMinFillMs = 3000;

export function businessHoursOf(row: Pick<AdminSiteRow, 'business_hours'>): BusinessHours {
  return row.business_hours ? (JSON.parse(row.business_hours) as BusinessHours) : defaultBusinessHours;
}

/** `defaultPublicName`: what clients see when the input names no public name and none was stored (the firm's name). */
export function settingsFromInput(
  input: SiteSettingsInput,
  previous?: SiteSettings,
  defaultPublicName?: string,
): SiteSettings {
  const publicName = input.publicName ?? previous?.publicName ?? defaultPublicName;
  return {
    name: input.name,
    ...(publicName ? { publicName } : {}),
    defaultLanguage: input.defaultLanguage,
    theme: { ...previous?.theme, accent: input.accent },
    practiceAreas: input.practiceAreas,
    contact: input.contact,
    intake: {
      fields: input.intakeFields,
      ...(questionsOf(input, previous).length > 0 ? { questions: questionsOf(input, previous) } : {}),
      responseTarget: input.responseTarget,
      minFillMs: previous?.intake.minFillMs ?? defaultMinFillMs,
      ...(input.privacyUrl ? { privacyUrl: input.privacyUrl } : {}),
      // Set on its own route (captcha/admin-routes.ts), with its secret.
      ...(previous?.intake.captcha ? { captcha: previous.intake.captcha } : {}),
    },
  };
}

/** Questions absent from the input (an older dashboard) are kept as they were. */
const questionsOf = (input: SiteSettingsInput, previous?: SiteSettings) =>
  input.intakeQuestions ?? previous?.intake.questions ?? [];

/** Equal texts make no new disclaimer version; empty translations count as absent. */
export function sameText(a: LocalizedText, b: LocalizedText): boolean {
  const canonical = (t: LocalizedText) => JSON.stringify([t.en, t.ru || '', t.zh || '']);
  return canonical(a) === canonical(b);
}

/** `disclaimers` must be the site's versions in ascending order (at least one). */
export function toAdminSite(row: AdminSiteRow, disclaimers: readonly DisclaimerRow[]): AdminSite {
  const settings = JSON.parse(row.config) as SiteSettings;
  const current = disclaimers.at(-1);
  if (!current) throw new Error(`Site ${row.id} has no disclaimer`);
  return {
    id: row.id,
    name: row.name,
    publicName: settings.publicName ?? row.name,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    businessHours: businessHoursOf(row),
    responseTarget: settings.intake.responseTarget,
    practiceAreas: settings.practiceAreas,
    intakeFields: settings.intake.fields,
    intakeQuestions: settings.intake.questions ?? [],
    disclaimerText: JSON.parse(current.text) as LocalizedText,
    disclaimerVersion: current.version,
    accent: settings.theme.accent,
    defaultLanguage: settings.defaultLanguage,
    contact: settings.contact,
    ...(settings.intake.privacyUrl ? { privacyUrl: settings.intake.privacyUrl } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
