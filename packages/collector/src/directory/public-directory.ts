/**
 * `GET /v1/sites/:site/directory`: the site's active lawyers for the directory widget.
 * Read fresh on every request (no in-process cache), so a lawyer marked departed is gone at
 * once; ETag + a short public cache keep repeat loads cheap.
 *
 * @example
 *   app.get('/v1/sites/:site/directory', serveDirectory({ storage, sites }));
 */
import { type PublicDirectory, type PublicLawyer, problemTypes, siteId } from '@retainer/schema';
import type { AdminLawyer, DirectorySettings } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { grantOriginIfAllowed } from '../cors/index.ts';
import { ProblemError } from '../errors/index.ts';
import { cacheableJson, jsonEtag } from '../respond.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import { loadDirectorySettings } from './directory-settings-store.ts';
import { listLawyers } from './lawyer-store.ts';

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

export function serveDirectory({ storage, sites, maxAgeSeconds = 60 }: DirectoryOptions) {
  return async function handleDirectory(c: Context<AppEnv>): Promise<Response> {
    const id = c.req.param('site') ?? '';
    const site = siteId.safeParse(id).success ? await sites.get(id) : undefined;
    if (!site) throw new ProblemError(404, problemTypes.unknownSite);
    grantOriginIfAllowed(c, [site]);
    const db = storage.db;
    const [lawyers, settings] = await Promise.all([listLawyers(db, id, true), loadDirectorySettings(db, id)]);
    const json = JSON.stringify(directoryDocument(id, site.config.publicName, lawyers, settings));
    return cacheableJson(c, json, jsonEtag(json), maxAgeSeconds);
  };
}
