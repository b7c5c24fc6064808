/**
 * `GET /v1/sites/:site/faq?lang=ru`: what the chat needs when it opens — greeting, office hours, the
 * handoffs on offer (phone and email from the site's contact settings) and a few starter questions in
 * the visitor's language. Cacheable: ETag and a short public max-age, like the site config.
 *
 * @example
 *   app.get('/v1/sites/:site/faq', serveFaqSettings({ storage, sites }));
 */
import { language, type PublicFaqSettings, problemTypes, siteId } from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { grantOriginIfAllowed } from '../cors/index.ts';
import { ProblemError } from '../errors/index.ts';
import { cacheableJson, jsonEtag } from '../respond.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import { listFaqEntries } from './entry-store.ts';
import { loadFaqSettings } from './settings-store.ts';

export type FaqSettingsOptions = { storage: Storage; sites: SiteCache; maxAgeSeconds?: number };

export function serveFaqSettings({ storage, sites, maxAgeSeconds = 60 }: FaqSettingsOptions) {
  const db = storage.db;
  return async function handleFaqSettings(c: Context<AppEnv>): Promise<Response> {
    const id = c.req.param('site') ?? '';
    const site = siteId.safeParse(id).success ? await sites.get(id) : undefined;
    if (!site) throw new ProblemError(404, problemTypes.unknownSite);
    grantOriginIfAllowed(c, [site]);
    const lang = language.safeParse(c.req.query('lang')).data ?? site.config.defaultLanguage;
    const [settings, entries] = await Promise.all([loadFaqSettings(db, id), listFaqEntries(db, id)]);
    const contact = site.config.contact;
    const contactPage = settings.handoff.contactPage ?? contact.contactPage;
    const body: PublicFaqSettings = {
      site: id,
      greeting: settings.greeting,
      hours: settings.hours,
      ...(contact.hours ? { hoursText: contact.hours } : {}),
      handoff: {
        intake: settings.handoff.intake,
        ...(contactPage ? { contactPage } : {}),
        ...(settings.handoff.phone && contact.phone ? { phone: contact.phone } : {}),
        ...(settings.handoff.email && contact.email ? { email: contact.email } : {}),
      },
      suggestions: entries
        .filter((e) => e.language === lang)
        .slice(0, 3)
        .map((e) => ({ entry: e.id, question: e.question })),
    };
    const json = JSON.stringify(body);
    return cacheableJson(c, json, jsonEtag(json), maxAgeSeconds);
  };
}
