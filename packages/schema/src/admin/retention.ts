/**
 * How long a site keeps what people wrote and what widgets reported (`/api/admin/sites/:site/retention`).
 * Admins change it; the collector's purge applies it every few hours (issue 9).
 *
 * @example
 *   import { retentionSettings } from '@retainer/schema/admin';
 *   const result = retentionSettings.safeParse(body);
 */
import * as z from 'zod/mini';

const days = (min: number) => z.int().check(z.gte(min, 'too_small'), z.lte(3650, 'too_big'));

export const retentionSettings = z.strictObject({
  /**
   * A declined intake loses the prospect's own account (description, adverse and related parties, referral)
   * this many days after it was declined; the name, contact details and decision stay as the record of it.
   */
  declinedIntakeDays: days(30),
  /** Suspected spam loses every personal field this many days after it arrived or was marked as spam. */
  spamIntakeDays: days(1),
  /** Survey comments (and closed follow-up notes) are removed this many days after the answer; scores stay. */
  surveyCommentDays: days(30),
  /** Raw journey events are deleted this many days after they happened; the journey map keeps its numbers. */
  eventDays: days(30),
  /**
   * The bodies of sent emails are removed this many days after sending (issue 15); the Outbox keeps who, when,
   * why and the subject. Optional so a settings form that predates it still saves.
   */
  sentEmailDays: z.optional(days(1)),
});
export type RetentionSettings = z.infer<typeof retentionSettings>;

export const defaultRetention: RetentionSettings = {
  declinedIntakeDays: 365,
  spamIntakeDays: 30,
  surveyCommentDays: 730,
  eventDays: 400,
  sentEmailDays: 90,
};
