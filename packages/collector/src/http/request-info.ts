/**
 * What the admin API needs to know about where a request came from: HTTPS or not (for the
 * cookie), the client's address (for throttling) and the collector's public origin (for links).
 * Proxy headers count only when the operator said a trusted proxy sits in front.
 *
 * @example
 *   const secure = isSecureRequest(c, deps); // true behind an HTTPS proxy with RETAINER_TRUST_PROXY=1
 */
import type { Context } from 'hono';
import type { AdminDeps } from './admin-deps.ts';

type Deps = Pick<AdminDeps, 'publicUrl' | 'trustProxy'>;

const lastListed = (header: string | undefined) => header?.split(',').at(-1)?.trim() || undefined;
const firstListed = (header: string | undefined) => header?.split(',')[0]?.trim() || undefined;

export function isSecureRequest(c: Context, deps: Deps): boolean {
  if (deps.publicUrl?.startsWith('https://')) return true;
  if (deps.trustProxy && firstListed(c.req.header('x-forwarded-proto'))?.toLowerCase() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The client's IP: the address our proxy saw (right-most X-Forwarded-For entry) or the socket's peer. */
export function clientAddress(c: Context, deps: Deps): string {
  if (deps.trustProxy) {
    const forwarded = lastListed(c.req.header('x-forwarded-for'));
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The host browsers use to reach us: the public URL's, the proxy's X-Forwarded-Host, or Host. */
export function publicHosts(c: Context, deps: Deps): string[] {
  const hosts = [new URL(c.req.url).host];
  if (deps.publicUrl) hosts.push(new URL(deps.publicUrl).host);
  const forwarded = deps.trustProxy ? firstListed(c.req.header('x-forwarded-host')) : undefined;
  if (forwarded) hosts.push(forwarded);
  return hosts.map((host) => host.toLowerCase());
}

/** `https://retainer.firm.example`: for invitation links and snippets. */
export function publicOrigin(c: Context, deps: Deps): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/+$/, '');
  const url = new URL(c.req.url);
  const host = (deps.trustProxy && firstListed(c.req.header('x-forwarded-host'))) || url.host;
  return `${isSecureRequest(c, deps) ? 'https' : 'http'}://${host}`;
}
