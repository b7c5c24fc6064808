/**
 * The intake submission a prospective client sends to `POST /v1/intake`.
 * The shape is fixed here; which fields are required comes from the site's
 * config, checked by `intakeFieldIssues` on both sides.
 */
import * as z from 'zod/mini';
import { captchaToken } from './captcha.ts';
import { contactMethods } from './constants.ts';
import { clientId, journeyId, siteId, slug } from './ids.ts';
import type { IntakeFieldName, PublicSiteConfig } from './site-config.ts';

export { contactMethods };

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'too_long'));
const partyList = z
  .array(z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200, 'too_long')))
  .check(z.maxLength(20, 'too_many'));

export const intakeFields = z.strictObject({
  name: z.optional(text(200)),
  email: z.optional(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(254, 'too_long')),
      z.union([z.literal(''), z.email('invalid_email')]),
    ),
  ),
  phone: z.optional(z.string().check(z.trim(), z.regex(/^$|^\+?[0-9 ().-]{5,30}$/, 'invalid_phone'))),
  contactMethod: z.optional(z.union([z.literal(''), z.enum(contactMethods)])),
  practiceArea: z.optional(z.union([z.literal(''), slug])),
  jurisdiction: z.optional(text(120)),
  description: z.optional(text(5000)),
  adverseParties: z.optional(partyList),
  relatedParties: z.optional(partyList),
  /** A deadline or court date, `YYYY-MM-DD`. */
  deadline: z.optional(z.union([z.literal(''), z.iso.date('invalid_date')])),
  referral: z.optional(text(200)),
});
export type IntakeFields = z.infer<typeof intakeFields>;

/** The fields that hold personal data and are encrypted at rest. */
export const personalIntakeFields = [
  'name',
  'email',
  'phone',
  'jurisdiction',
  'description',
  'adverseParties',
  'relatedParties',
  'referral',
] as const satisfies readonly IntakeFieldName[];

export const intakeSubmission = z.strictObject({
  id: clientId,
  site: siteId,
  journey: z.optional(journeyId),
  lang: z.optional(z.enum(['en', 'ru', 'zh'])),
  fields: intakeFields,
  disclaimer: z.strictObject({ version: z.int().check(z.gte(1)), accepted: z.literal(true) }),
  /** Milliseconds between the form being shown and submitted. */
  fillMs: z.int().check(z.gte(0)),
  /** The lawyer the visitor chose in the directory (issue 4): a lawyer id of the site. */
  lawyer: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid_id'))),
  /** The honeypot: people never see it, so it must be empty. */
  website: z.optional(z.string().check(z.maxLength(200))),
  /** The provider's token when the site requires a human check (issue 9); single use, not part of the request hash. */
  captcha: z.optional(captchaToken),
});
export type IntakeSubmission = z.infer<typeof intakeSubmission>;

export const intakeReceipt = z.strictObject({
  id: clientId,
  /** What the visitor quotes when they call: short, unambiguous. */
  reference: z.string(),
  receivedAt: z.int(),
  responseTarget: z.strictObject({ amount: z.int(), unit: z.enum(['hour', 'businessDay', 'day']) }),
});
export type IntakeReceipt = z.infer<typeof intakeReceipt>;

export type FieldIssue = { path: string; code: string };

/** Checks site-specific rules the fixed shape cannot: required fields, known practice areas. */
export function intakeFieldIssues(config: PublicSiteConfig, fields: IntakeFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const shown = new Set(config.intake.fields.map((f) => f.name));
  for (const field of config.intake.fields) {
    const value = fields[field.name];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (field.required && empty) issues.push({ path: field.name, code: 'required' });
  }
  for (const name of Object.keys(fields) as IntakeFieldName[]) {
    const value = fields[name];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (!shown.has(name) && !empty) issues.push({ path: name, code: 'not_allowed' });
  }
  const area = fields.practiceArea;
  if (area && !config.practiceAreas.some((p) => p.id === area)) {
    issues.push({ path: 'practiceArea', code: 'unknown_option' });
  }
  return issues;
}
