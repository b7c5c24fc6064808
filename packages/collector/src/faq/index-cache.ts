/**
 * One search index per site, kept in memory and rebuilt when the site's entries change. Every ask checks
 * the entries' version (one aggregate query), so an edit made through another collector process is seen
 * on the next question: the cache never serves stale answers, it only saves rebuilding.
 *
 * @example
 *   const indexes = createFaqIndexCache(db);
 *   const index = await indexes.get('harbor-vale');
 */
import { faqEntriesVersion, listFaqEntries } from './entry-store.ts';
import { buildFaqIndex, type FaqIndex } from './search-index.ts';
import type { FaqDb } from './tables.ts';

export type FaqIndexCache = { get(site: string): Promise<FaqIndex> };

const maxSites = 200;

export function createFaqIndexCache(db: FaqDb): FaqIndexCache {
  const cache = new Map<string, { version: string; index: Promise<FaqIndex> }>();
  return {
    async get(site) {
      const version = await faqEntriesVersion(db, site);
      const hit = cache.get(site);
      if (hit && hit.version === version) return hit.index;
      if (cache.size >= maxSites) cache.clear();
      const index = listFaqEntries(db, site).then(buildFaqIndex);
      cache.set(site, { version, index });
      index.catch(() => cache.get(site)?.index === index && cache.delete(site));
      return index;
    },
  };
}
