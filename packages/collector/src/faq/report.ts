/**
 * The firm's FAQ report: what visitors asked in a period, what was answered, the unanswered questions
 * grouped by their normalised text (most frequent first — the FAQ entries to write next), and which
 * questions led to an intake (the same journey sent one afterwards). Questions are decrypted here only.
 *
 * @example
 *   const report = await faqReportFor(db, cipher, 'harbor-vale', { from, to });
 */
import type { FaqQuestionRecord, FaqReport, FaqUnansweredGroup } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { listFaqEntries } from './entry-store.ts';
import { decryptQuestion } from './question-store.ts';
import type { FaqDb } from './tables.ts';
import { normaliseQuestion } from './tokenize.ts';

const listed = 200;

export async function faqReportFor(
  db: FaqDb,
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
  const titles = new Map((await listFaqEntries(db, site)).map((e) => [e.id, e.question]));
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
    if (row.outcome === 'unanswered') {
      const text = normaliseQuestion(question);
      const group = groups.get(text) ?? { text, count: 0, lastAskedAt: askedAt, ledToIntake: 0 };
      group.count++;
      group.lastAskedAt = Math.max(group.lastAskedAt, askedAt);
      if (led) group.ledToIntake++;
      groups.set(text, group);
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
    unansweredGroups: [...groups.values()].sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt),
    questions: records,
  };
}
