/**
 * `GET /v1/sites/:site/directory`: the site's active lawyers for the directory widget.
 * Read fresh on every request (no in-process cache), so a lawyer marked departed is gone at
 * once; ETag + a short public cache keep repeat loads cheap.
 *
 * @example
 *   app.get('/v1/sites/:site/directory', serveDirectory({ storage, sites }));
 */
import { createHash } from 'node:crypto';
import { type PublicDirectory, type PublicLawyer, problemTypes, siteId } from '@retainer/schema';
import type { AdminLawyer, DirectorySettings } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { corsHeaders, grantOriginIfAllowed } from '../cors/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import { loadDirectorySettings } from './directory-settings-store.ts';
import { listLawyers } from './lawyer-store.ts';
import { directoryDb } from './tables.ts';

export type DirectoryOptions = { storage: Storage; sites: SiteCache; maxAgeSeconds?: number };

/** What a visitor may see of a profile: no status, order or timestamps; claims the site switched off are dropped. */
export function toPublicLawyer(lawyer: AdminLawyer, settings: DirectorySettings): PublicLawyer {
  const { site: _s, status: _st, order: _o, createdAt: _c, updatedAt: _u, testimonials, rating, ...rest } = lawyer;
  return {
    ...rest,
    ...(settings.showTestimonials && testimonials?.length ? { testimonials } : {}),
    ...(settings.showRatings && rating ? { rating } : {}),
  };
}

export function directoryDocument(
  site: string,
  firmName: string,
  lawyers: AdminLawyer[],
  settings: DirectorySettings,
): PublicDirectory {
  const visible = lawyers.filter((l) => l.status === 'active').map((l) => toPublicLawyer(l, settings));
  const offices = new Map(visible.flatMap((l) => l.offices).map((o) => [o.id, o]));
  return {
    site,
    lawyers: visible,
    offices: [...offices.values()].sort((a, b) => a.name.localeCompare(b.name)),
    showRatings: settings.showRatings,
    showTestimonials: settings.showTestimonials,
    firm: { name: firmName },
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function serveDirectory({ storage, sites, maxAgeSeconds = 60 }: DirectoryOptions) {
  return async function handleDirectory(c: Context<AppEnv>): Promise<Response> {
    const id = c.req.param('site') ?? '';
    const site = siteId.safeParse(id).success ? await sites.get(id) : undefined;
    if (!site) throw new ProblemError(404, problemTypes.unknownSite);
    grantOriginIfAllowed(c, [site]);
    const db = directoryDb(storage.db);
    const [lawyers, settings] = await Promise.all([listLawyers(db, id, true), loadDirectorySettings(db, id)]);
    const json = JSON.stringify(directoryDocument(id, site.config.name, lawyers, settings));
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
    const headers = { etag, 'cache-control': `public, max-age=${maxAgeSeconds}`, ...corsHeaders(c) };
    if (matches(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(json, {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });
  };
}
