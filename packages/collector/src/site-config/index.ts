/**
 * `GET /v1/sites/:site/config`: the public config widgets read. Strong ETag and a short
 * public cache: a firm's edit reaches visitors within a minute, repeat loads cost a 304.
 *
 * @example
 *   app.get('/v1/sites/:site/config', serveSiteConfig({ sites }));
 */
import { problemTypes, siteId } from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { corsHeaders, grantOriginIfAllowed } from '../cors/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { SiteCache } from '../sites/site-cache.ts';

export type SiteConfigOptions = { sites: SiteCache; maxAgeSeconds?: number };

/** If-None-Match holds `etag` (lists and weak forms included, per RFC 9110 weak comparison). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function serveSiteConfig({ sites, maxAgeSeconds = 60 }: SiteConfigOptions) {
  return async function handleSiteConfig(c: Context<AppEnv>): Promise<Response> {
    const id = c.req.param('site') ?? '';
    const site = siteId.safeParse(id).success ? await sites.get(id) : undefined;
    if (!site) throw new ProblemError(404, problemTypes.unknownSite);
    grantOriginIfAllowed(c, [site]);
    const headers = {
      etag: site.etag,
      'cache-control': `public, max-age=${maxAgeSeconds}`,
      ...corsHeaders(c),
    };
    if (matches(c.req.header('if-none-match'), site.etag)) return new Response(null, { status: 304, headers });
    return new Response(site.configJson, {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });
  };
}
