/**
 * Sites as the hot path needs them (public config, its ETag, allowed origins, known
 * disclaimer versions), cached for a few seconds. A short TTL keeps the collector
 * stateless in practice: other processes' edits show up within `ttlMs`.
 *
 * @example
 *   const sites = createSiteCache(storage);
 *   const site = await sites.get('harbor-vale'); // undefined when unknown
 */
import { type LocalizedText, type PublicSiteConfig, publicSiteConfig } from '@retainer/schema';
import { jsonEtag } from '../respond.ts';
import type { Storage } from '../storage/open-storage.ts';
import { type SiteSettings, toPublicConfig } from './site-settings.ts';

export type CachedSite = {
  id: string;
  config: PublicSiteConfig;
  /** The config as served, so the ETag and the body never disagree. */
  configJson: string;
  etag: string;
  allowedOrigins: ReadonlySet<string>;
  disclaimerVersions: ReadonlySet<number>;
};

export type SiteCache = {
  get(id: string): Promise<CachedSite | undefined>;
  /** Whether any site allows `origin` (for preflights, which name no site). */
  anyAllows(origin: string): Promise<boolean>;
  /** Forget everything (after an edit in this process). */
  clear(): void;
};

type Entry<T> = { value: T; expires: number };

const maxEntries = 1000;

export function createSiteCache(storage: Storage, ttlMs = 5000): SiteCache {
  const sites = new Map<string, Entry<Promise<CachedSite | undefined>>>();
  let origins: Entry<Promise<ReadonlySet<string>>> | undefined;

  const load = async (id: string): Promise<CachedSite | undefined> => {
    const record = await storage.findSite(id);
    const current = record?.disclaimers.at(-1);
    if (!record || !current) return undefined;
    const settings = JSON.parse(record.site.config) as SiteSettings;
    const disclaimer = { version: current.version, text: JSON.parse(current.text) as LocalizedText };
    // Validate what we serve: a broken row must fail here, not in every visitor's browser.
    const config = publicSiteConfig.parse(toPublicConfig(id, settings, disclaimer));
    const configJson = JSON.stringify(config);
    return {
      id,
      config,
      configJson,
      etag: jsonEtag(configJson),
      allowedOrigins: new Set(JSON.parse(record.site.allowed_origins) as string[]),
      disclaimerVersions: new Set(record.disclaimers.map((d) => d.version)),
    };
  };

  return {
    get(id) {
      const now = Date.now();
      const hit = sites.get(id);
      if (hit && hit.expires > now) return hit.value;
      // Unknown ids are cached too (cheap rejections); bound the map against made-up ids.
      if (sites.size >= maxEntries) sites.clear();
      const value = load(id);
      const entry = { value, expires: now + ttlMs };
      sites.set(id, entry);
      // A failed load is not cached: the next request tries again.
      value.catch(() => sites.get(id) === entry && sites.delete(id));
      return value;
    },
    anyAllows(origin) {
      const now = Date.now();
      if (!origins || origins.expires <= now) {
        const value = storage.allAllowedOrigins().then((list) => new Set(list));
        origins = { value, expires: now + ttlMs };
        value.catch(() => {
          origins = undefined;
        });
      }
      return origins.value.then((set) => set.has(origin));
    },
    clear() {
      sites.clear();
      origins = undefined;
    },
  };
}
