/**
 * The survey's admin contract (`/api/admin/survey/*`): invitations, results, comments, the
 * follow-up queue and each site's survey settings.
 *
 * @example
 *   import { createSurveyInvitation } from '@retainer/schema/admin';
 */
import * as z from 'zod/mini';
import { language } from '../i18n.ts';
import { slug } from '../ids.ts';
import { webUrl } from '../lawyer.ts';
import { reviewLink, surveyMeasure, surveyMoment } from '../survey.ts';

export const surveyInvitationStates = ['created', 'opened', 'answered', 'expired'] as const;
export const surveyInvitationState = z.enum(surveyInvitationStates);
export type SurveyInvitationState = z.infer<typeof surveyInvitationState>;

/** `POST /api/admin/sites/:site/survey/invitations` (the site comes from the path). */
export const createSurveyInvitation = z.strictObject({
  moment: surveyMoment,
  clientName: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200, 'too_long')),
  email: z.optional(z.email({ error: 'invalid_email' }).check(z.maxLength(254, 'too_long'))),
  practiceArea: z.optional(slug),
  lawyer: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  lang: z.optional(language),
  /** The firm's page holding the survey widget; defaults to the site's survey page. */
  page: z.optional(webUrl),
  /** Email the invitation to `email` through the outbox (issue 15) instead of handing the link over. */
  sendEmail: z.optional(z.boolean()),
});
export type CreateSurveyInvitation = z.infer<typeof createSurveyInvitation>;

export const surveyInvitation = z.object({
  id: z.string(),
  site: z.string(),
  moment: surveyMoment,
  measure: surveyMeasure,
  clientName: z.string(),
  email: z.nullable(z.string()),
  practiceArea: z.nullable(z.string()),
  lawyer: z.nullable(z.string()),
  lang: language,
  page: z.string(),
  state: surveyInvitationState,
  createdAt: z.int(),
  expiresAt: z.int(),
  openedAt: z.nullable(z.int()),
  answeredAt: z.nullable(z.int()),
});
export type SurveyInvitation = z.infer<typeof surveyInvitation>;

/** The link carries the token, which is stored only hashed: it is shown once, here. */
export const surveyInvitationIssued = z.object({ invitation: surveyInvitation, url: z.string() });
export type SurveyInvitationIssued = z.infer<typeof surveyInvitationIssued>;

export const surveyInvitationList = z.object({ invitations: z.array(surveyInvitation) });
export type SurveyInvitationList = z.infer<typeof surveyInvitationList>;

export const surveyImportResult = z.object({
  issued: z.array(surveyInvitationIssued),
  errors: z.array(z.object({ line: z.int(), path: z.string(), code: z.string() })),
});
export type SurveyImportResult = z.infer<typeof surveyImportResult>;

const nullableNumber = z.nullable(z.number());

export const npsFigures = z.object({
  score: nullableNumber,
  promoters: z.int(),
  passives: z.int(),
  detractors: z.int(),
  total: z.int(),
});
export const csatFigures = z.object({ score: nullableNumber, satisfied: z.int(), total: z.int() });
export const cesFigures = z.object({ score: nullableNumber, total: z.int() });

/** Every number with the counts behind it. */
export const surveyFigures = z.object({
  nps: npsFigures,
  csat: csatFigures,
  ces: cesFigures,
  sent: z.int(),
  answered: z.int(),
});
export type SurveyFigures = z.infer<typeof surveyFigures>;

/**
 * The optional question about the lawyer, for one lawyer (`key`: the lawyer's id): `asked` answered
 * invitations named them, `total` of those rated them; the mean (`score`) and how many gave 1…5.
 */
export const lawyerRating = z.object({
  key: z.string(),
  asked: z.int(),
  score: nullableNumber,
  total: z.int(),
  counts: z.array(z.int()).check(z.length(5)),
});
export type LawyerRating = z.infer<typeof lawyerRating>;

export const surveyResults = z.object({
  overall: surveyFigures,
  /** Calendar months (UTC), oldest first; `month` is the first instant of the month. */
  monthly: z.array(z.object({ ...surveyFigures.shape, month: z.int() })),
  byPracticeArea: z.array(z.object({ ...surveyFigures.shape, key: z.string() })),
  byLawyer: z.array(z.object({ ...surveyFigures.shape, key: z.string() })),
  /** "How would you rate {lawyer}?" (1–5) per lawyer (issue 14). */
  lawyerRatings: z.array(lawyerRating),
});
export type SurveyResults = z.infer<typeof surveyResults>;

const epochMs = z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(4_102_444_800_000)));

/**
 * `GET …/survey/results?from=&to=`: the journey map's range (epoch ms, `to` exclusive), so the two can be
 * compared for any range (issue 14). Without it, every answer; the monthly trend is always the last 12 months.
 */
export const surveyResultsQuery = z.strictObject({ from: epochMs, to: epochMs });
export type SurveyResultsQuery = z.infer<typeof surveyResultsQuery>;

export const surveyComment = z.object({
  id: z.string(),
  measure: surveyMeasure,
  score: z.int(),
  group: z.enum(['positive', 'neutral', 'negative']),
  comment: z.string(),
  answeredAt: z.int(),
  practiceArea: z.nullable(z.string()),
  lawyer: z.nullable(z.string()),
  lang: language,
});
export type SurveyComment = z.infer<typeof surveyComment>;
export const surveyCommentList = z.object({ comments: z.array(surveyComment) });

export const followUpStates = ['open', 'closed'] as const;

export const followUp = z.object({
  id: z.string(),
  site: z.string(),
  measure: surveyMeasure,
  score: z.int(),
  clientName: z.string(),
  email: z.nullable(z.string()),
  comment: z.nullable(z.string()),
  practiceArea: z.nullable(z.string()),
  lawyer: z.nullable(z.string()),
  answeredAt: z.int(),
  state: z.enum(followUpStates),
  assignee: z.nullable(z.string()),
  note: z.nullable(z.string()),
  closedAt: z.nullable(z.int()),
  /** From the answer to closing, or to now while open. */
  ageMs: z.int(),
});
export type FollowUp = z.infer<typeof followUp>;
export const followUpList = z.object({ followUps: z.array(followUp) });

/** Any subset: assign (null to unassign), record what was done, close or reopen. */
export const updateFollowUp = z.strictObject({
  assignee: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  note: z.optional(z.string().check(z.trim(), z.maxLength(4000, 'too_long'))),
  state: z.optional(z.enum(followUpStates)),
});
export type UpdateFollowUp = z.infer<typeof updateFollowUp>;

export const surveySettings = z.strictObject({
  reviewLinks: z.array(reviewLink).check(z.maxLength(6, 'too_many')),
  /** The page of the firm's site with the survey widget: invitation links point there. */
  page: z.optional(webUrl),
});
export type SurveySettings = z.infer<typeof surveySettings>;
