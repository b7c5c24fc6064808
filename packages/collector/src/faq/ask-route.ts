/**
 * `POST /v1/faq/ask`: answers a visitor's question from the site's FAQ. The question is checked at the
 * edge (oversized or malformed → 4xx, nothing stored), rate-limited per visitor (journey) and per address,
 * searched, and stored encrypted with its outcome for the firm's report. A retry with the same id is
 * answered again but stored once.
 *
 * @example
 *   app.post('/v1/faq/ask', askFaq({ storage, sites, cipher, now, trustProxy: false }));
 */
import { type FaqAnswer, faqAsk, problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { corsHeaders, grantOrigin } from '../cors/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { readWidgetJson } from '../http/read-body.ts';
import { clientAddress } from '../http/request-info.ts';
import { enforceRateLimits } from '../rate-limit/index.ts';
import { defaultPublicLimits, type PublicLimits } from '../rate-limit/public-limits.ts';
import { jsonResponse } from '../respond.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import { answerChoice, answerQuestion } from './answer-question.ts';
import type { FaqIndexCache } from './index-cache.ts';
import { insertFaqQuestion, markChosen } from './question-store.ts';

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
  const db = storage.db;
  return async function handleAsk(c: Context<AppEnv>): Promise<Response> {
    const ask = await readWidgetJson(c, faqAsk, askBodyLimit);
    const site = await sites.get(ask.site);
    if (!site)
      throw new ProblemError(422, problemTypes.unknownSite, { errors: [{ path: 'site', code: 'unknown_site' }] });
    grantOrigin(c, [site]);
    const at = now();
    const address = clientAddress(c, { trustProxy, publicUrl: undefined });
    await enforceRateLimits(
      storage,
      [
        { key: `faq:ip:${site.id}:${address}`, rule: rules.address },
        ...(ask.journey ? [{ key: `faq:journey:${site.id}:${ask.journey}`, rule: rules.visitor }] : []),
      ],
      at,
    );

    const faq = await indexes.get(site.id);
    if (ask.chosen) {
      // A choice offered for an earlier ask: answer that entry and count the earlier question as answered.
      const match = answerChoice(faq, ask.chosen.entry, ask.question, ask.lang, at);
      if (!match)
        throw new ProblemError(422, problemTypes.validation, {
          errors: [{ path: 'chosen.entry', code: 'unknown_entry' }],
        });
      await markChosen(db, site.id, ask.chosen.of, ask.chosen.entry);
      return jsonResponse(
        200,
        { id: ask.id, outcome: 'answered', matches: [match] } satisfies FaqAnswer,
        corsHeaders(c),
      );
    }
    const reply = answerQuestion(faq, ask.question, ask.lang, at);
    await insertFaqQuestion(db, cipher, {
      id: ask.id,
      site: site.id,
      journey: ask.journey ?? null,
      lang: ask.lang ?? null,
      outcome: reply.outcome,
      entry_id: reply.outcome === 'answered' ? (reply.search.best?.id ?? null) : null,
      score: Math.round(reply.search.score * 1000) / 1000,
      text: ask.question,
      asked_at: at,
    });
    const answer: FaqAnswer = { id: ask.id, outcome: reply.outcome, matches: reply.matches };
    return jsonResponse(200, answer, corsHeaders(c));
  };
}
