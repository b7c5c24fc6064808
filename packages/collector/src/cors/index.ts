/**
 * CORS by site: a browser Origin gets `Access-Control-Allow-Origin` only if the site
 * it writes to allows it (or it is the collector's own origin). A POST from any other
 * browser origin is refused before anything is stored; requests without Origin
 * (server to server) pass.
 *
 * @example
 *   grantOrigin(c, [site]);                       // throws 403 forbidden-origin
 *   return json(201, receipt, corsHeaders(c));
 */
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { CachedSite, SiteCache } from '../sites/site-cache.ts';

type AppContext = Context<AppEnv>;

function ownOrigin(c: AppContext): string {
  return new URL(c.req.url).origin;
}

/** Whether `origin` may read responses about every one of `sites`. */
export function originAllowed(c: AppContext, origin: string, sites: readonly CachedSite[]): boolean {
  return sites.every((site) => site.allowedOrigins.has(origin)) || origin === ownOrigin(c);
}

/** For writes: grants an allowed Origin, refuses any other browser origin with 403. */
export function grantOrigin(c: AppContext, sites: readonly CachedSite[]): void {
  c.set('site', sites.map((site) => site.id).join(',') || undefined);
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  if (!originAllowed(c, origin, sites)) throw new ProblemError(403, problemTypes.forbiddenOrigin);
  c.set('corsOrigin', origin);
}

/**
 * For writes, before the body is read: refuses an Origin that no site allows (and that is not the collector's own).
 * A forged origin then costs no body read, parse or validation (issue 18: flood junk is shed cheaply); `grantOrigin`
 * still checks the origin against the sites the body names.
 */
export async function refuseUnknownOrigin(c: AppContext, sites: SiteCache): Promise<void> {
  const origin = c.req.header('origin');
  if (origin !== undefined && !(await knownOrigin(c, sites, origin))) {
    throw new ProblemError(403, problemTypes.forbiddenOrigin);
  }
}

/** The collector's own origin, or one that some site allows. */
async function knownOrigin(c: AppContext, sites: SiteCache, origin: string): Promise<boolean> {
  return origin === ownOrigin(c) || (await sites.anyAllows(origin));
}

/** For reads: grants an allowed Origin, otherwise answers without a grant (the browser hides it). */
export function grantOriginIfAllowed(c: AppContext, sites: readonly CachedSite[]): void {
  c.set('site', sites.map((site) => site.id).join(',') || undefined);
  const origin = c.req.header('origin');
  if (origin !== undefined && originAllowed(c, origin, sites)) c.set('corsOrigin', origin);
}

/** Headers for any response on a CORS-aware route, the error responses included. */
export function corsHeaders(c: AppContext): Record<string, string> {
  const origin = c.get('corsOrigin');
  return origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
}

/** Answers preflights (sent when a widget uses application/json): any site's origin may ask. */
export function preflight(sites: SiteCache) {
  return async function answerPreflight(c: AppContext): Promise<Response> {
    const origin = c.req.header('origin');
    if (origin === undefined || !(await knownOrigin(c, sites, origin))) {
      throw new ProblemError(403, problemTypes.forbiddenOrigin);
    }
    return new Response(null, {
      status: 204,
      headers: {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
        vary: 'Origin',
      },
    });
  };
}
