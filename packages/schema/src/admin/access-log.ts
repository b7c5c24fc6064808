/**
 * The firm's access log (issue 17): who opened, exported, erased or changed which intake, matter or person,
 * who signed in and from where. Append-only; references and ids only, never a client's name, email or text.
 * `GET /api/admin/access-log`, `GET /api/admin/access-log.csv`, `GET|PUT /api/admin/access-log/settings`.
 *
 * @example
 *   import { accessLogPage } from '@retainer/schema/admin';
 *   const page = accessLogPage.parse(await res.json());
 */
import * as z from 'zod/mini';

/** Every action the collector records. Reads of personal data end in `.listed` (a list) or `.viewed` (one). */
export const accessActions = [
  'intake.listed',
  'intake.viewed',
  'intake.exported',
  'intake.erased',
  'intake.state_changed',
  'intake.assigned',
  'intake.note_added',
  'intake.replied',
  'matter.listed',
  'matter.viewed',
  'matter.created',
  'matter.changed',
  'matter.code_reissued',
  'matter.closed',
  'matter.erased',
  'person.viewed',
  'person.exported',
  'person.erased',
  'party.listed',
  'party.imported',
  'party.deleted',
  'email.listed',
  'email.viewed',
  'survey.viewed',
  'faq.viewed',
  'survey.changed',
  'signin.succeeded',
  'signin.failed',
  'signout',
  'password.reset',
  'member.invited',
  'member.invitation_revoked',
  'member.joined',
  'member.removed',
  'member.role_changed',
  'settings.changed',
  'access_log.viewed',
  'access_log.exported',
] as const;
export const accessAction = z.enum(accessActions);
export type AccessAction = z.infer<typeof accessAction>;

export const accessSubjectKinds = [
  'intake',
  'matter',
  'person',
  'party',
  'email',
  'survey',
  'member',
  'invitation',
  'site',
  'firm',
] as const;
export const accessSubjectKind = z.enum(accessSubjectKinds);
export type AccessSubjectKind = z.infer<typeof accessSubjectKind>;

export const accessActorKinds = ['member', 'system'] as const;

export const accessLogEntry = z.object({
  id: z.string(),
  at: z.number(),
  actor: z.object({
    kind: z.enum(accessActorKinds),
    /** The member's id; null for `system`. */
    id: z.nullable(z.string()),
    /** The member's name as the team screen shows it (staff, not clients); null for `system`. */
    name: z.nullable(z.string()),
    former: z.boolean(),
  }),
  action: accessAction,
  subject: z.nullable(
    z.object({
      kind: accessSubjectKind,
      id: z.nullable(z.string()),
      /** An intake's or matter's reference (`HV-…`), a site's id: never a name. */
      reference: z.nullable(z.string()),
    }),
  ),
  /** Where the staff member was: their address and a browser summary ("Firefox on Linux"). */
  ip: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
  requestId: z.nullable(z.string()),
  /** Non-personal facts: states, roles, counts, the setting's name. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;

/** `GET /api/admin/access-log?from&to&actor&action&subject&cursor&limit`: newest first. */
export const accessLogQuery = z.strictObject({
  /** Epoch ms, inclusive. */
  from: z.optional(z.coerce.number().check(z.int(), z.gte(0, 'too_small'))),
  /** Epoch ms, exclusive. */
  to: z.optional(z.coerce.number().check(z.int(), z.gte(0, 'too_small'))),
  /** A member's id. */
  actor: z.optional(z.string().check(z.regex(/^[\w-]{1,64}$/, 'invalid_id'))),
  action: z.optional(accessAction),
  /** A subject's id or reference (an intake id, `HV-FAM7-2026`, a member id). */
  subject: z.optional(z.string().check(z.regex(/^[\w.:-]{1,80}$/, 'invalid_subject'))),
  /** The `next` of the previous page. */
  cursor: z.optional(z.string().check(z.regex(/^\d{1,16}\.[\w-]{1,64}$/, 'invalid_cursor'))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1, 'too_small'), z.lte(200, 'too_big'))),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessLogPage = z.object({
  entries: z.array(accessLogEntry),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  next: z.nullable(z.string()),
});
export type AccessLogPage = z.infer<typeof accessLogPage>;

/** Kept for 90 days to 10 years; two years unless an admin says otherwise. */
export const accessLogSettings = z.strictObject({
  retentionDays: z.int().check(z.gte(90, 'too_small'), z.lte(3650, 'too_big')),
});
export type AccessLogSettings = z.infer<typeof accessLogSettings>;

export const defaultAccessLogSettings: AccessLogSettings = { retentionDays: 730 };
