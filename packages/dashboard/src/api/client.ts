/**
 * The one HTTP client for `/api/admin/*`: same-origin cookies, the session's CSRF token on every
 * state-changing request, no retries (a retried POST could act twice), and a hook when the
 * session is gone (401) so the app can send the user to sign-in.
 *
 * @example
 *   const http = createAdminClient({ csrfToken: () => token, onUnauthorized: () => goToSignIn() });
 *   await http.get('intakes').json();
 */
import ky, { type KyInstance } from 'ky';

export type AdminClientOptions = {
  /** Origin of the collector; defaults to the page's origin (the dashboard is served by the collector). */
  origin?: string;
  csrfToken: () => string | undefined;
  /** Called on a 401 from any request except signing in and reading the session. */
  onUnauthorized: () => void;
};

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createAdminClient(options: AdminClientOptions): KyInstance {
  const prefixUrl = new URL('/api/admin/', options.origin ?? location.origin).href;
  return ky.create({
    prefixUrl,
    credentials: 'same-origin',
    retry: 0,
    timeout: 30_000,
    hooks: {
      beforeRequest: [
        (request) => {
          const token = options.csrfToken();
          if (!safeMethods.has(request.method) && token) request.headers.set('X-CSRF-Token', token);
        },
      ],
      afterResponse: [
        (request, _options, response) => {
          // A wrong password (or second-factor code, issue 17) is a 401 too: the form's error, not an expired session.
          const path = new URL(request.url).pathname;
          const isSessionCall = path === '/api/admin/session' || path === '/api/admin/session/second-factor';
          if (response.status === 401 && !isSessionCall) options.onUnauthorized();
        },
      ],
    },
  });
}
