/**
 * What an admin edits about a site. The public widget config (`publicSiteConfig`) is derived from it;
 * the disclaimer is versioned: every edit of its text makes a new version, old versions stay.
 */
import * as z from 'zod/mini';
import { language, localizedText } from '../i18n.ts';
import { siteId } from '../ids.ts';
import { intakeQuestion, maxQuestions } from '../intake-questions.ts';
import { hexColor, intakeFieldConfig, practiceArea, publicName, responseTarget, siteContact } from '../site-config.ts';

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'));

/** Opening hours in the site's time zone; days are 0 = Sunday … 6 = Saturday. */
export const businessHours = z.strictObject({
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  days: z.array(z.int().check(z.gte(0), z.lte(6))).check(z.maxLength(7)),
  start: hhmm,
  end: hhmm,
});
export type BusinessHours = z.infer<typeof businessHours>;

export const defaultBusinessHours: BusinessHours = {
  timeZone: 'America/New_York',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
};

const origin = z.string().check(z.regex(/^https?:\/\/[^/\s?#]+$/, 'invalid_origin'), z.maxLength(200));

export const siteSettingsInput = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(120, 'too_long')),
  /** The firm's name as clients see it; absent on create: the firm's name (issue 14). */
  publicName: z.optional(publicName),
  allowedOrigins: z.array(origin).check(z.maxLength(20, 'too_many')),
  businessHours,
  responseTarget,
  practiceAreas: z.array(practiceArea).check(z.maxLength(100)),
  intakeFields: z.array(intakeFieldConfig).check(z.minLength(1)),
  /** The firm's own questions, in form order (issue 17); absent: kept as they are. */
  intakeQuestions: z.optional(z.array(intakeQuestion).check(z.maxLength(maxQuestions, 'too_many'))),
  /** Saving a text that differs from the current version creates a new version. */
  disclaimerText: localizedText(4000),
  accent: hexColor,
  defaultLanguage: language,
  contact: siteContact,
  privacyUrl: z.optional(z.url()),
});
export type SiteSettingsInput = z.infer<typeof siteSettingsInput>;

export const createSite = z.extend(siteSettingsInput, { id: siteId });
export type CreateSite = z.infer<typeof createSite>;

export const adminSite = z.extend(siteSettingsInput, {
  id: siteId,
  publicName,
  disclaimerVersion: z.int(),
  createdAt: z.int(),
  updatedAt: z.int(),
});
export type AdminSite = z.infer<typeof adminSite>;

export const disclaimerVersionRecord = z.object({
  version: z.int(),
  text: localizedText(4000),
  createdAt: z.int(),
});
export type DisclaimerVersionRecord = z.infer<typeof disclaimerVersionRecord>;

export const siteList = z.object({ sites: z.array(adminSite) });
export type SiteList = z.infer<typeof siteList>;

/** Every disclaimer version of a site, newest first. */
export const disclaimerHistory = z.object({ versions: z.array(disclaimerVersionRecord) });
export type DisclaimerHistory = z.infer<typeof disclaimerHistory>;

/** The HTML a web admin pastes: one element + script per widget, or the all-in-one loader. */
export const siteSnippets = z.object({
  /** Where the collector is reached from the firm's site, e.g. `https://retainer.firm.example`. */
  collectorUrl: z.string(),
  widgets: z.array(
    z.object({
      name: z.string(),
      /** The placement element, e.g. `<retainer-intake></retainer-intake>`. */
      element: z.string(),
      /** The script tag that loads this widget. */
      script: z.string(),
      /** False while the widget's script is not built or not shipped yet. */
      available: z.boolean(),
    }),
  ),
  /** `<script async src=".../w/retainer.js" data-site="...">`: loads every widget placed on the page. */
  loader: z.string(),
});
export type SiteSnippets = z.infer<typeof siteSnippets>;
