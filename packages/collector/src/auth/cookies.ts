/**
 * The session cookie. Over HTTPS it gets `Secure` and the `__Host-` prefix (bound to this
 * host, path `/`, no Domain: a sibling subdomain cannot plant or overwrite it).
 *
 * @example
 *   setSessionCookie(token, { secure: true }); // '__Host-retainer_session=…; Path=/; HttpOnly; SameSite=Strict; Secure'
 */

export type CookieMode = { secure: boolean };

export const sessionCookieName = ({ secure }: CookieMode) => (secure ? '__Host-retainer_session' : 'retainer_session');

const attributes = ({ secure }: CookieMode) => `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;

/** A session cookie: no Max-Age, so it ends with the browser; the server expires the session anyway. */
export function setSessionCookie(token: string, mode: CookieMode): string {
  return `${sessionCookieName(mode)}=${token}; ${attributes(mode)}`;
}

export function clearSessionCookie(mode: CookieMode): string {
  return `${sessionCookieName(mode)}=; Max-Age=0; ${attributes(mode)}`;
}

/** The session token from a Cookie header, or undefined. */
export function readSessionCookie(header: string | undefined, mode: CookieMode): string | undefined {
  if (!header) return undefined;
  const name = sessionCookieName(mode);
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) {
      const value = pair.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}
