/**
 * The FAQ search (issue 20): each entry is the set of terms of its phrasings (the question and each
 * alternative) and, weighing less, of its answer; terms are lay-language concepts and stems (tokenize.ts),
 * so a question meets an entry across wordings and languages. A question's terms weigh by how rare they are
 * among the entries; words no entry has count against an answer (the question is about something else).
 * Office facts the site's settings hold (hours, address, languages, how to reach the firm) are entries of
 * their own and replace FAQ entries about the same fact, so the bot says what the site shows.
 *
 * Beside the terms, each phrasing's shape (letter 3-grams of its stemmed words, Chinese characters and pairs,
 * and its terms, idf-weighted) tells apart entries the terms leave close: the one worded most like the
 * question wins.
 *
 * Outcomes: `advice` (the visitor's own case, never answered: advice.ts's rules or advice-model.ts's model),
 * `answered` (one entry clearly best), `choices` (two entries close, or the best one not sure enough:
 * "Did you mean…?") or `unanswered`.
 *
 * @example
 *   const index = buildFaqIndex(entries, { officeFacts: ['hours'] });
 *   index.ask('how much is a will') // { outcome: 'answered', hits: [{ entry, score, coverage }], … }
 */
import type { AdminFaqEntry } from '@retainer/schema/admin';
import { asksForAdvice } from './advice.ts';
import { adviceModelThreshold, adviceProbability } from './advice-model.ts';
import { isKnownWord, isNameStem } from './known-words.ts';
import { broaderTopicOf, intentConcepts, topicConcepts } from './lay-terms.ts';
import { createCorrector, type Language, lexiconWords, scriptOf, searchTerms, stem, words } from './tokenize.ts';
import { cyrillicFromLatin } from './translit.ts';

/** What the site's settings can answer without an FAQ entry. */
export const officeFacts = ['hours', 'location', 'languages', 'contact'] as const;
export type OfficeFact = (typeof officeFacts)[number];
const officeConcept: Record<OfficeFact, string> = {
  hours: '#hours',
  location: '#location',
  languages: '#language',
  contact: '#book',
};
/** How visitors ask each fact, as concepts: "how to reach you", and "how quickly do you reply". */
const officePhrasings: Record<OfficeFact, string[][]> = {
  hours: [['#hours']],
  location: [['#location']],
  languages: [['#language']],
  contact: [['#book'], ['#book', '#duration']],
};
const topics = topicConcepts();
/** A narrower topic's broader one: "#speeding" is a "#traffic" matter, "#repairs" a "#landlord" one. */
const parentOf = broaderTopicOf();
const intents = intentConcepts();
const placeOrTime = ['#location', '#hours'];

export type FaqHit = {
  /** The FAQ entry id, or `office:<fact>` for an answer from the settings. */
  id: string;
  entry: AdminFaqEntry | undefined;
  office: OfficeFact | undefined;
  score: number;
  /** The share of the question's terms (by weight) the entry has. */
  coverage: number;
  /** The share of the entry's best phrasing the question asks: 1 when the question says all of it. */
  fit: number;
  /** The question names a topic (divorce, visa…) and the entry's phrasings name it too. */
  topical: boolean;
  /** The question names no known topic, only what it asks (where, when…), and has words no entry has: its topic. */
  unknownTopic: boolean;
  /**
   * The question asks where or when (#location, #hours): of anything it names ("where is the post office",
   * "is the aquarium open"), so a word no entry has is its subject, however clear the entry.
   */
  asksPlaceOrTime: boolean;
  /** The question names a legal topic no entry mentions (a trademark, tax): the firm's FAQ does not answer it. */
  uncoveredTopic: boolean;
};
export type FaqSearch = {
  outcome: 'answered' | 'unanswered' | 'advice' | 'choices';
  /** Best first: 1–3 when answered or choices, else empty. */
  hits: FaqHit[];
  /** The best entry's score (also when unanswered), for the report. */
  score: number;
  best: FaqHit | undefined;
  /** The question's language by its script, else the one the widget said. */
  lang: Language;
};

/**
 * Thresholds: the best entry needs this much of the question covered (idf-weighted) and this score to be an
 * answer; from `choices.coverage` it is offered as a choice instead. Two entries within `close` of each other
 * are both offered.
 */
export const answerThreshold = { score: 1.2, coverage: 0.58 };
const choiceThreshold = { score: 0.9, coverage: 0.38 };
const topicalCoverage = 0.45;
const topicFitWeight = 2;
const unknownTopicCoverage = 0.7;
/**
 * Far ahead of every other entry and asked in full, an entry needs less: the words no entry has are then most
 * often the visitor's circumstances ("my mom only speaks mandarin", "我不在波士顿"), not another topic.
 */
const unknownTopicClearCoverage = 0.55;
const close = 0.9;
/**
 * Among choices, the one whose closest phrasing has at least this cosine with the question's shape (shapeCounts),
 * and this many times the next one's, is the answer.
 */
const alikeThreshold = { least: 0.25, ahead: 1.5 };
/** The best entry is clearly first when the next scores under this share of it; it then needs this coverage. */
const clearMargin = 0.75;
const clearCoverage = 0.4;
/** Far ahead: the next entry scores under this share of the best, which then needs this much of a phrasing asked. */
const dominantMargin = 0.5;
const dominantFit = 0.6;
/** Further matches shown under an answer score at least this share of the best one. */
const alsoShownRatio = 0.8;
const answerWeight = 0.35;
/** How much an entry's best phrasing being asked in full counts beside the question's words it has. */
const fitWeight = 0.7;
/** An entry that names none of the topics a question names scores this share. */
const offTopicWeight = 0.75;
/** A word no entry has, and a legal topic no entry covers: how much they count against an answer. */
const unknownWord = 1.4;
const unknownConcept = 3.5;
/** A word of no dictionary (slang, a typo not corrected) counts this share of a real word no entry has. */
const noiseWeight = 0.3;

type Doc = {
  id: string;
  entry: AdminFaqEntry | undefined;
  office: OfficeFact | undefined;
  language: string | undefined;
  phrasings: Set<string>[];
  phrase: Set<string>;
  answer: Set<string>;
  /** Each phrasing's surface as weighted character n-grams and terms (ngramVector), for how alike two wordings look. */
  shapes: Map<string, number>[];
};

export type FaqIndex = {
  ask(question: string, lang?: Language): FaqSearch;
  /** The question's terms (concepts and stems), for grouping questions across languages. */
  terms(question: string): string[];
  /** Every entry sharing a term with the question, best first, whatever the thresholds. */
  ranked(question: string): FaqHit[];
  /** The language an answer to this question is given in. */
  languageOf(question: string, askedIn?: Language): Language;
  entries: AdminFaqEntry[];
  officeFacts: OfficeFact[];
  /** FAQ entries about an office fact the settings answer: left out (the settings are what the site shows). */
  officeEntries: Map<string, OfficeFact>;
};

export type FaqIndexOptions = { officeFacts?: readonly OfficeFact[] };

export function buildFaqIndex(entries: AdminFaqEntry[], options: FaqIndexOptions = {}): FaqIndex {
  const facts = new Set(options.officeFacts ?? []);
  const vocabulary = new Set(lexiconWords);
  for (const entry of entries) {
    for (const text of [entry.question, ...entry.alternatives, entry.answer])
      for (const w of words(text)) vocabulary.add(w);
  }
  const correct = createCorrector(vocabulary);
  // The FAQ's own words (stemmed) and Chinese text: a country a visa question names is covered when the FAQ names it.
  const entryChinese = entries.map((e) => [e.question, ...e.alternatives, e.answer].join(' ')).join(' ');
  const entryStems = new Set(words(entryChinese).map(stem));
  const termsOf = (text: string) => searchTerms(text, correct);

  const docs: Doc[] = [];
  const officeEntries = new Map<string, OfficeFact>();
  for (const entry of entries) {
    const phrasings = [entry.question, ...entry.alternatives].map((p) => new Set(termsOf(p)));
    const fact = aboutOfficeFact(phrasings, facts);
    if (fact) officeEntries.set(entry.id, fact);
    docs.push({
      id: entry.id,
      entry,
      office: undefined,
      language: entry.language,
      phrasings,
      phrase: new Set(phrasings.flatMap((p) => [...p])),
      answer: new Set(termsOf(entry.answer)),
      shapes: [entry.question, ...entry.alternatives].map((p) => shapeCounts(p, termsOf(p))),
    });
  }
  for (const fact of facts) {
    // The FAQ entries a fact replaces say how this firm's visitors ask it ("near South Station?"): the fact
    // is found by their words too, and answered from the settings.
    const replaced = docs.filter((d) => officeEntries.get(d.id) === fact);
    const phrasings = [...officePhrasings[fact].map((p) => new Set(p)), ...replaced.flatMap((d) => d.phrasings)];
    docs.push({
      id: `office:${fact}`,
      entry: undefined,
      office: fact,
      language: undefined,
      phrasings,
      phrase: new Set(phrasings.flatMap((p) => [...p])),
      answer: new Set(replaced.flatMap((d) => [...d.answer])),
      shapes: [...officePhrasings[fact].map((p) => shapeCounts('', p)), ...replaced.flatMap((d) => d.shapes)],
    });
  }
  const docById = new Map(docs.map((d) => [d.id, d]));
  // How rare each n-gram is among all phrasings: shared ones ("how", "сколько") say little about which entry.
  const shapeDf = new Map<string, number>();
  let shapeN = 0;
  for (const doc of docs)
    for (const shape of doc.shapes) {
      shapeN++;
      for (const g of shape.keys()) shapeDf.set(g, (shapeDf.get(g) ?? 0) + 1);
    }
  const weighShape = (counts: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [g, c] of counts) {
      const w = (1 + Math.log(c)) * Math.log(1 + shapeN / (shapeDf.get(g) ?? 0.5));
      v.set(g, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [g, w] of v) v.set(g, w / norm);
    return v;
  };
  for (const doc of docs) doc.shapes = doc.shapes.map(weighShape);
  /** The cosine of the question's shape and the entry's closest phrasing's: 0 (nothing alike) to 1. */
  const shapeOf = (question: string) => weighShape(shapeCounts(question, termsOf(question)));
  const alike = (q: Map<string, number>, id: string) => {
    // N-grams no phrasing has stay in the question's shape: like the words no entry has, they make every entry less alike.
    let best = 0;
    for (const shape of docById.get(id)?.shapes ?? []) {
      let dot = 0;
      for (const [g, w] of q) dot += w * (shape.get(g) ?? 0);
      best = Math.max(best, dot);
    }
    return best;
  };
  // A word only answers have is a detail: it weighs as little in the question as it can weigh in a match.
  const inPhrasings = new Set(docs.flatMap((d) => [...d.phrase]));
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set([...doc.phrase, ...doc.answer])) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = (t: string) => {
    const d = df.get(t);
    if (!d) return t.startsWith('#') ? unknownConcept : unknownWord;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };

  function rank(question: string, lang: Language): FaqHit[] {
    const query = new Set(termsOf(question));
    if (query.size === 0) return [];
    const askedTopics = [...query].filter((t) => topics.has(t));
    const otherCountry = visaCountry(question);
    const asksPlaceOrTime = placeOrTime.some((t) => query.has(t));
    // Words no entry has: the first counts in full, more of them less and less (a long story around a short
    // question is context, not another topic).
    let total = 0;
    let unknown = 0;
    let noise = 0;
    // A visa of a country the FAQ never names ("中国签证", "виза в Россию") is another country's: not the firm's.
    let uncoveredTopic =
      otherCountry !== undefined &&
      (han.test(otherCountry) ? !entryChinese.includes(otherCountry) : !entryStems.has(stem(otherCountry)));
    for (const t of query) {
      if (!df.has(t) && !t.startsWith('#')) {
        // "12", "7pm", "manchester": details, not topics. "tmrw", "yall": no word of the language, most likely
        // slang or a typo the corrector could not place — it counts, but less than a real word no entry has.
        if (/^\d+\p{L}{0,2}$/u.test(t) || isNameStem(t, stem)) continue;
        if (/^[a-zа-я]+$/.test(t) && !isKnownWord(t, stem)) noise++;
        else unknown++;
      } else if (!df.has(t) && topics.has(t) && df.has(parentOf.get(t) ?? '')) {
      } else if (!df.has(t) && topics.has(t)) {
        total += idf(t); // A legal topic no entry covers is what it asks about.
        uncoveredTopic = true;
      } else total += inPhrasings.has(t) ? idf(t) : answerWeight * idf(t);
    }
    total += unknownWord * Math.sqrt(unknown + noiseWeight * noise);
    const hits: FaqHit[] = [];
    for (const doc of docs) {
      let matched = 0;
      for (const t of query) {
        if (doc.phrase.has(t)) matched += idf(t);
        else if (doc.answer.has(t)) matched += answerWeight * idf(t);
      }
      if (matched === 0) continue;
      // How fully one phrasing is asked: "divorce cost" beats "divorce" + "cost" spread over phrasings.
      let fit = 0;
      for (const phrasing of doc.phrasings) {
        let all = 0;
        let hit = 0;
        for (const t of phrasing) {
          // A topic the phrasing names and the question does not weighs double: "how do you charge" is
          // the fees entry's question, not "how much does a will cost".
          const weight = topics.has(t) ? topicFitWeight * idf(t) : idf(t);
          all += weight;
          if (query.has(t)) hit += weight;
        }
        if (all > 0) fit = Math.max(fit, hit / all);
      }
      const sameLanguage = doc.language === lang ? 1.03 : 1;
      const topical = askedTopics.some((t) => doc.phrase.has(t));
      // The question names a topic (a will, tax) the entry's phrasings never name: "how much is a will" is
      // not the general fees entry, "help with my tax return" not an injury deadline.
      const offTopic = askedTopics.length > 0 && !topical ? offTopicWeight : 1;
      const score = matched * (1 - fitWeight + fitWeight * fit) * sameLanguage * offTopic;
      const coverage = matched / total;
      const unknownTopic = askedTopics.length === 0 && unknown > 0;
      // A topic only some entry's answer mentions ("police" in the accident answer), that this entry does not, beside
      // an entry asked in small part: the question is about that topic ("вы занимаетесь уголовными делами? сына
      // задержали" is no custody question).
      const answerOnlyTopic = askedTopics.some((t) => !inPhrasings.has(t) && !doc.phrase.has(t) && !doc.answer.has(t));
      hits.push({
        id: doc.id,
        entry: doc.entry,
        office: doc.office,
        score,
        coverage,
        fit,
        topical,
        unknownTopic,
        asksPlaceOrTime,
        uncoveredTopic: uncoveredTopic || (answerOnlyTopic && fit < 0.5),
      });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Entries in other languages whose questions ask the same (most of their concepts shared): translations. */
  const concepts = new Map(
    docs.map((d) => [d.id, new Set([...(d.phrasings[0] ?? [])].filter((t) => t.startsWith('#')))]),
  );
  const translations = (a: FaqHit, b: FaqHit) => {
    if (!a.entry || !b.entry || a.entry.language === b.entry.language) return false;
    const x = concepts.get(a.id) ?? new Set();
    const y = concepts.get(b.id) ?? new Set();
    const shared = [...x].filter((t) => y.has(t)).length;
    // And the same topics: "how much is a will" (#cost #will) is no translation of "how do you charge" (#cost).
    const sameTopics = [...x, ...y].every((t) => !topics.has(t) || (x.has(t) && y.has(t)));
    return shared > 0 && shared / (x.size + y.size - shared) >= 0.5 && sameTopics;
  };
  /**
   * One entry per translation group — the one in the question's language when it is nearly as good — and no
   * FAQ entry about an office fact the settings answer.
   */
  function withoutTranslations(ranked: FaqHit[], lang: Language): FaqHit[] {
    const kept: FaqHit[] = [];
    for (const hit of ranked) {
      const fact = officeEntries.get(hit.id);
      if (fact && facts.has(fact)) continue;
      const i = kept.findIndex((k) => translations(k, hit));
      if (i < 0) kept.push(hit);
      else if (
        hit.entry?.language === lang &&
        kept[i]?.entry?.language !== lang &&
        hit.score >= (kept[i]?.score ?? 0) * 0.7
      )
        kept[i] = {
          ...hit,
          score: kept[i]?.score ?? hit.score,
          coverage: Math.max(hit.coverage, kept[i]?.coverage ?? 0),
        };
    }
    return kept;
  }

  /**
   * The question asked in one clause and the visitor's circumstances in the others ("вы работаете по выходным? в
   * будни я никак не могу", "周六上班吗？平时要上班走不开"): that clause alone is a sure answer with the same entry
   * first, and no other clause names a topic; that clause comes first or ends in a question mark or 吗 (a story told
   * after the question is no question: "I got burned… until the bill came."). The words no entry has are then the visitor's story, not the subject
   * of a where/when question ("where is the post office" stays unanswered: its one clause has the unknown word).
   */
  function askedInOneClause(question: string, lang: Language, top: FaqHit): boolean {
    // Each clause with the mark that ends it: the question is the first clause or one ending in a question mark.
    const clauses = [...question.matchAll(/([^?？!！。;；,，.]+)([?？]?)/gu)]
      .map(([, text = '', mark]) => ({ text: text.trim(), asks: Boolean(mark) || /[吗呢么]\s*$/u.test(text) }))
      .filter((c) => c.text.length > 0);
    if (clauses.length < 2) return false;
    let asked = false;
    for (const [i, { text: clause, asks }] of clauses.entries()) {
      const [first, second] = withoutTranslations(rank(clause, lang), lang);
      const clear = !second || (first !== undefined && second.score < first.score * clearMargin);
      const sure =
        first &&
        !first.unknownTopic &&
        !first.uncoveredTopic &&
        (isAnswer(first) || exact(first) || (clear && isClearAnswer(first)));
      if ((i === 0 || asks) && sure && first.id === top.id) asked = true;
      else if (termsOf(clause).some((t) => topics.has(t))) return false;
    }
    return asked;
  }

  return {
    entries,
    officeFacts: [...facts],
    officeEntries,
    terms: termsOf,
    languageOf: detectLanguage,
    ranked: (question) => rank(question, detectLanguage(question, undefined)),
    ask(asked, askedIn) {
      const question = cyrillicFromLatin(asked, askedIn);
      const lang = detectLanguage(question, askedIn);
      const ranked = withoutTranslations(rank(question, lang), lang);
      const top = ranked[0];
      const score = top?.score ?? 0;
      const base = { score, best: top, lang };
      if (asksForAdvice(question) || adviceProbability(question) >= adviceModelThreshold)
        return { outcome: 'advice', hits: [], ...base };
      if (!top) return { outcome: 'unanswered', hits: [], ...base };
      // An entry in the question's language has no rival in an entry in another one that scores no better:
      // "time limit for employment tribunal?" is the English entry, not a choice between it and its Russian
      // version the firm wrote in other words.
      const rivals =
        top?.entry?.language === lang ? ranked.filter((hit) => !hit.entry || hit.entry.language === lang) : ranked;
      const offered = rivals.filter((hit) => isChoice(hit) && hit.score >= score * close).slice(0, 3);
      const next = rivals[1];
      const clearlyFirst = !next || next.score < score * clearMargin;
      const farAhead = !next || next.score < score * dominantMargin;
      if (
        (isAnswer(top) || (clearlyFirst && isClearAnswer(top)) || (farAhead && isDominantAnswer(top))) &&
        offered.length <= 1
      ) {
        const hits = ranked.filter((hit, i) => i === 0 || (hit.score >= score * alsoShownRatio && isAnswer(hit)));
        return { outcome: 'answered', hits: hits.slice(0, 3), ...base };
      }
      if (clearlyFirst && !top.uncoveredTopic && askedInOneClause(question, lang, top)) {
        return { outcome: 'answered', hits: [top], ...base };
      }
      // Two close entries on the question's topic, and what it asks (how much, how long, where) only one of them
      // asks, in full: "打人身伤害官司是不是要先交钱" is the injury fee entry, not the injury deadline one.
      const askedFor = termsOf(question).filter((t) => intents.has(t));
      if (offered.length === 2 && askedFor.length > 0) {
        const asking = offered.filter((hit) => {
          const doc = docById.get(hit.id);
          return doc !== undefined && askedFor.every((t) => doc.phrase.has(t));
        });
        const only = asking[0];
        if (
          asking.length === 1 &&
          only &&
          only.topical &&
          !only.uncoveredTopic &&
          only.fit >= 0.99 &&
          only.score >= answerThreshold.score
        ) {
          return { outcome: 'answered', hits: [only], ...base };
        }
      }
      if (isChoice(top)) {
        const choices = ranked.filter((hit) => isChoice(hit) && hit.score >= score * 0.6).slice(0, 3);
        // Choices the terms cannot tell apart, one of which is worded much like the question (letters, stems and
        // concepts alike): that one is the answer ("how much $$ to end a marriage" is the divorce cost entry).
        if (choices.length >= 2) {
          const shape = shapeOf(question);
          const alikeness = choices.map((hit) => alike(shape, hit.id));
          const order = alikeness.map((_, i) => i).sort((a, b) => (alikeness[b] ?? 0) - (alikeness[a] ?? 0));
          const first = alikeness[order[0] ?? 0] ?? 0;
          const second = alikeness[order[1] ?? 1] ?? 0;
          const pick = choices[order[0] ?? 0];
          if (pick && !pick.uncoveredTopic && first >= alikeThreshold.least && first >= alikeThreshold.ahead * second)
            return { outcome: 'answered', hits: [pick], ...base };
        }
        return { outcome: 'choices', hits: choices, ...base };
      }
      return { outcome: 'unanswered', hits: [], ...base };
    },
  };
}

const han = /\p{Script=Han}/u;

/**
 * A wording's shape: letter 3-grams of each stemmed word, Chinese characters and their pairs, and its search
 * terms (concepts bridge languages), counted.
 */
function shapeCounts(text: string, terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (g: string) => counts.set(g, (counts.get(g) ?? 0) + 1);
  for (const w of words(text)) {
    if (han.test(w)) {
      const chars = [...w];
      for (let i = 0; i < chars.length; i++) {
        add(`c:${chars[i]}`);
        if (i + 1 < chars.length) add(`c:${chars[i]}${chars[i + 1]}`);
      }
      continue;
    }
    const padded = `<${stem(w)}>`;
    for (let i = 0; i + 3 <= padded.length; i++) add(`g:${padded.slice(i, i + 3)}`);
  }
  for (const t of terms) add(`t:${t}`);
  return counts;
}

/** The country a visa is asked for: "中国签证", "виза в Россию"; undefined when none is named. */
export function visaCountry(question: string): string | undefined {
  const text = question.toLocaleLowerCase();
  const zh =
    /(中国|日本|韩国|俄罗斯|英国|法国|德国|意大利|西班牙|加拿大|美国|澳洲|澳大利亚|新西兰|新加坡|泰国|越南|印度|申根)(的)?(旅游|商务|工作|留学)?签证/u.exec(
      text,
    );
  if (zh) return zh[1];
  const ru = /(?<!\p{L})виз[аыуе]? (?:в|во) (\p{L}{3,})/u.exec(text);
  return ru?.[1];
}

/** A question that says exactly one phrasing and nothing else ("what are your rates?") is sure even with common words. */
const exact = (hit: FaqHit) => hit.coverage >= 0.99 && hit.fit >= 0.99;
/**
 * An answer: enough of the question covered — less when the question asks all of a phrasing and names its
 * topic (one word no entry has, "когда можно получить гражданство сша", is a detail), more when it names no
 * topic the lexicon knows (beside a mere "when", an unknown word is the topic: "во сколько открывается почта").
 */
const isAnswer = (hit: FaqHit) => {
  if (hit.uncoveredTopic) return false;
  const needed = hit.unknownTopic
    ? unknownTopicCoverage
    : hit.topical && hit.fit >= 0.99
      ? topicalCoverage
      : answerThreshold.coverage;
  return hit.coverage >= needed && (hit.score >= answerThreshold.score || exact(hit));
};
/**
 * An entry far ahead of every other that the question asks in full, naming its topic (or only what it asks, with
 * no word no entry has): sure with less of the question covered — the rest is the visitor's story (issue 20) —
 * or that has every term of the question and half of one of its phrasings.
 */
const isClearAnswer = (hit: FaqHit) =>
  !hit.uncoveredTopic &&
  (hit.topical ||
    !hit.unknownTopic ||
    (!hit.asksPlaceOrTime && hit.fit >= 0.99 && hit.coverage >= unknownTopicClearCoverage)) &&
  ((hit.fit >= 0.99 && hit.coverage >= clearCoverage && hit.score >= answerThreshold.score) ||
    (hit.coverage >= 0.99 && hit.fit >= 0.5 && hit.score >= choiceThreshold.score));
/**
 * An entry more than twice as good as any other, on the topic the question names, and asked in good part:
 * "老是开黄色玩笑算骚扰吗" is the harassment entry even though "jokes" is not in it.
 */
const isDominantAnswer = (hit: FaqHit) =>
  hit.topical &&
  !hit.uncoveredTopic &&
  hit.fit >= dominantFit &&
  hit.coverage >= clearCoverage &&
  hit.score >= answerThreshold.score;
const isChoice = (hit: FaqHit) =>
  hit.coverage >= choiceThreshold.coverage && (hit.score >= choiceThreshold.score || exact(hit));

/** An entry about an office fact the settings answer: the fact's concept is in most of its phrasings. */
/**
 * An entry about an office fact: its question names the fact and no topic ("Where is your office?", not
 * "Do you handle real estate closings?"), and at least half its phrasings name the fact.
 */
function aboutOfficeFact(phrasings: Set<string>[], facts: ReadonlySet<OfficeFact>): OfficeFact | undefined {
  const question = phrasings[0] ?? new Set<string>();
  if ([...question].some((t) => topics.has(t))) return undefined;
  for (const fact of facts) {
    const concept = officeConcept[fact];
    const about = phrasings.filter((p) => p.has(concept)).length;
    if (question.has(concept) && about * 2 >= phrasings.length) return fact;
  }
  return undefined;
}

function detectLanguage(question: string, askedIn: Language | undefined): Language {
  const script = scriptOf(question);
  if (script !== 'en') return script;
  return /[a-z]/i.test(question) ? 'en' : (askedIn ?? 'en');
}
