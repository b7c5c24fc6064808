/**
 * The intake submission a prospective client sends to `POST /v1/intake`.
 * The shape is fixed here; which fields are required comes from the site's
 * config, checked by `intakeFieldIssues` on both sides.
 */
import * as z from 'zod/mini';
import { captchaToken } from './captcha.ts';
import { contactMethods } from './constants.ts';
import { clientId, journeyId, siteId, slug } from './ids.ts';
import { intakeAnswers } from './intake-answers.ts';
import type { IntakeFieldName } from './site-config.ts';

export { type FieldIssue, intakeAnswerIssues, intakeFieldIssues } from './intake-rules.ts';
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
  /** Answers to the firm's own questions by question id (issue 17); only questions shown may be answered. */
  answers: z.optional(intakeAnswers),
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
