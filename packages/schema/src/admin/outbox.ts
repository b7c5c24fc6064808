/**
 * The outbox (issue 15): every email the collector sends or holds, as the dashboard's Outbox screen reads it,
 * the site's mail settings (Settings → Email) and each person's notification preferences.
 * The SMTP password goes in and never comes back out: reads say only whether one is stored.
 *
 * @example
 *   import { outboxList, emailSettingsInput } from '@retainer/schema/admin';
 *   const page = outboxList.parse(await res.json());
 */
import * as z from 'zod/mini';
import { language } from '../i18n.ts';
import { siteId } from '../ids.ts';

/** queued → sending → sent; a failed attempt → retrying (until 24 h) → failed; no mail server → held. */
export const outboxStates = ['queued', 'sending', 'sent', 'retrying', 'failed', 'held'] as const;
export const outboxState = z.enum(outboxStates);
export type OutboxState = z.infer<typeof outboxState>;

/** `email` now; webhook deliveries later share the table with `webhook`. */
export const outboxKinds = ['email', 'webhook', 'clio-grow'] as const;
export const outboxKind = z.enum(outboxKinds);
export type OutboxKind = z.infer<typeof outboxKind>;

/** `GET /api/admin/sites/:site/outbox?state=&cursor=&limit=`: newest first. */
export const outboxQuery = z.strictObject({
  state: z.optional(outboxState),
  /** The `next` of the previous page. */
  cursor: z.optional(z.string().check(z.regex(/^\d{1,16}\.[\w-]{1,64}$/, 'invalid_cursor'))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1, 'too_small'), z.lte(200, 'too_big'))),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;

export const outboxItem = z.object({
  id: z.string(),
  site: z.string(),
  kind: outboxKind,
  /** The template's name, e.g. `staff-new-intake`, `intake-acknowledgement`. */
  template: z.string(),
  locale: language,
  /** The recipient's address (decrypted for the firm; empty once erased). */
  to: z.string(),
  /** The event that caused it, e.g. `intake.submitted`. */
  reason: z.string(),
  subject: z.string(),
  state: outboxState,
  attempts: z.int(),
  /** When the next attempt is due (queued, retrying). */
  nextAttemptAt: z.nullable(z.number()),
  /** Why the last attempt failed, or why the message is held; no personal data. */
  lastError: z.nullable(z.string()),
  /** The RFC 5322 Message-ID every attempt uses (delivery is at least once). */
  messageId: z.string(),
  createdAt: z.number(),
  sentAt: z.nullable(z.number()),
});
export type OutboxItem = z.infer<typeof outboxItem>;

export const outboxList = z.object({
  items: z.array(outboxItem),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  next: z.nullable(z.string()),
});
export type OutboxList = z.infer<typeof outboxList>;

/** `GET …/outbox/:id`: the message as it is (or would be) sent. Bodies are null once retention purged them. */
export const outboxDetail = z.object({
  ...outboxItem.shape,
  from: z.nullable(z.string()),
  replyTo: z.nullable(z.string()),
  text: z.nullable(z.string()),
  html: z.nullable(z.string()),
  /** Extra headers sent with it (e.g. `List-Unsubscribe`). */
  headers: z.record(z.string(), z.string()),
});
export type OutboxDetail = z.infer<typeof outboxDetail>;

const address = z.string().check(z.trim(), z.maxLength(254, 'too_long'), z.email('invalid_email'));
const hostName = z
  .string()
  .check(z.trim(), z.maxLength(253, 'too_long'), z.regex(/^[A-Za-z0-9.:[\]-]*$/, 'invalid_host'));

/** `GET /api/admin/sites/:site/email-settings`. */
export const emailSettings = z.object({
  /** The site's own server; empty: the instance's (`RETAINER_SMTP_URL`), or none (messages are held). */
  host: z.string(),
  port: z.int(),
  /** true: TLS from the first byte (smtps, port 465); false: STARTTLS when the server offers it. */
  secure: z.boolean(),
  user: z.string(),
  /** Whether a password is stored; the password itself is never returned. */
  passwordSet: z.boolean(),
  /** The sender; empty: the instance default. */
  from: z.string(),
  fromName: z.string(),
  replyTo: z.string(),
  /** Send the prospect an acknowledgement with the reference (on by default). */
  acknowledgeIntakes: z.boolean(),
  /** Whether the instance has a default server (`RETAINER_SMTP_URL`). */
  instanceServer: z.boolean(),
  /** How this site's messages go out now: its own server, the instance's, or held. */
  delivery: z.enum(['site', 'instance', 'held']),
});
export type EmailSettings = z.infer<typeof emailSettings>;

/** `PUT …/email-settings`. `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…`) may replace host/port/secure/user/password. */
export const emailSettingsInput = z.strictObject({
  smtpUrl: z.optional(z.string().check(z.maxLength(1000, 'too_long'), z.regex(/^smtps?:\/\/\S+$/, 'invalid_url'))),
  host: z.optional(hostName),
  port: z.optional(z.int().check(z.gte(1, 'too_small'), z.lte(65535, 'too_big'))),
  secure: z.optional(z.boolean()),
  user: z.optional(z.string().check(z.maxLength(254, 'too_long'))),
  /** Omitted: keep the stored one; empty: remove it. */
  password: z.optional(z.string().check(z.maxLength(1000, 'too_long'))),
  from: z.optional(z.union([z.literal(''), address])),
  fromName: z.optional(z.string().check(z.trim(), z.maxLength(120, 'too_long'), z.regex(/^[^\r\n<>"]*$/, 'invalid'))),
  replyTo: z.optional(z.union([z.literal(''), address])),
  acknowledgeIntakes: z.optional(z.boolean()),
});
export type EmailSettingsInput = z.infer<typeof emailSettingsInput>;

/** `POST …/email-settings/test`: sends one message now, through the outbox, and says how it went. */
export const emailTestInput = z.strictObject({ to: address });
export type EmailTestInput = z.infer<typeof emailTestInput>;

export const emailTestResult = z.object({
  sent: z.boolean(),
  /** Why it was not sent (no server, refused, unreachable); no personal data. */
  error: z.nullable(z.string()),
  outboxId: z.string(),
});
export type EmailTestResult = z.infer<typeof emailTestResult>;

/**
 * Events a person can be emailed about. Every member gets each of them by default except the weekly
 * digest, which is opt-in.
 */
export const notificationEvents = [
  'intake.submitted',
  'intake.response_due',
  'matter.client_message',
  'survey.follow_up',
  'matter.update_overdue',
  'digest.weekly',
] as const;
export const notificationEvent = z.enum(notificationEvents);
export type NotificationEvent = z.infer<typeof notificationEvent>;

/** One event's choice: on or off, and for which sites and practice areas (null: all of them). */
export const notificationRule = z.strictObject({
  event: notificationEvent,
  email: z.boolean(),
  sites: z.nullable(z.array(siteId).check(z.maxLength(100, 'too_many'))),
  practiceAreas: z.nullable(z.array(siteId).check(z.maxLength(100, 'too_many'))),
});
export type NotificationRule = z.infer<typeof notificationRule>;

/** `GET|PUT /api/admin/me/notifications`: one rule per event (a missing event reads its default). */
export const notificationPreferences = z.strictObject({
  /** The language of the emails this person gets; null: each site's default language. */
  language: z.nullable(language),
  rules: z.array(notificationRule).check(z.maxLength(notificationEvents.length, 'too_many')),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const defaultNotificationRule = (event: NotificationEvent): NotificationRule => ({
  event,
  email: event !== 'digest.weekly',
  sites: null,
  practiceAreas: null,
});
