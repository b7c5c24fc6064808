/**
 * `POST /v1/faq/ask`: answers a visitor's question from the site's FAQ. The question is checked at the
 * edge (oversized or malformed → 4xx, nothing stored), rate-limited per visitor (journey) and per address,
 * searched, and stored encrypted with its outcome for the firm's report. A retry with the same id is
 * answered again but stored once.
 *
 * @example
 *   app.post('/v1/faq/ask', askFaq({ storage, sites, cipher, now, trustProxy: false }));
 */
import { type FaqAnswer, type FaqMatch, faqAsk, issuesToErrors, problemTypes } from '@retainer/schema';
import type { AdminFaqEntry } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { clientAddress } from '../admin-api/request-info.ts';
import type { AppEnv } from '../app-env.ts';
import { readJsonBody } from '../body/index.ts';
import { corsHeaders, grantOrigin } from '../cors/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { enforceRateLimits } from '../rate-limit/index.ts';
import { defaultPublicLimits, type PublicLimits } from '../rate-limit/public-limits.ts';
import { jsonResponse } from '../respond.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import type { FaqIndexCache } from './index-cache.ts';
import { insertFaqQuestion } from './question-store.ts';
import { faqDb } from './tables.ts';

export type AskOptions = {
  storage: Storage;
  sites: SiteCache;
  cipher: FieldCipher;
  indexes: FaqIndexCache;
  now?: () => number;
  trustProxy?: boolean;
  /** Per visitor (journey) and per client address: the app's shared public limits (`RETAINER_RATE_LIMITS=off` too). */
  limits?: PublicLimits['faq'];
};

export const defaultAskLimits = defaultPublicLimits.faq;

/** A small JSON body: the question is 500 characters at most. */
const askBodyLimit = 4 * 1024;

export function askFaq({ storage, sites, cipher, indexes, now = Date.now, trustProxy = false, limits }: AskOptions) {
  const rules = limits ?? defaultAskLimits;
  const db = faqDb(storage.db);
  return async function handleAsk(c: Context<AppEnv>): Promise<Response> {
    const parsed = faqAsk.safeParse(await readJsonBody(c, askBodyLimit));
    if (!parsed.success) {
      throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
    }
    const ask = parsed.data;
    const site = await sites.get(ask.site);
    if (!site)
      throw new ProblemError(422, problemTypes.unknownSite, { errors: [{ path: 'site', code: 'unknown_site' }] });
    grantOrigin(c, [site]);
    const at = now();
    const address = clientAddress(c, { trustProxy, publicUrl: undefined });
    await enforceRateLimits(
      storage.db as unknown as Kysely<unknown>,
      [
        { key: `faq:ip:${site.id}:${address}`, rule: rules.address },
        ...(ask.journey ? [{ key: `faq:journey:${site.id}:${ask.journey}`, rule: rules.visitor }] : []),
      ],
      at,
    );

    const index = await indexes.get(site.id);
    const found = index.ask(ask.question);
    await insertFaqQuestion(db, cipher, {
      id: ask.id,
      site: site.id,
      journey: ask.journey ?? null,
      lang: ask.lang ?? null,
      outcome: found.outcome,
      entry_id: found.outcome === 'answered' ? (found.hits[0]?.entry.id ?? null) : null,
      score: Math.round(found.score * 1000) / 1000,
      text: ask.question,
      asked_at: at,
    });
    const shown = new Set(found.hits.map((hit) => hit.entry.id));
    const answer: FaqAnswer = {
      id: ask.id,
      outcome: found.outcome,
      matches: found.hits.map((hit) => toMatch(hit.entry, relatedTo(hit.entry, index.entries, shown))),
    };
    return jsonResponse(200, answer, corsHeaders(c));
  };
}

function toMatch(entry: AdminFaqEntry, related: AdminFaqEntry[]): FaqMatch {
  return {
    entry: entry.id,
    question: entry.question,
    answer: entry.answer,
    sourceUrl: entry.sourceUrl,
    ...(entry.practiceArea ? { practiceArea: entry.practiceArea } : {}),
    related: related.map((r) => ({ entry: r.id, question: r.question })),
  };
}

/** Up to three other entries of the same practice area and language, not already shown. */
export function relatedTo(entry: AdminFaqEntry, entries: AdminFaqEntry[], shown: ReadonlySet<string>): AdminFaqEntry[] {
  return entries
    .filter(
      (other) => !shown.has(other.id) && other.language === entry.language && other.practiceArea === entry.practiceArea,
    )
    .slice(0, 3);
}
