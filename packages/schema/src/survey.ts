/**
 * The client survey's public contract: `POST /v1/survey/open` (token → what to ask) and
 * `POST /v1/survey` (token + answers, once per token). Tokens come from the invitation link's
 * fragment (`#retainer-survey=<token>`), never a query string, so they stay out of server logs.
 *
 * @example
 *   surveyAnswer.safeParse({ site: 'harbor-vale', token, score: 9, comment: 'Clear and quick.' });
 */
import * as z from 'zod/mini';
import { language } from './i18n.ts';
import { siteId } from './ids.ts';
import { webUrl } from './lawyer.ts';
import { lawyerScale, surveyMeasures, surveyMoments } from './survey-scores.ts';

export const surveyMeasure = z.enum(surveyMeasures);
export const surveyMoment = z.enum(surveyMoments);

/** 32 random bytes, base64url: 43 characters. */
export const surveyToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'invalid_token'));

export const maxSurveyComment = 2000;

export const surveyOpenRequest = z.strictObject({ site: siteId, token: surveyToken });
export type SurveyOpenRequest = z.infer<typeof surveyOpenRequest>;

export const reviewLink = z.strictObject({
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  url: webUrl,
});
export type ReviewLink = z.infer<typeof reviewLink>;

/** What every client sees after answering: thanks, the review links, and how to reach the firm. */
export const surveyThanks = z.object({
  firm: z.string(),
  reviewLinks: z.array(reviewLink),
  contact: z.object({ phone: z.optional(z.string()), email: z.optional(z.string()) }),
});
export type SurveyThanks = z.infer<typeof surveyThanks>;

/** `open`: ask; `answered`: this token has answered already (show thanks, ask nothing). */
export const surveyOpened = z.object({
  ...surveyThanks.shape,
  state: z.enum(['open', 'answered']),
  measure: surveyMeasure,
  lang: language,
  /** The lawyer the optional second question is about, when the invitation names one. */
  lawyer: z.optional(z.object({ id: z.string(), name: z.string() })),
  practiceArea: z.optional(z.string()),
});
export type SurveyOpened = z.infer<typeof surveyOpened>;

export const surveyAnswer = z.strictObject({
  site: siteId,
  token: surveyToken,
  /** Checked against the measure's scale by the collector (0–10 for NPS, 1–5 otherwise). */
  score: z.int().check(z.gte(0), z.lte(10)),
  comment: z.optional(z.string().check(z.maxLength(maxSurveyComment, 'too_long'))),
  lawyerScore: z.optional(z.int().check(z.gte(lawyerScale.min), z.lte(lawyerScale.max))),
});
export type SurveyAnswer = z.infer<typeof surveyAnswer>;

export const surveyReceipt = z.object({
  ...surveyThanks.shape,
  state: z.literal('answered'),
  measure: surveyMeasure,
  score: z.int(),
  answeredAt: z.int(),
});
export type SurveyReceipt = z.infer<typeof surveyReceipt>;
