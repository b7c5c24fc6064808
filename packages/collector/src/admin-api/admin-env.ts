/** The Hono environment of `/api/admin/*`: the app's, plus the signed-in user once the session is checked. */
import type { AdminUser, SessionStep } from '@retainer/schema/admin';
import type { AppEnv } from '../app-env.ts';

export type SessionUser = AdminUser & {
  /** The session's CSRF token, echoed by the SPA in `X-CSRF-Token`. */
  csrfToken: string;
  /** SHA-256 of the session cookie: what sign-out deletes. */
  sessionHash: string;
  /** Issue 17: what the session still lacks before it reaches anything (null: complete). */
  pending: SessionStep | null;
  /** Issue 16: set when the request came with an API key (`Authorization: Bearer rtk_…`), not a session. */
  apiKeyId?: string;
};

export type AdminEnv = {
  Bindings: AppEnv['Bindings'];
  Variables: AppEnv['Variables'] & { user: SessionUser };
};
