/**
 * The matter status tracker's public contract (`/v1/status/*`): a client looks a matter up with
 * its reference and access code, gets a short-lived token, and reads what the firm made visible.
 * Every request is a `text/plain` JSON POST (the token travels in the body, so no CORS preflight).
 *
 * @example
 *   import { statusLookup } from '@retainer/schema';
 *   statusLookup.safeParse({ site: 'harbor-vale', reference: 'HV-7K3M-Q9TD', code: 'ABCD-EFGH-JKMN' });
 */
import * as z from 'zod/mini';
import { maxStatusMessageLength } from './constants.ts';
import { clientId, siteId } from './ids.ts';

export { maxStatusMessageLength };

const token = z.string().check(z.minLength(1, 'required'), z.maxLength(400, 'too_long'));

/** `POST /v1/status/lookup`. The reference and code are normalised server-side (case, spaces, dashes). */
export const statusLookup = z.strictObject({
  site: siteId,
  reference: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(40, 'too_long')),
  code: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(40, 'too_long')),
});
export type StatusLookup = z.infer<typeof statusLookup>;

/** The answer to a lookup: a bearer token for this matter, kept in memory by the widget. */
export const statusSession = z.object({ token: z.string(), expiresAt: z.int() });
export type StatusSession = z.infer<typeof statusSession>;

/** `POST /v1/status/matter`: the matter behind a token. */
export const statusMatterRequest = z.strictObject({ token });
export type StatusMatterRequest = z.infer<typeof statusMatterRequest>;

/** `POST /v1/status/message`: a short message to the lawyer; `id` makes a retry land once. */
export const statusMessage = z.strictObject({
  id: clientId,
  token,
  text: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(maxStatusMessageLength, 'too_long')),
});
export type StatusMessage = z.infer<typeof statusMessage>;

export const statusMessageReceipt = z.object({ id: z.string(), receivedAt: z.int() });
export type StatusMessageReceipt = z.infer<typeof statusMessageReceipt>;

export const stageStates = ['done', 'current', 'upcoming'] as const;

/** One client-visible stage; hidden stages never appear in the view. */
export const statusStage = z.object({
  key: z.string(),
  label: z.string(),
  description: z.optional(z.string()),
  state: z.enum(stageStates),
});
export type StatusStage = z.infer<typeof statusStage>;

export const statusUpdate = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.int(),
  author: z.optional(z.string()),
});
export type StatusUpdate = z.infer<typeof statusUpdate>;

/** An open invoice; amounts in minor units (cents) of an ISO 4217 currency. */
export const statusInvoice = z.object({
  id: z.string(),
  number: z.string(),
  amount: z.int(),
  currency: z.string(),
  dueDate: z.string(),
  payUrl: z.optional(z.string()),
});
export type StatusInvoice = z.infer<typeof statusInvoice>;

/** One message in the tracker's thread: the client's own (`client`) or a reply from the firm (`firm`). */
export const threadEntry = z.object({
  id: z.string(),
  from: z.enum(['client', 'firm']),
  text: z.string(),
  at: z.int(),
  author: z.optional(z.string()),
});
export type ThreadEntry = z.infer<typeof threadEntry>;

/** What a client sees of their matter. */
export const matterView = z.object({
  reference: z.string(),
  practiceArea: z.string(),
  clientName: z.string(),
  stages: z.array(statusStage),
  updates: z.array(statusUpdate),
  nextStep: z.nullable(z.object({ text: z.string(), expectedDate: z.optional(z.string()) })),
  /** The last time something the client can see changed. */
  lastUpdatedAt: z.int(),
  lawyer: z.nullable(
    z.object({ id: z.string(), name: z.string(), email: z.optional(z.string()), phone: z.optional(z.string()) }),
  ),
  invoices: z.array(statusInvoice),
  closed: z.boolean(),
  /** The end-of-matter survey, once the matter is closed and the firm sends one. */
  survey: z.nullable(z.object({ url: z.string() })),
  /** Whether the client asked to be emailed when the matter has an update (issue 15; absent from older servers). */
  notifyUpdates: z.optional(z.boolean()),
  /** The client's messages and the firm's replies, oldest first (issue 15; absent from older servers). */
  thread: z.optional(z.array(threadEntry)),
});
export type MatterView = z.infer<typeof matterView>;

/**
 * `POST /v1/status/notify`: the client's choice, per matter, to be emailed when it has an update
 * (the email says only that there is one and links to the firm's case-status page).
 */
export const statusNotify = z.strictObject({
  token,
  notify: z.boolean(),
  lang: z.optional(z.enum(['en', 'ru', 'zh'])),
});
export type StatusNotify = z.infer<typeof statusNotify>;
export const statusNotifyState = z.object({ notifyUpdates: z.boolean(), canNotify: z.boolean() });
export type StatusNotifyState = z.infer<typeof statusNotifyState>;
