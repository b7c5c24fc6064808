/**
 * The first admin from the environment, for installs nobody clicks through:
 * RETAINER_ADMIN_EMAIL and RETAINER_ADMIN_PASSWORD (12+ characters), optionally
 * RETAINER_ADMIN_NAME and RETAINER_FIRM_NAME. Used only while no account exists.
 *
 * @example
 *   const admin = unattendedAdmin(process.env); // undefined when the two variables are unset
 */
import { setupAdmin } from '@retainer/schema/admin';
import type { FirstAdmin } from './first-admin.ts';

type Env = Record<string, string | undefined>;

/** Throws a readable error when the variables are set but unusable (start must fail loudly). */
export function unattendedAdmin(env: Env): FirstAdmin | undefined {
  const email = env.RETAINER_ADMIN_EMAIL;
  const password = env.RETAINER_ADMIN_PASSWORD;
  if (!email && !password) return undefined;
  if (!email || !password) throw new Error('Set both RETAINER_ADMIN_EMAIL and RETAINER_ADMIN_PASSWORD, or neither.');
  const parsed = setupAdmin.safeParse({
    token: 'x'.repeat(16),
    firmName: env.RETAINER_FIRM_NAME || 'My firm',
    name: env.RETAINER_ADMIN_NAME || email.split('@')[0] || 'Admin',
    email,
    password,
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(', ');
    throw new Error(`RETAINER_ADMIN_* is not usable (${fields}); the password needs at least 12 characters.`);
  }
  const { token: _, ...admin } = parsed.data;
  return admin;
}
