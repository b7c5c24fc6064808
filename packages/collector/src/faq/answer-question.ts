/**
 * A visitor's question answered from a site's FAQ and office facts: what the ask route sends back and what
 * the quality bench measures (issue 20), so both go through the same code.
 *
 * @example
 *   const { search, outcome, matches } = answerQuestion(await indexes.get('harbor-vale'), 'where r u', 'en', Date.now());
 */
import type { FaqMatch, FaqOutcome } from '@retainer/schema';
import type { AdminFaqEntry } from '@retainer/schema/admin';
import type { SiteFaq } from './index-cache.ts';
import { officeMatch } from './office-facts.ts';
import type { FaqHit, FaqSearch } from './search-index.ts';
import type { Language } from './tokenize.ts';

export type FaqReply = { search: FaqSearch; outcome: FaqOutcome; matches: FaqMatch[] };

export function answerQuestion(faq: SiteFaq, question: string, lang: Language | undefined, now: number): FaqReply {
  const search = faq.index.ask(question, lang);
  const shown = new Set(search.hits.map((hit) => hit.id));
  const matches = search.hits.map((hit) => matchOf(faq, hit, search.lang, question, now, shown));
  return { search, outcome: search.outcome, matches };
}

/** The entry (or office fact) the visitor chose among the choices; undefined when the site has no such one. */
export function answerChoice(
  faq: SiteFaq,
  id: string,
  question: string,
  lang: Language | undefined,
  now: number,
): FaqMatch | undefined {
  const fact = id.startsWith('office:') ? faq.index.officeFacts.find((f) => `office:${f}` === id) : undefined;
  const entry = fact ? undefined : faq.index.entries.find((e) => e.id === id);
  if (!fact && !entry) return undefined;
  const hit: FaqHit = {
    id,
    entry,
    office: fact,
    score: 0,
    coverage: 0,
    fit: 0,
    topical: false,
    unknownTopic: false,
    asksPlaceOrTime: false,
    uncoveredTopic: false,
  };
  return matchOf(faq, hit, faq.index.languageOf(question, lang), question, now, new Set([id]));
}

function matchOf(
  faq: SiteFaq,
  hit: FaqHit,
  lang: Language,
  question: string,
  now: number,
  shown: ReadonlySet<string>,
): FaqMatch {
  if (hit.office) return officeMatch(hit.office, faq.office, lang, question, now);
  const entry = hit.entry as AdminFaqEntry;
  return toMatch(entry, relatedTo(entry, faq.index.entries, shown));
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
