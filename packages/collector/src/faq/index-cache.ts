/**
 * One search index per site, kept in memory and rebuilt when the site's entries or settings change. Every
 * ask checks their version (one aggregate query and two key lookups), so an edit made through another
 * collector process is seen on the next question: the cache never serves stale answers, it only saves
 * rebuilding. The index carries the site's office facts (issue 20), built from the same settings.
 *
 * @example
 *   const indexes = createFaqIndexCache(db);
 *   const { index, office } = await indexes.get('harbor-vale');
 */
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';
import { faqEntriesVersion, listFaqEntries } from './entry-store.ts';
import { type OfficeInfo, officeFactsOf } from './office-facts.ts';
import { buildFaqIndex, type FaqIndex } from './search-index.ts';
import { loadFaqSettings } from './settings-store.ts';

export type SiteFaq = { index: FaqIndex; office: OfficeInfo };
export type FaqIndexCache = { get(site: string): Promise<SiteFaq> };

const maxSites = 200;

async function settingsVersion(db: Db, site: string): Promise<string> {
  const [faq, row] = await Promise.all([
    db.selectFrom('faq_settings').select('updated_at').where('site', '=', site).executeTakeFirst(),
    db.selectFrom('sites').select('updated_at').where('id', '=', site).executeTakeFirst(),
  ]);
  return `${Number(faq?.updated_at ?? 0)}:${Number(row?.updated_at ?? 0)}`;
}

/** The office facts as the site shows them: the bot's settings, the site's contact details. */
export async function loadOfficeInfo(db: Db, site: string): Promise<OfficeInfo> {
  const [settings, row] = await Promise.all([
    loadFaqSettings(db, site),
    db.selectFrom('sites').select('config').where('id', '=', site).executeTakeFirst(),
  ]);
  const contact = row ? (JSON.parse(row.config) as SiteSettings).contact : {};
  return {
    hours: settings.hours,
    hoursText: contact.hours,
    address: settings.office?.address,
    directions: settings.office?.directions,
    languages: settings.office?.languages ?? [],
    phone: settings.handoff.phone ? contact.phone : undefined,
    email: settings.handoff.email ? contact.email : undefined,
    contactPage: settings.handoff.contactPage ?? contact.contactPage,
  };
}

export async function loadSiteFaq(db: Db, site: string): Promise<SiteFaq> {
  const [entries, office] = await Promise.all([listFaqEntries(db, site), loadOfficeInfo(db, site)]);
  return { index: buildFaqIndex(entries, { officeFacts: officeFactsOf(office) }), office };
}

export function createFaqIndexCache(db: Db): FaqIndexCache {
  const cache = new Map<string, { version: string; faq: Promise<SiteFaq> }>();
  return {
    async get(site) {
      const [entries, settings] = await Promise.all([faqEntriesVersion(db, site), settingsVersion(db, site)]);
      const version = `${entries}/${settings}`;
      const hit = cache.get(site);
      if (hit && hit.version === version) return hit.faq;
      if (cache.size >= maxSites) cache.clear();
      const faq = loadSiteFaq(db, site);
      cache.set(site, { version, faq });
      faq.catch(() => cache.get(site)?.faq === faq && cache.delete(site));
      return faq;
    },
  };
}
