/**
 * The public configuration of one site, served by `GET /v1/sites/:site/config`
 * and read by every widget: theme, practice areas, intake fields, disclaimer.
 */
import * as z from 'zod/mini';
import { publicCaptcha } from './captcha.ts';
import { intakeFieldNames } from './constants.ts';
import { language, localizedText } from './i18n.ts';
import { siteId, slug } from './ids.ts';
import { intakeQuestion, maxQuestions } from './intake-questions.ts';

export { intakeFieldNames };

export const intakeFieldName = z.enum(intakeFieldNames);
export type IntakeFieldName = z.infer<typeof intakeFieldName>;

export const intakeFieldConfig = z.strictObject({
  name: intakeFieldName,
  required: z.boolean(),
});
export type IntakeFieldConfig = z.infer<typeof intakeFieldConfig>;

/** What a site gets when it configures nothing: the minimum plus conflict-check fields. */
export const defaultIntakeFields: IntakeFieldConfig[] = [
  { name: 'name', required: true },
  { name: 'email', required: true },
  { name: 'phone', required: false },
  { name: 'contactMethod', required: false },
  { name: 'practiceArea', required: true },
  { name: 'jurisdiction', required: false },
  { name: 'description', required: true },
  { name: 'adverseParties', required: false },
  { name: 'deadline', required: false },
  { name: 'referral', required: false },
];

export const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'invalid_color'));

export const theme = z.strictObject({
  accent: hexColor,
  /** Corner radius in px. */
  radius: z.optional(z.int().check(z.gte(0), z.lte(24))),
});
export type Theme = z.infer<typeof theme>;

export const practiceArea = z.strictObject({
  id: slug,
  label: localizedText(80),
});
export type PracticeArea = z.infer<typeof practiceArea>;

export const disclaimer = z.strictObject({
  /** Increases with every edit; submissions store the version the visitor accepted. */
  version: z.int().check(z.gte(1)),
  text: localizedText(4000),
});
export type Disclaimer = z.infer<typeof disclaimer>;

export const responseTarget = z.strictObject({
  amount: z.int().check(z.gte(1), z.lte(365)),
  unit: z.enum(['hour', 'businessDay', 'day']),
});
export type ResponseTarget = z.infer<typeof responseTarget>;

export const siteContact = z.strictObject({
  phone: z.optional(z.string().check(z.maxLength(40))),
  email: z.optional(z.email()),
  /** The page of the firm's site that holds the intake form. */
  contactPage: z.optional(z.url()),
  hours: z.optional(localizedText(200)),
});
export type SiteContact = z.infer<typeof siteContact>;

/** What clients see as the firm's name, e.g. "Harbor & Vale LLP" (issue 14: not the internal site name). */
export const publicName = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(120, 'too_long'));

export const publicSiteConfig = z.strictObject({
  site: siteId,
  /** The site's internal name in the dashboard; client-facing text uses `publicName`. */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  publicName,
  /** The letters every reference of this site starts with (`HV` in `HV-7K3M-Q9TD`), for examples shown to clients. */
  referencePrefix: z.string().check(z.regex(/^[A-Z0-9]{1,3}$/)),
  defaultLanguage: language,
  theme,
  practiceAreas: z.array(practiceArea).check(z.maxLength(100)),
  contact: siteContact,
  intake: z.strictObject({
    fields: z.array(intakeFieldConfig).check(z.minLength(1), z.maxLength(intakeFieldNames.length)),
    /** The firm's own questions, in form order, after the built-in fields (issue 17); absent: none. */
    questions: z.optional(z.array(intakeQuestion).check(z.maxLength(maxQuestions))),
    disclaimer,
    responseTarget,
    /** A human needs at least this long to fill the form; faster submissions are treated as automated. */
    minFillMs: z.int().check(z.gte(0), z.lte(60_000)),
    privacyUrl: z.optional(z.url()),
    /** A human check before submit (issue 9); absent: none. */
    captcha: z.optional(publicCaptcha),
  }),
});
export type PublicSiteConfig = z.infer<typeof publicSiteConfig>;
