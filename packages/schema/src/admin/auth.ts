/**
 * Dashboard accounts and sessions (`/api/admin/session`, `/api/admin/setup`, `/api/admin/users`).
 * Every state-changing admin request carries the session's CSRF token in `X-CSRF-Token`.
 */
import * as z from 'zod/mini';

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

/** `GET /api/admin/session` and the answer to a sign-in. */
export const adminSession = z.object({ user: adminUser, csrfToken: z.string() });
export type AdminSession = z.infer<typeof adminSession>;
