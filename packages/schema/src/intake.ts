/**
 * The intake submission a prospective client sends to `POST /v1/intake`.
 * The shape is fixed here; which fields are required comes from the site's
 * config, checked by `intakeFieldIssues` on both sides.
 */
import * as z from 'zod/mini';
import { captchaToken } from './captcha.ts';
import { contactMethods } from './constants.ts';
import { clientId, journeyId, siteId, slug } from './ids.ts';
import { answerLimits, intakeAnswers } from './intake-answers.ts';
import { type IntakeValues, isVisible, requiredFields } from './intake-conditions.ts';
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

export type FieldIssue = { path: string; code: string };

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Checks site-specific rules the fixed shape cannot: required fields (the chosen contact method's too), fields the
 * site does not show, known practice areas. Paths are field names.
 */
export function intakeFieldIssues(config: PublicSiteConfig, fields: IntakeFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const shown = new Set(config.intake.fields.map((f) => f.name));
  const required = new Set(requiredFields(config, { fields }));
  for (const field of config.intake.fields) {
    if (required.has(field.name) && isEmpty(fields[field.name])) issues.push({ path: field.name, code: 'required' });
  }
  for (const name of Object.keys(fields) as IntakeFieldName[]) {
    if (!shown.has(name) && !isEmpty(fields[name])) issues.push({ path: name, code: 'not_allowed' });
  }
  const area = fields.practiceArea;
  if (area && !config.practiceAreas.some((p) => p.id === area)) {
    issues.push({ path: 'practiceArea', code: 'unknown_option' });
  }
  return issues;
}

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The firm's own questions (issue 17): an answer to an unknown or hidden question is refused (`not_allowed`), a
 * required visible one must be there, and each answer fits its kind. Paths are `answers.<question id>`.
 */
export function intakeAnswerIssues(
  config: PublicSiteConfig,
  fields: IntakeFields,
  answers: Record<string, string> = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const questions = config.intake.questions ?? [];
  const values: IntakeValues = { fields, answers };
  const required = new Set(requiredFields(config, values));
  for (const id of Object.keys(answers)) {
    const question = questions.find((q) => q.id === id);
    if (!question || !isVisible(question, values)) issues.push({ path: `answers.${id}`, code: 'not_allowed' });
  }
  for (const question of questions) {
    const path = `answers.${question.id}`;
    const value = answers[question.id] ?? '';
    if (value === '') {
      if (required.has(question.id)) issues.push({ path, code: 'required' });
      continue;
    }
    const code = answerIssue(question, value);
    if (code) issues.push({ path, code });
  }
  return issues;
}

function answerIssue(question: NonNullable<PublicSiteConfig['intake']['questions']>[number], value: string) {
  switch (question.kind) {
    case 'shortText':
      return value.length > answerLimits.shortText ? 'too_long' : undefined;
    case 'longText':
      return undefined;
    case 'choice':
      return question.options?.some((o) => o.id === value) ? undefined : 'unknown_option';
    case 'yesNo':
      return value === 'yes' || value === 'no' ? undefined : 'unknown_option';
    case 'date':
      return isoDay.test(value) ? undefined : 'invalid_date';
  }
}
