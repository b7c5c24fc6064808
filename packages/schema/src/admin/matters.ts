/**
 * What staff keep about matters (`/api/admin/matters…`): the client, the stages and which of them the
 * client sees, updates written for the client, the next step, invoices, the client's messages and the
 * access code for the status tracker.
 *
 * @example
 *   import { createMatter } from '@retainer/schema/admin';
 *   createMatter.safeParse({ site: 'harbor-vale', clientName: 'Ann Lee', practiceArea: 'family' });
 */
import * as z from 'zod/mini';
import { siteId, slug } from '../ids.ts';
import { isoDate } from '../lawyer.ts';
import { matterReply } from './messaging.ts';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'too_long'));

/** Days without a client-visible change before a matter counts as overdue, unless the firm says otherwise. */
export const defaultUpdateTargetDays = 14;

/** A payment page: https only (Retainer never handles card data; the firm's own page does). */
export const paymentUrl = z.url({ protocol: /^https$/, error: 'invalid_url' }).check(z.maxLength(500, 'too_long'));

export const matterStage = z.strictObject({
  key: slug,
  label: text(80),
  /** Internal stages (conflict checks, billing reviews) stay hidden from the client. */
  visible: z.boolean(),
  /** Plain language for the client: what happens in this stage. */
  description: z.optional(z.string().check(z.trim(), z.maxLength(600, 'too_long'))),
});
export type MatterStage = z.infer<typeof matterStage>;

const stages = z.array(matterStage).check(
  z.minLength(1, 'required'),
  z.maxLength(30, 'too_many'),
  z.refine((list) => new Set(list.map((s) => s.key)).size === list.length, 'duplicate'),
);

export const createMatter = z.strictObject({
  site: siteId,
  clientName: text(120),
  clientEmail: z.optional(z.email('invalid_email')),
  practiceArea: slug,
  lawyerId: z.optional(z.string().check(z.maxLength(100))),
  /** Defaults to the practice area's template. */
  stages: z.optional(stages),
});
export type CreateMatter = z.infer<typeof createMatter>;

/** Replace the stages and say which one the matter is in. */
export const updateMatterStages = z.strictObject({ stages, currentStage: slug });
export type UpdateMatterStages = z.infer<typeof updateMatterStages>;

export const updateMatterLawyer = z.strictObject({ lawyerId: z.nullable(z.string().check(z.maxLength(100))) });
export type UpdateMatterLawyer = z.infer<typeof updateMatterLawyer>;

export const postMatterUpdate = z.strictObject({ text: text(4000) });
export type PostMatterUpdate = z.infer<typeof postMatterUpdate>;

/** `text: null` clears the next step. */
export const setNextStep = z.strictObject({ text: z.nullable(text(500)), expectedDate: z.optional(isoDate) });
export type SetNextStep = z.infer<typeof setNextStep>;

export const invoiceStatuses = ['open', 'paid', 'void'] as const;
export const invoiceStatus = z.enum(invoiceStatuses);
export type InvoiceStatus = z.infer<typeof invoiceStatus>;

export const invoiceInput = z.strictObject({
  number: text(40),
  /** Minor units (cents). */
  amount: z.int().check(z.gte(1, 'invalid_number'), z.lte(1_000_000_000_00, 'invalid_number')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'invalid_currency')),
  dueDate: isoDate,
  payUrl: z.optional(paymentUrl),
});
export type InvoiceInput = z.infer<typeof invoiceInput>;

export const setInvoiceStatus = z.strictObject({ status: invoiceStatus });
export type SetInvoiceStatus = z.infer<typeof setInvoiceStatus>;

export const matterInvoice = z.object({
  ...invoiceInput.shape,
  id: z.string(),
  status: invoiceStatus,
  createdAt: z.int(),
});
export type MatterInvoice = z.infer<typeof matterInvoice>;

export const matterUpdate = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.int(),
  authorId: z.string(),
  authorName: z.optional(z.string()),
  /** The author was removed from the team since (issue 17). */
  authorFormer: z.optional(z.boolean()),
});
export type MatterUpdate = z.infer<typeof matterUpdate>;

export const clientMessage = z.object({
  id: z.string(),
  text: z.string(),
  receivedAt: z.int(),
  readAt: z.nullable(z.int()),
});
export type ClientMessage = z.infer<typeof clientMessage>;

export const matterStatuses = ['open', 'closed'] as const;

/** One row of the matters list. */
export const matterSummary = z.object({
  id: z.string(),
  site: z.string(),
  reference: z.string(),
  clientName: z.string(),
  practiceArea: z.string(),
  lawyerId: z.nullable(z.string()),
  lawyerName: z.nullable(z.string()),
  currentStage: z.string(),
  currentStageLabel: z.string(),
  status: z.enum(matterStatuses),
  lastClientUpdateAt: z.int(),
  daysSinceClientUpdate: z.int(),
  /** Open and longer than the target without a client-visible change. */
  overdue: z.boolean(),
  /**
   * Ten wrong access codes since the client's last lookup: someone may be guessing (issue 14). The client
   * is never locked out; guessers are slowed. Cleared when staff reissue the code.
   */
  underAttack: z.boolean(),
  unreadMessages: z.int(),
  createdAt: z.int(),
});
export type MatterSummary = z.infer<typeof matterSummary>;

export const matterList = z.object({ matters: z.array(matterSummary), targetDays: z.int() });
export type MatterList = z.infer<typeof matterList>;

export const matterDetail = z.object({
  ...matterSummary.shape,
  clientEmail: z.nullable(z.string()),
  stages: z.array(matterStage),
  nextStep: z.nullable(z.object({ text: z.string(), expectedDate: z.optional(z.string()) })),
  updates: z.array(matterUpdate),
  invoices: z.array(matterInvoice),
  messages: z.array(clientMessage),
  failedAttempts: z.int(),
  closedAt: z.nullable(z.int()),
  surveyUrl: z.nullable(z.string()),
  /** Staff replies to the client's messages, oldest first (issue 15; absent from older servers). */
  replies: z.optional(z.array(matterReply)),
  /** Whether the client chose, on the tracker, to be emailed about updates (issue 15). */
  notifyUpdates: z.optional(z.boolean()),
  /** Issue 17: the intake it was opened from, and that intake's parties carried over. */
  intakeId: z.optional(z.nullable(z.string())),
  parties: z.optional(z.array(z.object({ name: z.string(), kind: z.enum(['adverse', 'related']) }))),
});
export type MatterDetail = z.infer<typeof matterDetail>;

/** A new access code: shown to staff once, never stored in clear. */
export const accessCodeIssued = z.object({ reference: z.string(), accessCode: z.string() });
export type AccessCodeIssued = z.infer<typeof accessCodeIssued>;

export const matterCreated = z.object({ matter: matterDetail, accessCode: z.string() });
export type MatterCreated = z.infer<typeof matterCreated>;
