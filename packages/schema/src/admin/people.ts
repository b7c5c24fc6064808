/**
 * One person's data, found by the email they gave: list, export (JSON), erase. It covers their
 * intakes, the matters they are the client of and the survey invitations sent to them.
 * Requests carry the email in the body (POST), never in a URL that ends up in logs.
 */
import * as z from 'zod/mini';
import { intakeDetail, intakeState } from './inbox.ts';
import { matterDetail, matterStatuses } from './matters.ts';
import { outboxDetail } from './outbox.ts';
import { surveyInvitation, surveyInvitationState } from './survey.ts';

export const personQuery = z.strictObject({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'too_long')), z.email('invalid_email')),
});
export type PersonQuery = z.infer<typeof personQuery>;

export const personMatches = z.object({
  intakes: z.array(
    z.object({
      id: z.string(),
      site: z.string(),
      reference: z.string(),
      receivedAt: z.number(),
      state: intakeState,
      erased: z.boolean(),
    }),
  ),
  matters: z.array(
    z.object({
      id: z.string(),
      site: z.string(),
      reference: z.string(),
      createdAt: z.number(),
      status: z.enum(matterStatuses),
    }),
  ),
  surveys: z.array(z.object({ id: z.string(), site: z.string(), createdAt: z.number(), state: surveyInvitationState })),
});
export type PersonMatches = z.infer<typeof personMatches>;

/** A survey invitation with the answer it got and the firm's follow-up note, decrypted. */
export const personSurvey = z.object({
  ...surveyInvitation.shape,
  score: z.nullable(z.int()),
  lawyerScore: z.nullable(z.int()),
  comment: z.nullable(z.string()),
  followUpNote: z.nullable(z.string()),
});
export type PersonSurvey = z.infer<typeof personSurvey>;

export const personExport = z.object({
  email: z.string(),
  exportedAt: z.number(),
  intakes: z.array(intakeDetail),
  matters: z.array(matterDetail),
  surveys: z.array(personSurvey),
  /** The emails sent (or to be sent) to this address (issue 15). */
  emails: z.optional(z.array(outboxDetail)),
});
export type PersonExport = z.infer<typeof personExport>;

/**
 * How many were erased: intakes (`erased`, the original field), matters and survey invitations.
 * The erasure log keeps these counts, the time and who did it.
 */
export const erasureResult = z.object({
  erased: z.int(),
  matters: z.int(),
  surveys: z.int(),
  /** Emails to this address blanked (issue 15); an unsent one is cancelled. */
  emails: z.optional(z.int()),
});
export type ErasureResult = z.infer<typeof erasureResult>;
