/**
 * The FAQ search: a MiniSearch index of one site's entries, one document per phrasing (the question and
 * each alternative) plus one per answer, so a visitor's paraphrase meets the phrasing closest to it.
 * Phrasings weigh more than answers. An entry's score is its best phrasing plus a share of its answer;
 * "answered" needs both a score and a share of the question's terms found (coverage), tuned against
 * `search-quality.test.ts`.
 *
 * @example
 *   const index = buildFaqIndex(entries);
 *   index.ask('how much is a will') // { outcome: 'answered', hits: [{ entry, score }], score }
 */
import type { AdminFaqEntry } from '@retainer/schema/admin';
import MiniSearch, { type SearchResult } from 'minisearch';
import { asksForAdvice } from './advice.ts';
import { searchTerms } from './tokenize.ts';

type Doc = { id: string; entry: string; phrase: string; answer: string };

export type FaqHit = { entry: AdminFaqEntry; score: number; coverage: number };
export type FaqSearch = {
  outcome: 'answered' | 'unanswered' | 'advice';
  /** Best first: 1–3 when answered, else empty. */
  hits: FaqHit[];
  /** The best entry's score (also when unanswered), for the report. */
  score: number;
  best: AdminFaqEntry | undefined;
};

/**
 * Thresholds, tuned with the quality test: the best entry needs this much to count as an answer. Coverage above
 * one half: a two-word question matching one word ("parking ticket" → the parking entry) is handed to a person.
 */
export const answerThreshold = { score: 4, coverage: 0.6 };
/** Further matches are shown when they score at least this share of the best one. */
const alsoShownRatio = 0.75;
const answerWeight = 0.35;

const fuzzy = (term: string) => (term.length >= 4 ? 0.2 : false);
const prefix = (term: string) => term.length >= 4;

export type FaqIndex = { ask(question: string): FaqSearch; entries: AdminFaqEntry[] };

export function buildFaqIndex(entries: AdminFaqEntry[]): FaqIndex {
  const search = new MiniSearch<Doc>({
    fields: ['phrase', 'answer'],
    storeFields: ['entry'],
    tokenize: searchTerms,
    // The tokenizer already folds case and stems; MiniSearch's default would lower-case again only.
    processTerm: (term) => term,
    searchOptions: { boost: { phrase: 3, answer: 1 }, fuzzy, prefix, combineWith: 'OR' },
  });
  const docs: Doc[] = [];
  for (const entry of entries) {
    [entry.question, ...entry.alternatives].forEach((phrase, i) => {
      docs.push({ id: `${entry.id}#${i}`, entry: entry.id, phrase, answer: '' });
    });
    docs.push({ id: `${entry.id}#answer`, entry: entry.id, phrase: '', answer: entry.answer });
  }
  search.addAll(docs);
  const byId = new Map(entries.map((e) => [e.id, e]));

  return {
    entries,
    ask(question) {
      const terms = new Set(searchTerms(question));
      const scored = scoreEntries(terms.size ? search.search(question) : [], terms.size);
      const ranked = [...scored.entries()]
        .map(([id, s]) => ({ entry: byId.get(id), ...s }))
        .filter((hit): hit is FaqHit => hit.entry !== undefined)
        .sort((a, b) => b.score - a.score);
      const top = ranked[0];
      const score = top?.score ?? 0;
      if (asksForAdvice(question)) return { outcome: 'advice', hits: [], score, best: top?.entry };
      if (!top || !isAnswer(top)) return { outcome: 'unanswered', hits: [], score, best: top?.entry };
      const hits = ranked.filter((hit, i) => i === 0 || (hit.score >= score * alsoShownRatio && isAnswer(hit)));
      return { outcome: 'answered', hits: hits.slice(0, 3), score, best: top.entry };
    },
  };
}

const isAnswer = (hit: { score: number; coverage: number }) =>
  hit.score >= answerThreshold.score && hit.coverage >= answerThreshold.coverage;

/** Per entry: best phrasing + a share of the answer, and the share of query terms the entry covers. */
function scoreEntries(results: SearchResult[], termCount: number) {
  const perEntry = new Map<string, { phrase: number; answer: number; terms: Set<string> }>();
  for (const result of results) {
    const id = String(result.entry);
    const current = perEntry.get(id) ?? { phrase: 0, answer: 0, terms: new Set<string>() };
    const isAnswerDoc = String(result.id).endsWith('#answer');
    if (isAnswerDoc) current.answer = Math.max(current.answer, result.score);
    else current.phrase = Math.max(current.phrase, result.score);
    for (const term of result.queryTerms) current.terms.add(term);
    perEntry.set(id, current);
  }
  const scored = new Map<string, { score: number; coverage: number }>();
  for (const [id, s] of perEntry) {
    scored.set(id, { score: s.phrase + answerWeight * s.answer, coverage: s.terms.size / termCount });
  }
  return scored;
}
