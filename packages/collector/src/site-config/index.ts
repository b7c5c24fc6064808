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
import { grantOriginIfAllowed } from '../cors/index.ts';
import { ProblemError } from '../errors/index.ts';
import { cacheableJson } from '../respond.ts';
import type { SiteCache } from '../sites/site-cache.ts';

export type SiteConfigOptions = { sites: SiteCache; maxAgeSeconds?: number };

export function serveSiteConfig({ sites, maxAgeSeconds = 60 }: SiteConfigOptions) {
  return async function handleSiteConfig(c: Context<AppEnv>): Promise<Response> {
    const id = c.req.param('site') ?? '';
    const site = siteId.safeParse(id).success ? await sites.get(id) : undefined;
    if (!site) throw new ProblemError(404, problemTypes.unknownSite);
    grantOriginIfAllowed(c, [site]);
    return cacheableJson(c, site.configJson, site.etag, maxAgeSeconds);
  };
}
