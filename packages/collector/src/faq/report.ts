/**
 * The firm's FAQ report: what visitors asked in a period, what was answered, the unanswered questions
 * grouped by what they ask — the same topic and intent, in any language (issue 20) — most frequent first,
 * each with the entry that came closest (staff attach the wording to it as a phrasing in one click, or
 * write a new entry), and which questions led to an intake (the same journey sent one afterwards).
 * Questions are decrypted here only.
 *
 * @example
 *   const report = await faqReportFor(db, cipher, 'harbor-vale', { from, to });
 */
import type { Language } from '@retainer/schema';
import type { FaqQuestionRecord, FaqReport, FaqUnansweredGroup } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { loadSiteFaq } from './index-cache.ts';
import { decryptQuestion } from './question-store.ts';
import type { FaqIndex } from './search-index.ts';
import { normaliseQuestion } from './tokenize.ts';

const examplesShown = 5;

/** Questions asking the same thing share a key: their concepts when they have any, else their stems. */
function groupKey(index: FaqIndex, question: string): string {
  const terms = [...new Set(index.terms(question))].sort();
  const concepts = terms.filter((t) => t.startsWith('#'));
  return (concepts.length > 0 ? concepts : terms).join(' ') || normaliseQuestion(question);
}

const listed = 200;

export async function faqReportFor(
  db: Db,
  cipher: FieldCipher,
  site: string,
  { from, to }: { from: number; to: number },
): Promise<FaqReport> {
  const rows = await db
    .selectFrom('faq_questions')
    .selectAll()
    .where('site', '=', site)
    .where('asked_at', '>=', from)
    .where('asked_at', '<', to)
    .orderBy('asked_at', 'desc')
    .execute();
  const journeys = [...new Set(rows.map((r) => r.journey).filter((j): j is string => Boolean(j)))];
  const lastIntake = new Map<string, number>();
  // Chunked: an IN list has a parameter limit in both dialects.
  for (let i = 0; i < journeys.length; i += 500) {
    const found = await db
      .selectFrom('intakes')
      .select(['journey', (eb) => eb.fn.max('received_at').as('last')])
      .where('site', '=', site)
      .where('journey', 'in', journeys.slice(i, i + 500))
      .groupBy('journey')
      .execute();
    for (const row of found) if (row.journey) lastIntake.set(row.journey, Number(row.last));
  }
  const { index } = await loadSiteFaq(db, site);
  const titles = new Map(index.entries.map((e) => [e.id, e.question]));
  const groups = new Map<string, FaqUnansweredGroup>();
  const records: FaqQuestionRecord[] = [];
  let answered = 0;
  let ledToIntake = 0;
  for (const row of rows) {
    const question = decryptQuestion(cipher, row);
    const askedAt = Number(row.asked_at);
    const intakeAt = row.journey ? lastIntake.get(row.journey) : undefined;
    const led = intakeAt !== undefined && intakeAt >= askedAt;
    if (led) ledToIntake++;
    if (row.outcome === 'answered') answered++;
    if (row.outcome === 'unanswered' || row.outcome === 'choices') {
      const key = groupKey(index, question);
      const text = normaliseQuestion(question);
      const group = groups.get(key) ?? { text, count: 0, lastAskedAt: askedAt, ledToIntake: 0, examples: [] };
      group.count++;
      group.lastAskedAt = Math.max(group.lastAskedAt, askedAt);
      if (led) group.ledToIntake++;
      if (group.examples.length < examplesShown && !group.examples.some((e) => e.text === question)) {
        group.examples.push({ text: question, ...(row.lang ? { lang: row.lang as Language } : {}) });
      }
      groups.set(key, group);
    }
    if (records.length < listed) {
      const entryQuestion = row.entry_id ? titles.get(row.entry_id) : undefined;
      records.push({
        id: row.id,
        question,
        ...(row.lang ? { lang: row.lang as FaqQuestionRecord['lang'] } : {}),
        outcome: row.outcome,
        ...(row.entry_id ? { entry: row.entry_id } : {}),
        ...(entryQuestion ? { entryQuestion } : {}),
        score: Number(row.score),
        askedAt,
        ledToIntake: led,
      });
    }
  }
  return {
    from,
    to,
    asked: rows.length,
    answered,
    unanswered: rows.length - answered,
    ledToIntake,
    unansweredGroups: [...groups.values()]
      .sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt)
      .map((group) => withSuggestion(index, group)),
    questions: records,
  };
}

/** The FAQ entry closest to the group's newest wording, when any entry shares a term with it. */
function withSuggestion(index: FaqIndex, group: FaqUnansweredGroup): FaqUnansweredGroup {
  const best = index.ranked(group.examples[0]?.text ?? group.text).find((hit) => hit.entry);
  return best?.entry ? { ...group, suggestion: { entry: best.entry.id, question: best.entry.question } } : group;
}
