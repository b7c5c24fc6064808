/**
 * Dashboard accounts and sessions (`/api/admin/session`, `/api/admin/setup`, `/api/admin/users`).
 * Every state-changing admin request carries the session's CSRF token in `X-CSRF-Token`.
 */
import * as z from 'zod/mini';
import { sessionSteps } from './two-factor.ts';

export const roles = ['admin', 'staff'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Trimmed and lower-cased before the format check, so ` Ann@Example.com` signs in as `ann@example.com`. */
const email = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'too_long')),
  z.email('invalid_email'),
);
/** Long passphrases welcome; a floor of 12 characters, no composition rules (NIST SP 800-63B). */
const password = z.string().check(z.minLength(12, 'too_short'), z.maxLength(256, 'too_long'));
const personName = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(120, 'too_long'));

export const signIn = z.strictObject({ email, password: z.string().check(z.maxLength(256)) });
export type SignIn = z.infer<typeof signIn>;

/** First admin, with the one-time setup token printed at first start. */
export const setupAdmin = z.strictObject({
  token: z.string().check(z.minLength(16), z.maxLength(128)),
  firmName: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(120, 'too_long')),
  name: personName,
  email,
  password,
});
export type SetupAdmin = z.infer<typeof setupAdmin>;

export const inviteUser = z.strictObject({ email, role });
export type InviteUser = z.infer<typeof inviteUser>;

export const acceptInvitation = z.strictObject({
  token: z.string().check(z.minLength(16), z.maxLength(128)),
  name: personName,
  password,
});
export type AcceptInvitation = z.infer<typeof acceptInvitation>;

export const adminUser = z.object({
  id: z.string(),
  firmId: z.string(),
  firmName: z.string(),
  email: z.string(),
  name: z.string(),
  role,
});
export type AdminUser = z.infer<typeof adminUser>;

/**
 * `GET /api/admin/session` and the answer to a sign-in. `pending` (issue 17): the password was right
 * but the session reaches nothing until the second factor is given or set up.
 */
export const adminSession = z.object({
  user: adminUser,
  csrfToken: z.string(),
  pending: z.optional(z.enum(sessionSteps)),
});
export type AdminSession = z.infer<typeof adminSession>;

/** `GET /api/admin/setup`: whether the first admin still has to be created. */
export const setupStatus = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof setupStatus>;

export const teamMember = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  createdAt: z.number(),
  /** Issue 17: the member's last sign-in (null: never since it was recorded). */
  lastSignInAt: z.optional(z.nullable(z.number())),
  /** Issue 17: signs in with a second factor (the Security screen). */
  twoFactor: z.optional(z.boolean()),
});
export type TeamMember = z.infer<typeof teamMember>;

/** A pending invitation (its token is never shown again after creation). */
export const invitation = z.object({
  id: z.string(),
  email: z.string(),
  role,
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type Invitation = z.infer<typeof invitation>;

/** `GET /api/admin/team`: colleagues, and pending invitations (admins only; empty for staff). */
export const team = z.object({ users: z.array(teamMember), invitations: z.array(invitation) });
export type Team = z.infer<typeof team>;

/** `PUT /api/admin/team/:id/role` (issue 17): admin ↔ staff; the firm's last admin stays admin (409). */
export const changeMemberRole = z.strictObject({ role });
export type ChangeMemberRole = z.infer<typeof changeMemberRole>;

/** The answer to an invitation: the inviting admin sends `link` to the colleague themselves. */
export const invitationCreated = z.extend(invitation, { link: z.string() });
export type InvitationCreated = z.infer<typeof invitationCreated>;

export const invitationToken = z.strictObject({ token: z.string().check(z.minLength(16), z.maxLength(128)) });

/** What the accept page shows before the colleague picks a password. */
export const invitationPreview = z.object({ email: z.string(), role, firmName: z.string(), expiresAt: z.number() });
export type InvitationPreview = z.infer<typeof invitationPreview>;
