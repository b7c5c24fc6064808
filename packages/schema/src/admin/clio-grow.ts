/**
 * Clio Grow (issue 16): a site's Lead Inbox connection and each intake's pushes to it. The firm's Lead Inbox
 * token goes in and never comes back out: reads say only whether one is stored. A push is an outbox message
 * of kind `clio-grow`; what it sent is listed by field name (never the text), with Clio's answer.
 *
 * @example
 *   import { clioGrowSettings, clioGrowStatus } from '@retainer/schema/admin';
 *   const status = clioGrowStatus.parse(await res.json());
 */
import * as z from 'zod/mini';
import { outboxState } from './outbox.ts';

export const clioGrowSettings = z.strictObject({
  /** Whether a Lead Inbox token is stored; the token itself is never returned. */
  configured: z.boolean(),
  /** New intakes are sent by themselves once their conflict check is clear. */
  auto: z.boolean(),
  updatedAt: z.nullable(z.number()),
});
export type ClioGrowSettings = z.infer<typeof clioGrowSettings>;

/** Clio shows the token under Settings → Integrations; a long opaque string. */
const leadInboxToken = z
  .string()
  .check(
    z.trim(),
    z.minLength(8, 'too_short'),
    z.maxLength(200, 'too_long'),
    z.regex(/^[\w.~+/=-]+$/, 'invalid_token'),
  );

export const clioGrowSettingsInput = z.strictObject({
  auto: z.boolean(),
  /** Omitted or empty: keep the stored token; null: remove it (and stop automatic pushes). */
  token: z.optional(z.nullable(z.union([z.literal(''), leadInboxToken]))),
});
export type ClioGrowSettingsInput = z.infer<typeof clioGrowSettingsInput>;

/** The `inbox_lead` fields Clio's Lead Inbox API documents. */
export const clioGrowLeadFields = [
  'from_first',
  'from_last',
  'from_message',
  'from_email',
  'from_phone',
  'referring_url',
  'from_source',
] as const;
export type ClioGrowLeadField = (typeof clioGrowLeadFields)[number];

export const clioGrowPush = z.object({
  /** The outbox message's id. */
  id: z.string(),
  trigger: z.enum(['manual', 'auto']),
  /** Who pressed "Send to Clio Grow" (null for automatic pushes). */
  by: z.nullable(z.object({ id: z.string(), name: z.string() })),
  state: outboxState,
  attempts: z.int(),
  /** The fields that carried a value, by name. */
  fields: z.array(z.enum(clioGrowLeadFields)),
  createdAt: z.number(),
  sentAt: z.nullable(z.number()),
  nextAttemptAt: z.nullable(z.number()),
  /** Why the last attempt failed; no personal data, never the token. */
  lastError: z.nullable(z.string()),
  /** Clio's last answer: HTTP status and the start of its body. */
  answer: z.nullable(z.object({ status: z.int(), excerpt: z.string(), at: z.number() })),
});
export type ClioGrowPush = z.infer<typeof clioGrowPush>;

/**
 * `clear`: nothing matched the party index. `flagged`: something matched and nobody cleared it yet, so nothing
 * is sent by itself. `cleared`: staff reviewed the flags and cleared the check.
 */
export const conflictCheckStates = ['clear', 'flagged', 'cleared'] as const;

/** `GET|POST /api/admin/inbox/:id/clio-grow`, `POST /api/admin/inbox/:id/conflict-clearance`. */
export const clioGrowStatus = z.object({
  configured: z.boolean(),
  auto: z.boolean(),
  conflictCheck: z.enum(conflictCheckStates),
  clearedBy: z.nullable(z.object({ id: z.string(), name: z.string(), at: z.number() })),
  /** Newest first. */
  pushes: z.array(clioGrowPush),
});
export type ClioGrowStatus = z.infer<typeof clioGrowStatus>;

/** The body of a push or a clearance: nothing to say (strict, so a stray field is a 422). */
export const clioGrowAction = z.strictObject({});
