/**
 * The intake inbox: list items with the response clock and conflict flags, the detail view,
 * and the actions staff take (state changes, notes, assignment).
 */
import * as z from 'zod/mini';
import { localizedText } from '../i18n.ts';
import { intakeFields } from '../intake.ts';
import { questionKinds } from '../intake-questions.ts';
import { intakeReply } from './messaging.ts';

/** `spam`: kept out of the inbox's default view, never deleted (issue 9); staff can move it back to `new`. */
export const intakeStates = ['new', 'contacted', 'retained', 'declined', 'spam'] as const;
export const intakeState = z.enum(intakeStates);
export type IntakeState = z.infer<typeof intakeState>;

/** Allowed moves: new → contacted → retained | declined (a new one may also be declined at once). */
export const intakeTransitions: Record<IntakeState, readonly IntakeState[]> = {
  new: ['contacted', 'declined', 'spam'],
  contacted: ['retained', 'declined'],
  retained: [],
  declined: [],
  spam: ['new'],
};

/** Time to first contact, counted in the site's business hours. */
export const responseClock = z.object({
  /** Business milliseconds from receipt to first contact, or to now while still `new`. */
  businessMs: z.number(),
  targetMs: z.number(),
  /** When the target runs out (wall clock, epoch ms). */
  dueAt: z.number(),
  firstContactAt: z.nullable(z.number()),
  overdue: z.boolean(),
});
export type ResponseClock = z.infer<typeof responseClock>;

export const partyRecordKinds = ['client', 'adverse', 'prospect', 'related'] as const;

export const conflictFlag = z.object({
  /** The submitted name that matched, and whose it is. */
  name: z.string(),
  role: z.enum(['submitter', 'adverse', 'related']),
  match: z.object({
    recordId: z.string(),
    name: z.string(),
    kind: z.enum(partyRecordKinds),
    source: z.enum(['csv', 'intake']),
    /** The intake reference when the record came from an intake. */
    reference: z.optional(z.string()),
  }),
});
export type ConflictFlag = z.infer<typeof conflictFlag>;

/** `former`: removed from the team since (issue 17); the name stays so past work keeps it. */
const person = z.object({ id: z.string(), name: z.string(), former: z.optional(z.boolean()) });

export const inboxItem = z.object({
  id: z.string(),
  site: z.string(),
  reference: z.string(),
  receivedAt: z.number(),
  state: intakeState,
  practiceArea: z.nullable(z.string()),
  name: z.string(),
  assignee: z.nullable(person),
  clock: responseClock,
  conflicts: z.array(conflictFlag),
  /** Staff reviewed the conflict flags and cleared the check (absent from older servers). */
  conflictCleared: z.optional(z.boolean()),
  erased: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxQuery = z.strictObject({
  site: z.optional(z.string()),
  state: z.optional(intakeState),
  practiceArea: z.optional(z.string()),
  assignee: z.optional(z.string()),
  from: z.optional(z.coerce.number()),
  to: z.optional(z.coerce.number()),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const inboxStats = z.object({
  /** Over the last 30 days; null when nothing was answered yet. */
  medianFirstResponseBusinessMs: z.nullable(z.number()),
  answeredWithinTargetShare: z.nullable(z.number()),
  answered: z.int(),
  received: z.int(),
  overdue: z.int(),
});
export type InboxStats = z.infer<typeof inboxStats>;

export const inboxList = z.object({ items: z.array(inboxItem), stats: inboxStats });
export type InboxList = z.infer<typeof inboxList>;

export const intakeNote = z.object({ id: z.string(), author: person, body: z.string(), createdAt: z.number() });
export type IntakeNote = z.infer<typeof intakeNote>;

export const intakeHistoryEntry = z.object({
  from: intakeState,
  to: intakeState,
  reason: z.nullable(z.string()),
  by: person,
  at: z.number(),
});

/** An answer to one of the firm's own questions, with the question's label as it was when answered (issue 17). */
export const intakeAnswerRecord = z.object({
  id: z.string(),
  kind: z.enum(questionKinds),
  label: localizedText(200),
  value: z.string(),
  /** A choice's option label (or nothing: yes/no, text and dates read as they are). */
  valueLabel: z.optional(localizedText(120)),
});
export type IntakeAnswerRecord = z.infer<typeof intakeAnswerRecord>;

export const intakeDetail = z.extend(inboxItem, {
  fields: intakeFields,
  lang: z.nullable(z.string()),
  disclaimerVersion: z.int(),
  declineReason: z.nullable(z.string()),
  notes: z.array(intakeNote),
  history: z.array(intakeHistoryEntry),
  /**
   * The lawyer the visitor chose in the directory before writing (`details.lawyer`), looked up on
   * the intake's own site. `name` is null when that lawyer has since been deleted, so staff still
   * see that someone was asked for. Null (or absent, from older servers) when none was chosen.
   */
  requestedLawyer: z.optional(z.nullable(z.object({ id: z.string(), name: z.nullable(z.string()) }))),
  /** Replies emailed to the prospect from the dashboard, oldest first (issue 15; absent from older servers). */
  replies: z.optional(z.array(intakeReply)),
  /** Issue 17: the matter opened from this (retained) intake, if any. */
  matterId: z.optional(z.nullable(z.string())),
  /** Issue 17: answers to the firm's own questions, in form order (absent from older servers). */
  answers: z.optional(z.array(intakeAnswerRecord)),
  /**
   * Who cleared the conflict flags after reviewing them, and when; null when nobody did or nothing is flagged
   * (absent from older servers). The flags stay listed, for the record.
   */
  conflictClearance: z.optional(z.nullable(z.object({ by: person, at: z.number() }))),
});
export type IntakeDetail = z.infer<typeof intakeDetail>;

export const changeIntakeState = z.strictObject({
  state: intakeState,
  /** Required when declining. */
  reason: z.optional(z.string().check(z.trim(), z.maxLength(500, 'too_long'))),
});
export const assignIntake = z.strictObject({ assignee: z.nullable(z.string().check(z.maxLength(64))) });
export const addIntakeNote = z.strictObject({
  body: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(5000, 'too_long')),
});

export const partyImportResult = z.object({ imported: z.int(), skipped: z.int() });
export type PartyImportResult = z.infer<typeof partyImportResult>;

export const partyRecord = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(partyRecordKinds),
  source: z.enum(['csv', 'intake']),
  reference: z.optional(z.string()),
  createdAt: z.number(),
});
export type PartyRecord = z.infer<typeof partyRecord>;

export const partyList = z.object({ parties: z.array(partyRecord) });
export type PartyList = z.infer<typeof partyList>;
