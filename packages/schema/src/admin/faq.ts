/**
 * What staff edit about the FAQ bot (`/api/admin/sites/:site/faq…`): entries, the bot's settings,
 * and the report of what visitors asked.
 *
 * @example
 *   import { faqEntryInput } from '@retainer/schema/admin';
 *   const result = faqEntryInput.safeParse(body);
 */
import * as z from 'zod/mini';
import { officeHours } from '../faq.ts';
import { language, localizedText } from '../i18n.ts';
import { slug } from '../ids.ts';
import { isoDate, languageCode, webUrl } from '../lawyer.ts';

/** A page of the firm's site: a web URL, or a path on the site the widget runs on (`/contact`). */
const pageUrl = z.union([webUrl, z.string().check(z.regex(/^\/(?!\/)[^\s<>"]{0,300}$/, 'invalid_url'))]);

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'too_long'));

export const faqEntryInput = z.strictObject({
  question: text(300),
  /** Other ways visitors ask the same thing; they weigh as much as the question in the search. */
  alternatives: z.array(text(300)).check(z.maxLength(30, 'too_many')),
  /** Plain text; URLs become links in the widget. */
  answer: text(4000),
  practiceArea: z.optional(slug),
  language,
  /** The page of the firm's site the answer comes from, shown with every answer: a URL, or a path on the same site. */
  sourceUrl: pageUrl,
  lastReviewed: isoDate,
});
export type FaqEntryInput = z.infer<typeof faqEntryInput>;

export const adminFaqEntry = z.extend(faqEntryInput, {
  id: z.string(),
  site: z.string(),
  createdAt: z.int(),
  updatedAt: z.int(),
});
export type AdminFaqEntry = z.infer<typeof adminFaqEntry>;

export const faqEntryList = z.object({ entries: z.array(adminFaqEntry) });
export type FaqEntryList = z.infer<typeof faqEntryList>;

export const faqSettings = z.strictObject({
  greeting: localizedText(300),
  /** Office hours shown with the phone and email handoffs; the site's business hours by default. */
  hours: officeHours,
  handoff: z.strictObject({
    intake: z.boolean(),
    /** The page with the intake form; the site's contact page by default. */
    contactPage: z.optional(pageUrl),
    /** Offer the site's phone number / email address (from the site's contact settings). */
    phone: z.boolean(),
    email: z.boolean(),
  }),
  /** Questions are deleted after this many days. */
  retentionDays: z.int().check(z.gte(1, 'too_small'), z.lte(3650, 'too_large')),
  /**
   * Office facts the bot answers from the settings rather than from FAQ text (issue 20), with the hours above
   * and the site's phone: the address (and how to get there), and the languages the firm works in.
   */
  office: z.optional(
    z.strictObject({
      address: z.optional(localizedText(300)),
      directions: z.optional(localizedText(500)),
      /** ISO 639 codes (`en`, `es`, `zh`), named in the visitor's language. */
      languages: z.array(languageCode).check(z.maxLength(20, 'too_many')),
    }),
  ),
});
export type FaqSettings = z.infer<typeof faqSettings>;

export const defaultFaqGreeting = {
  en: 'Hi! Ask me a question about our services, fees or how we work.',
  ru: 'Здравствуйте! Задайте вопрос о наших услугах, стоимости или о том, как мы работаем.',
  zh: '您好！您可以询问我们的服务、收费或工作方式。',
};

export const defaultFaqRetentionDays = 90;

/** One question as the report shows it, decrypted. */
export const faqQuestionRecord = z.object({
  id: z.string(),
  question: z.string(),
  lang: z.optional(language),
  outcome: z.enum(['answered', 'unanswered', 'advice', 'choices']),
  entry: z.optional(z.string()),
  entryQuestion: z.optional(z.string()),
  score: z.number(),
  askedAt: z.int(),
  ledToIntake: z.boolean(),
});
export type FaqQuestionRecord = z.infer<typeof faqQuestionRecord>;

/**
 * Unanswered questions that ask the same thing — the same topic and intent, in any language (issue 20) —
 * most frequent first. `text` is the most recent wording; `suggestion` the entry that came closest.
 */
export const faqUnansweredGroup = z.object({
  text: z.string(),
  count: z.int(),
  lastAskedAt: z.int(),
  ledToIntake: z.int(),
  /** Up to five different wordings, newest first, each with its language when known. */
  examples: z.array(z.object({ text: z.string(), lang: z.optional(language) })),
  suggestion: z.optional(z.object({ entry: z.string(), question: z.string() })),
});
export type FaqUnansweredGroup = z.infer<typeof faqUnansweredGroup>;

/** Staff attach a visitor's wording to an entry as a new phrasing (issue 20): answerable from then on. */
export const faqPhrasingInput = z.strictObject({ text: text(300) });
export type FaqPhrasingInput = z.infer<typeof faqPhrasingInput>;

export const faqReport = z.object({
  from: z.int(),
  to: z.int(),
  asked: z.int(),
  answered: z.int(),
  unanswered: z.int(),
  ledToIntake: z.int(),
  unansweredGroups: z.array(faqUnansweredGroup),
  /** Newest first, at most 200. */
  questions: z.array(faqQuestionRecord),
});
export type FaqReport = z.infer<typeof faqReport>;
