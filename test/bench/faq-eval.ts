/**
 * `npm run eval:faq -- [files]` (also part of `npm run bench`): the FAQ bot's answer quality on held-out
 * question sets (issue 20). Each set's FAQ — the demo firm's, or another firm's for `second-firm-*` files —
 * is loaded into a real collector storage (SQLite in a temp dir) and every question goes through the code the
 * ask route runs (`answerQuestion`). Prints, per language: top-1 (answered with the right entry first),
 * "Did you mean…?" choices that hold the right entry (a chosen one counts as answered: shown separately and
 * added up), wrong answers, false answers (an FAQ answer to an off-topic or own-case advice question) and
 * advice recall (own-case questions handed to a person).
 *
 * A set named `<prefix>-heldout….json` or `<prefix>-final….json` asks the demo FAQ when the prefix is `demo`, else
 * the FAQ in `<prefix>-faq.json` beside it (another firm's: `second-firm-faq.json`, `third-firm-faq.json`, …).
 * With no file named, every `*-heldout*.json` in test/faq-eval runs.
 *
 * Sets: `{ questions: [{ q, lang, expect }] }`, `expect` a topic id, `offtopic` or `advice`. A demo topic is its
 * entry id without `demo-faq-` (ru/zh translations map to their topic); an office fact answered from the
 * settings counts for the topic it stands for (hours, location, languages, book) and for the entry it replaces.
 *
 * `--misses` lists each miss; with `FAQ_DEBUG=1` also the question's terms and its three best entries' scores.
 *
 * @example
 *   npm run eval:faq -- test/faq-eval/demo-heldout.json
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import {
  answerQuestion,
  createFaqIndexCache,
  demoDisclaimer,
  demoSettings,
  type OfficeFact,
  openStorage,
  type Storage,
  saveFaqSettings,
  seedDemoSite,
} from '@retainer/collector';
import { defaultIntakeFields } from '@retainer/schema';
import type { FaqSettings } from '@retainer/schema/admin';

type Question = { q: string; lang: 'en' | 'ru' | 'zh'; expect: string };
type OtherFirm = {
  office: { name: string; address: string; phone?: string; email?: string; hours?: string };
  entries: {
    id: string;
    topic: string;
    language: 'en' | 'ru' | 'zh';
    question: string;
    alternatives: string[];
    answer: string;
    sourceUrl: string;
    lastReviewed: string;
  }[];
};

const here = resolve(import.meta.dirname, '../faq-eval');
/** Every held-out set in the folder, the demo's first. */
export const defaultEvalFiles = readdirSync(here)
  .filter((name) => /^[\w-]+-heldout[\w-]*\.json$/.test(name))
  .sort((a, b) => Number(!a.startsWith('demo-')) - Number(!b.startsWith('demo-')) || a.localeCompare(b))
  .map((name) => join(here, name));

/** The FAQ a set asks: undefined for the demo's, else `<prefix>-faq.json` beside the set. */
export function faqFileOf(file: string): string | undefined {
  const prefix = /^(.+?)-(heldout|final)[\w-]*\.json$/.exec(basename(file))?.[1];
  if (!prefix || prefix === 'demo') return undefined;
  const faq = join(dirname(file), `${prefix}-faq.json`);
  if (!existsSync(faq)) throw new Error(`faq-eval: ${basename(file)} needs ${prefix}-faq.json beside it`);
  return faq;
}

/** The demo's Russian and Chinese entries answer the same topics as these English ones. */
const demoTranslations: Record<string, string> = {
  'ru-consultation': 'consultation-fee',
  'zh-consultation': 'consultation-fee',
  'ru-divorce': 'divorce-time',
  'zh-divorce': 'divorce-time',
  'ru-green-card': 'green-card-marriage',
  'zh-green-card': 'green-card-marriage',
  'ru-will': 'will-cost',
  'zh-business': 'llc',
};
const officeTopic: Record<OfficeFact, string> = {
  hours: 'hours',
  location: 'location',
  languages: 'languages',
  contact: 'book',
};

type Loaded = { site: string; topicOf: (id: string) => string[] };

async function loadDemo(storage: Storage): Promise<Loaded> {
  await seedDemoSite(storage, { port: 8787 });
  return {
    site: 'harbor-vale',
    topicOf(id) {
      const short = id.replace(/^demo-faq-/, '');
      return [demoTranslations[short] ?? short];
    },
  };
}

/** Another firm as it would set itself up: its contact details in the site, its hours and address in the bot's settings. */
async function loadOtherFirm(storage: Storage, faq: OtherFirm): Promise<Loaded> {
  const site = 'other-firm';
  await storage.ensureSite({
    id: site,
    name: faq.office.name,
    config: {
      ...demoSettings,
      name: faq.office.name,
      practiceAreas: [],
      contact: {
        ...(faq.office.phone ? { phone: faq.office.phone } : {}),
        ...(faq.office.email ? { email: faq.office.email } : {}),
        ...(faq.office.hours ? { hours: { en: faq.office.hours } } : {}),
      },
      intake: { fields: defaultIntakeFields, responseTarget: { amount: 1, unit: 'businessDay' }, minFillMs: 3000 },
    },
    allowedOrigins: [],
    disclaimer: demoDisclaimer,
  });
  const db = storage.db;
  const now = Date.now();
  const topics = new Map<string, string>();
  for (const [i, { id, topic, ...entry }] of faq.entries.entries()) {
    topics.set(id, topic);
    await db
      .insertInto('faq_entries')
      .values({ id, site, entry: JSON.stringify(entry), created_at: now + i, updated_at: now + i })
      .execute();
  }
  const settings: FaqSettings = {
    greeting: { en: 'Hello' },
    hours: { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
    handoff: { intake: true, contactPage: '/contact', phone: true, email: true },
    retentionDays: 90,
    office: { address: { en: faq.office.address }, languages: [] },
  };
  await saveFaqSettings(db, site, settings, now);
  return { site, topicOf: (id) => [topics.get(id) ?? id] };
}

type Tally = {
  topics: number;
  top1: number;
  chose: number;
  wrong: number;
  handedOff: number;
  negatives: number;
  falseAnswers: number;
  negativeChoices: number;
  advice: number;
  adviceCaught: number;
};
const emptyTally = (): Tally => ({
  topics: 0,
  top1: 0,
  chose: 0,
  wrong: 0,
  handedOff: 0,
  negatives: 0,
  falseAnswers: 0,
  negativeChoices: 0,
  advice: 0,
  adviceCaught: 0,
});

export type EvalResult = { file: string; perLanguage: Record<string, Tally>; misses: string[] };

export async function evaluateFile(file: string): Promise<EvalResult> {
  const set = JSON.parse(readFileSync(file, 'utf8')) as { questions: Question[] };
  const dir = mkdtempSync(join(tmpdir(), 'retainer-faq-eval-'));
  const storage = await openStorage({ kind: 'sqlite', file: join(dir, 'eval.db') });
  try {
    const faqFile = faqFileOf(file);
    const loaded = faqFile
      ? await loadOtherFirm(storage, JSON.parse(readFileSync(faqFile, 'utf8')))
      : await loadDemo(storage);
    const faq = await createFaqIndexCache(storage.db).get(loaded.site);
    const aboutOffice = faq.index.officeEntries;
    const topicsOf = (id: string): string[] => {
      if (!id.startsWith('office:')) return loaded.topicOf(id);
      const fact = id.slice('office:'.length) as OfficeFact;
      const stand = [...aboutOffice].filter(([, f]) => f === fact).flatMap(([entry]) => loaded.topicOf(entry));
      return [officeTopic[fact], ...stand];
    };
    const perLanguage: Record<string, Tally> = {};
    const misses: string[] = [];
    const now = Date.UTC(2026, 11, 7, 15, 0);
    for (const { q, lang, expect } of set.questions) {
      const tally = perLanguage[lang] ?? emptyTally();
      perLanguage[lang] = tally;
      const reply = answerQuestion(faq, q, lang, now);
      const ids = reply.matches.map((m) => m.entry);
      const topTopics = ids[0] ? topicsOf(ids[0]) : [];
      let note = `${lang} [${expect}] ${q} → ${reply.outcome} ${ids.map((id) => topicsOf(id)[0]).join(', ')}`;
      if (process.env.FAQ_DEBUG)
        note += `\n      terms: ${faq.index.terms(q).join(' ')}\n${faq.index
          .ranked(q)
          .slice(0, 3)
          .map(
            (h) =>
              `      ${h.id} s=${h.score.toFixed(2)} cov=${h.coverage.toFixed(2)} fit=${h.fit.toFixed(2)} top=${h.topical} unk=${h.unknownTopic} pt=${h.asksPlaceOrTime}`,
          )
          .join('\n')}`;
      if (expect === 'offtopic' || expect === 'advice') {
        tally.negatives++;
        if (reply.outcome === 'answered') tally.falseAnswers++;
        if (reply.outcome === 'choices') tally.negativeChoices++;
        if (expect === 'advice') {
          tally.advice++;
          if (reply.outcome === 'advice') tally.adviceCaught++;
        }
        if (reply.outcome === 'answered' || (expect === 'advice' && reply.outcome !== 'advice')) misses.push(note);
        continue;
      }
      tally.topics++;
      if (reply.outcome === 'answered' && topTopics.includes(expect)) tally.top1++;
      else if (reply.outcome === 'choices' && ids.some((id) => topicsOf(id).includes(expect))) {
        tally.chose++;
        misses.push(`${note} (choice)`);
      } else {
        if (reply.outcome === 'answered') tally.wrong++;
        else tally.handedOff++;
        misses.push(note);
      }
    }
    return { file, perLanguage, misses };
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatEval({ file, perLanguage }: EvalResult): string {
  const lines = [
    `\nFAQ answer quality: ${basename(file)}`,
    '  lang  top-1            +chosen choice   = answered       wrong  handed off  false answers   choices on neg.  advice recall',
  ];
  const all = emptyTally();
  const rowOf = (lang: string, t: Tally) =>
    `  ${lang.padEnd(5)} ${pct(t.top1, t.topics)} (${t.top1}/${t.topics})`.padEnd(25) +
    ` ${pct(t.chose, t.topics)} (${t.chose})`.padEnd(17) +
    ` ${pct(t.top1 + t.chose, t.topics)}`.padEnd(16) +
    ` ${String(t.wrong).padStart(4)}  ${String(t.handedOff).padStart(9)}` +
    `  ${pct(t.falseAnswers, t.negatives)} (${t.falseAnswers}/${t.negatives})`.padEnd(18) +
    `  ${String(t.negativeChoices).padStart(6)}         ` +
    ` ${pct(t.adviceCaught, t.advice)} (${t.adviceCaught}/${t.advice})`;
  for (const [lang, t] of Object.entries(perLanguage)) {
    lines.push(rowOf(lang, t));
    for (const key of Object.keys(all) as (keyof Tally)[]) all[key] += t[key];
  }
  lines.push(rowOf('all', all));
  return lines.join('\n');
}

export async function runFaqEval(files: string[], showMisses: boolean): Promise<void> {
  for (const file of files) {
    const result = await evaluateFile(file);
    console.log(formatEval(result));
    if (showMisses) for (const miss of result.misses) console.log(`    miss: ${miss}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
  await runFaqEval(files.length > 0 ? files : defaultEvalFiles, args.includes('--misses'));
}
