/**
 * The email flows of issue 15 seen from the dashboard: staff replies to a prospect (intake) and to a
 * client (matter), the firm's messaging settings, and the forgot-password
 * screens (`/api/admin/password-reset…`, reachable without a session).
 *
 * @example
 *   replyToIntake.safeParse({ text: 'Thank you — could we call you tomorrow at 10?' });
 */
import * as z from 'zod/mini';
import { language } from '../i18n.ts';

const person = z.object({ id: z.string(), name: z.string() });
const replyText = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(5000, 'too_long'));

/** `POST /api/admin/inbox/:id/replies`: emailed to the prospect; the first one is first contact. */
export const replyToIntake = z.strictObject({ text: replyText });
export type ReplyToIntake = z.infer<typeof replyToIntake>;

/** A reply kept on the intake (its body encrypted at rest), shown in the intake detail. */
export const intakeReply = z.object({ id: z.string(), author: person, body: z.string(), createdAt: z.number() });
export type IntakeReply = z.infer<typeof intakeReply>;
export const intakeReplies = z.object({ replies: z.array(intakeReply) });
export type IntakeReplies = z.infer<typeof intakeReplies>;

/** `POST /api/admin/matters/:id/replies`: shown to the client in the tracker's thread. */
export const replyToClient = z.strictObject({
  text: replyText,
  inReplyTo: z.optional(z.string().check(z.maxLength(100, 'too_long'))),
});
export type ReplyToClient = z.infer<typeof replyToClient>;

export const matterReply = z.object({
  id: z.string(),
  author: person,
  body: z.string(),
  inReplyTo: z.nullable(z.string()),
  createdAt: z.number(),
});
export type MatterReply = z.infer<typeof matterReply>;
export const matterReplies = z.object({ replies: z.array(matterReply), notifyUpdates: z.boolean() });
export type MatterReplies = z.infer<typeof matterReplies>;

/** What a firm decides for its email: the "days since the client was updated" target, the survey reminder. */
export const defaultSurveyReminderDays = 7;
export const messagingSettings = z.strictObject({
  updateTargetDays: z.int().check(z.minimum(1, 'too_small'), z.maximum(365, 'too_big')),
  /** Null: no reminder. */
  surveyReminderDays: z.nullable(z.int().check(z.minimum(1, 'too_small'), z.maximum(60, 'too_big'))),
});
export type MessagingSettings = z.infer<typeof messagingSettings>;

/** Per site: the firm's case-status page (the tracker), where update notices link. */
export const siteMessagingSettings = z.strictObject({
  statusPage: z.nullable(z.url({ protocol: /^https?$/, error: 'invalid_url' }).check(z.maxLength(500, 'too_long'))),
});
export type SiteMessagingSettings = z.infer<typeof siteMessagingSettings>;

const email = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'too_long')),
  z.email('invalid_email'),
);
const resetToken = z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too_long'));

/** `POST /api/admin/password-reset`: the same 202 for a known and an unknown address. */
export const passwordResetRequest = z.strictObject({ email, lang: z.optional(language) });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;
/** `POST /api/admin/password-reset/check`: whether the link still works, before the form is shown. */
export const passwordResetCheck = z.strictObject({ token: resetToken });
export const passwordResetState = z.object({ valid: z.boolean() });
export type PasswordResetState = z.infer<typeof passwordResetState>;
/** `POST /api/admin/password-reset/confirm`: the new password; every session of the account ends. */
export const passwordResetConfirm = z.strictObject({
  token: resetToken,
  password: z.string().check(z.minLength(12, 'too_short'), z.maxLength(256, 'too_long')),
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirm>;
