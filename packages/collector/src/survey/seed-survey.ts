/**
 * The demo's survey history: ~240 invitations over the last six months across the demo lawyers
 * and their practice areas, ~200 answered (some with comments, a few in Russian and Chinese),
 * detractors followed up (the recent ones still open), so the dashboard has real-looking numbers
 * on first start. Once per database; deterministic, so every fresh demo looks the same.
 *
 * @example
 *   await seedDemoSurvey(storage, cipher, 'harbor-vale', 8787);
 */
import { randomUUID } from 'node:crypto';
import { measureOfMoment, needsFollowUp, type SurveyMeasure, type SurveyMoment, surveyScales } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Storage } from '../storage/open-storage.ts';
import { newInvitationRow } from './issue-invitation.ts';
import { saveSurveySettings } from './survey-settings-store.ts';
import type { SurveyInvitationRow } from './tables.ts';

const day = 24 * 60 * 60 * 1000;

export const demoReviewLinks = [
  { label: 'Google', url: 'https://www.google.com/search?q=Harbor+%26+Vale+LLP+reviews' },
  { label: 'Avvo', url: 'https://www.avvo.com/' },
];

const names = [
  'Ann Lee',
  'Marcus Bell',
  'Priya Natarajan',
  'Tom Okafor',
  'Elena Sokolova',
  'Wei Zhang',
  'Grace Kim',
  'Daniel Ruiz',
  'Olivia Brooks',
  'Sam Patel',
  'Irina Volkova',
  'Li Na',
  'Jorge Alvarez',
  'Hannah Cohen',
  'Kevin Murphy',
  'Aisha Rahman',
  'Peter Novak',
  'Chen Jie',
  'Laura Fischer',
  'Ben Carter',
];

const comments = {
  positive: [
    'Clear advice and quick answers every time.',
    'They explained every step in plain words.',
    'Our lawyer always called back the same day.',
    'Fair fees, and no surprises on the invoice.',
    'I felt heard from the first meeting.',
    'Очень внимательный юрист, всё объяснили понятно.',
    '律师非常专业，沟通及时。',
  ],
  neutral: [
    'Good result, but it took longer than we were told.',
    'Helpful, though I had to chase for updates.',
    'Fine overall; the portal was confusing.',
  ],
  negative: [
    'Nobody told me the hearing had moved.',
    'I waited a week for a reply to a simple question.',
    'The bill was higher than the estimate and no one explained why.',
    'Hard to reach anyone by phone.',
    'Долго ждал ответа на простой вопрос.',
    '很难联系到负责的律师。',
  ],
};

const notes = [
  'Called the client, apologised, explained the delay; client satisfied.',
  'Reviewed the invoice with the client and credited one hour.',
  'Partner met the client; set up weekly status emails.',
];

/** A small deterministic PRNG (mulberry32): the same demo on every fresh install. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scoreFor(moment: SurveyMoment, r: number, trend: number): number {
  // Later months are a little better: the firm acted on its follow-ups.
  const x = Math.min(0.999, r * (0.9 + 0.2 * trend));
  if (measureOfMoment[moment] === 'nps') {
    if (x < 0.17) return Math.floor(x * 35); // 0–5
    if (x < 0.22) return 6;
    if (x < 0.45) return x < 0.32 ? 7 : 8;
    return x < 0.72 ? 9 : 10;
  }
  if (x < 0.1) return x < 0.04 ? 1 : 2;
  if (x < 0.25) return 3;
  return x < 0.6 ? 4 : 5;
}

/** The lawyer's 1–5 rating follows the answer's place on its own scale (CSAT 5 is as happy as NPS 10). */
function lawyerScoreFor(measure: SurveyMeasure, score: number, r: number): number {
  const { min, max } = surveyScales[measure];
  return Math.max(1, Math.min(5, Math.round(1 + ((score - min) / (max - min)) * 4 + r - 0.5)));
}

export async function seedDemoSurvey(
  storage: Storage,
  cipher: FieldCipher,
  site: string,
  port: number,
  now = Date.now(),
) {
  const claim = randomUUID();
  if ((await storage.claimMeta('seed:demo-survey', claim)) !== claim) return false;
  const db = storage.db;
  await saveSurveySettings(db, site, { reviewLinks: demoReviewLinks }, now);
  const lawyers = (
    await db
      .selectFrom('lawyers')
      .select(['id', 'profile'])
      .where('site', '=', site)
      .where('status', '=', 'active')
      .orderBy('position')
      .execute()
  ).map((row) => ({
    id: row.id,
    practiceAreas: (JSON.parse(row.profile) as { practiceAreas: string[] }).practiceAreas,
  }));
  const next = random(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const page = `http://localhost:${port}/demo/feedback.html`;
  const rows: SurveyInvitationRow[] = [];
  const total = 240;
  for (let i = 0; i < total; i++) {
    const age = Math.floor((1 - i / total) * 182 * day) + Math.floor(next() * day);
    const createdAt = now - age;
    const r = next();
    const moment: SurveyMoment = r < 0.5 ? 'end' : r < 0.75 ? 'mid-matter' : 'first-contact';
    const lawyer = lawyers.length > 0 ? pick(lawyers) : undefined;
    const practiceArea = lawyer?.practiceAreas[0];
    const lang = next() < 0.08 ? 'ru' : next() < 0.06 ? 'zh' : 'en';
    const { id, row } = newInvitationRow({
      cipher,
      site,
      moment,
      clientName: pick(names),
      lawyer: lawyer?.id,
      practiceArea,
      lang,
      page,
      now: createdAt,
    });
    // The newest few are still waiting; ~1 in 8 older ones never answered.
    const answered = age > 2 * day && next() > 0.13;
    const opened = answered || next() < 0.5;
    rows.push(row);
    if (!opened) continue;
    const openedAt = createdAt + Math.floor(next() * 2 * day);
    row.opened_at = openedAt;
    if (!answered) continue;
    const measure = measureOfMoment[moment];
    const score = scoreFor(moment, next(), i / total);
    const group = needsFollowUp(measure, score)
      ? 'negative'
      : (measure === 'nps' ? score >= 9 : score >= 4)
        ? 'positive'
        : 'neutral';
    const answeredAt = Math.min(now - day, openedAt + Math.floor(next() * day));
    const comment = next() < (group === 'negative' ? 0.8 : 0.35) ? pick(comments[group]) : undefined;
    const followUp = needsFollowUp(measure, score);
    // Follow-ups older than six weeks are done; the recent ones wait in the queue.
    const closed = followUp && now - answeredAt > 45 * day;
    Object.assign(row, {
      answered_at: answeredAt,
      score,
      lawyer_score: lawyer && next() < 0.6 ? lawyerScoreFor(measure, score, next()) : null,
      comment: comment ? cipher.encrypt(comment, { site, id, field: 'comment' }) : null,
      request_hash: 'seed',
      response: null,
      follow_up: followUp ? (closed ? 'closed' : 'open') : null,
      follow_up_note: closed ? cipher.encrypt(pick(notes), { site, id, field: 'followUpNote' }) : null,
      closed_at: closed ? answeredAt + Math.floor((1 + next() * 4) * day) : null,
    });
  }
  // A few multi-row inserts: seeding runs at start-up, before the first admin is created.
  for (let i = 0; i < rows.length; i += 40) {
    await db
      .insertInto('survey_invitations')
      .values(rows.slice(i, i + 40))
      .execute();
  }
  return true;
}
