/**
 * The FAQ bot's public contract: what the widget asks (`POST /v1/faq/ask`), what it gets back,
 * and the bot settings it reads when the chat opens (`GET /v1/sites/:site/faq`).
 *
 * @example
 *   const ask: FaqAsk = { id: crypto.randomUUID(), site: 'harbor-vale', question: 'How much is a will?', lang: 'en' };
 */
import * as z from 'zod/mini';
import { language, localizedText } from './i18n.ts';
import { clientId, journeyId, siteId } from './ids.ts';

/** Longer questions are refused (422): the bot answers short questions, the intake form takes stories. */
export const maxFaqQuestionLength = 500;

export const faqAsk = z.strictObject({
  id: clientId,
  site: siteId,
  question: z.string().check(z.trim(), z.minLength(2, 'required'), z.maxLength(maxFaqQuestionLength, 'too_long')),
  lang: z.optional(language),
  journey: z.optional(journeyId),
  /** The visitor picked one of the choices offered for their earlier ask `of` (issue 20): answer that entry. */
  chosen: z.optional(
    z.strictObject({ of: clientId, entry: z.string().check(z.minLength(1), z.maxLength(100, 'too_long')) }),
  ),
});
export type FaqAsk = z.infer<typeof faqAsk>;

/**
 * `answered`: matches found; `unanswered`: nothing close enough; `advice`: asks about their own case;
 * `choices`: two or three entries came close, offered as "Did you mean…?" (issue 20).
 */
export const faqOutcomes = ['answered', 'unanswered', 'advice', 'choices'] as const;
export const faqOutcome = z.enum(faqOutcomes);
export type FaqOutcome = z.infer<typeof faqOutcome>;

export const faqRelated = z.object({ entry: z.string(), question: z.string() });
export type FaqRelated = z.infer<typeof faqRelated>;

export const faqMatch = z.object({
  entry: z.string(),
  question: z.string(),
  /** Plain text; URLs in it are shown as links. */
  answer: z.string(),
  sourceUrl: z.string(),
  practiceArea: z.optional(z.string()),
  related: z.array(faqRelated),
});
export type FaqMatch = z.infer<typeof faqMatch>;

export const faqAnswer = z.object({
  id: z.string(),
  outcome: faqOutcome,
  /** Best first; the choices when `choices`; empty when `unanswered` or `advice`. */
  matches: z.array(faqMatch),
});
export type FaqAnswer = z.infer<typeof faqAnswer>;

/** Opening hours in the office's time zone; days are 0 = Sunday … 6 = Saturday. */
export const officeHours = z.strictObject({
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  days: z.array(z.int().check(z.gte(0), z.lte(6))).check(z.maxLength(7)),
  start: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time')),
  end: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time')),
});
export type OfficeHours = z.infer<typeof officeHours>;

/** What the chat needs, cacheable: greeting, hours, and the "talk to a person" channels on offer. */
export const publicFaqSettings = z.object({
  site: siteId,
  greeting: localizedText(300),
  hours: officeHours,
  /** The site's own wording of its hours, when it has one. */
  hoursText: z.optional(localizedText(200)),
  handoff: z.object({
    intake: z.boolean(),
    /** Where the intake form lives when the page has none. */
    contactPage: z.optional(z.string()),
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
  }),
  /** A few questions to start with. */
  suggestions: z.array(faqRelated),
});
export type PublicFaqSettings = z.infer<typeof publicFaqSettings>;
