/**
 * Realistic journeys for demos and benchmarks: most visitors only see a widget, some read the
 * lawyers, fewer make contact, a third of those are retained, then service, payment, feedback
 * (with survey scores) and sometimes a return months later. Gaps run from minutes to months;
 * every journey carries dimensions. Deterministic for a seed.
 *
 * @example
 *   for (const batch of generateJourneys({ site: 'harbor-vale', events: 10_000, end: Date.now() })) {
 *     await storage.insertEvents(batch);
 *   }
 */
import type { EventRow } from '../storage/tables.ts';

export type GenerateOptions = {
  site: string;
  /** Stop after about this many events. */
  events: number;
  /** Journeys start within `spanDays` before `end`; events after `end` are not written. */
  end: number;
  spanDays?: number;
  seed?: number;
  practiceAreas?: string[];
  lawyers?: string[];
  batchSize?: number;
};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** mulberry32: small, fast, good enough for demo data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Weighted<T> = [T, number][];

const defaultAreas = [
  'family',
  'employment',
  'immigration',
  'business',
  'estate-planning',
  'personal-injury',
  'real-estate',
];
const defaultLawyers = ['eleanor-hart', 'daniel-okafor', 'sofia-reyes', 'wei-zhang', 'anna-petrova', 'james-whitfield'];

export function* generateJourneys(options: GenerateOptions): Generator<EventRow[]> {
  const { site, end, spanDays = 182, seed = 8, batchSize = 5000 } = options;
  const areas = options.practiceAreas ?? defaultAreas;
  const lawyers = options.lawyers ?? defaultLawyers;
  const rnd = random(seed);
  const chance = (p: number) => rnd() < p;
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)] as T;
  const weighted = <T>(items: Weighted<T>) => {
    let r = rnd() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) {
      r -= w;
      if (r <= 0) return item;
    }
    return items[0]![0];
  };
  /** Log-uniform between `min` and `max`: minutes to days look natural this way. */
  const gap = (min: number, max: number) =>
    Math.round(Math.exp(Math.log(min) + rnd() * (Math.log(max) - Math.log(min))));

  let batch: EventRow[] = [];
  let written = 0;
  let journeyNo = 0;
  const start = end - spanDays * day;
  const prefix = `gen${seed.toString(36)}`;

  while (written < options.events) {
    journeyNo += 1;
    const journey = `${prefix}-j-${journeyNo.toString(36).padStart(10, '0')}`;
    // More visits lately (a growing practice) and fewer at weekends.
    let t = start + Math.floor(Math.sqrt(rnd()) * spanDays * day);
    if ([0, 6].includes(new Date(t).getUTCDay()) && chance(0.4)) t -= 2 * day;
    const lang = weighted<string>([
      ['en', 70],
      ['ru', 15],
      ['zh', 15],
    ]);
    const device = weighted<string>([
      ['phone', 55],
      ['desktop', 35],
      ['tablet', 10],
    ]);
    const ref = weighted<string | null>([
      [null, 45],
      ['google.com', 35],
      ['bing.com', 5],
      ['avvo.com', 5],
      ['facebook.com', 6],
      ['linkedin.com', 4],
    ]);
    const area = chance(0.7) ? pick(areas) : null;
    const lawyer = chance(0.35) ? pick(lawyers) : null;
    let first = true;
    let eventNo = 0;
    const emit = (stage: string, type: string, props: Record<string, string | number> = {}) => {
      if (t > end) return;
      const all: Record<string, string | number> = { lang, device, ...props };
      if (first && ref) all.ref = ref;
      first = false;
      if (area && stage !== 'discover') all.practiceArea = area;
      if (lawyer && (stage === 'explore' || stage === 'contact')) all.lawyer = lawyer;
      eventNo += 1;
      batch.push({
        id: `${journey}-${eventNo.toString(36).padStart(3, '0')}`,
        site,
        journey,
        stage,
        type,
        ts: t,
        received_at: t,
        props: JSON.stringify(all),
      });
    };

    emit('discover', pick(['intake.shown', 'directory.shown', 'faq.shown']));
    if (chance(0.3)) emit('discover', pick(['intake.shown', 'directory.shown']));
    const explores = chance(0.4);
    if (explores) {
      t += gap(10_000, 30 * minute);
      emit('explore', 'directory.viewed');
      for (let i = 0; i < 3; i += 1) {
        if (!chance(0.5)) break;
        t += gap(10_000, 5 * minute);
        emit('explore', pick(['directory.filtered', 'directory.profile_opened', 'directory.contact']));
      }
    }
    const contacts = chance(explores ? 0.3 : 0.05);
    let submitted = false;
    if (contacts) {
      t += gap(minute, explores ? 3 * day : 2 * hour);
      if (chance(0.25)) {
        emit('contact', 'faq.opened');
        emit('contact', 'faq.asked');
        emit('contact', chance(0.7) ? 'faq.answered' : 'faq.unanswered');
        t += gap(minute, hour);
      }
      emit('contact', 'intake.started');
      submitted = chance(0.7);
      if (submitted) {
        t += gap(2 * minute, 40 * minute);
        const source = weighted<string>([
          ['search', 35],
          ['referral', 30],
          ['social', 10],
          ['directory', 10],
          ['event', 5],
          ['other', 10],
        ]);
        emit('contact', 'intake.submitted', { source });
      }
    }
    if (submitted && chance(0.35)) {
      t += gap(6 * hour, 14 * day);
      emit('decide', 'intake.retained');
      if (chance(0.85)) {
        t += gap(day, 21 * day);
        emit('service', 'status.lookup_succeeded');
        emit('service', 'status.timeline_viewed');
        if (chance(0.3)) emit('service', 'status.message_sent');
        for (let i = 0; i < 3 && chance(0.5); i += 1) {
          t += gap(3 * day, 30 * day);
          emit('service', 'status.lookup_succeeded');
        }
        if (chance(0.75)) {
          t += gap(7 * day, 60 * day);
          emit('payment', 'status.invoice_shown');
          if (chance(0.8)) emit('payment', 'status.pay_followed');
          if (chance(0.55)) {
            t += gap(day, 45 * day);
            emit('feedback', 'survey.invitation_opened');
            emit('feedback', 'survey.shown', { measure: 'nps' });
            const happy = rnd();
            emit('feedback', 'survey.answered', { measure: 'nps', score: Math.min(10, Math.floor(4 + happy * 7.5)) });
            if (chance(0.6))
              emit('feedback', 'survey.answered', { measure: 'csat', score: Math.min(5, 1 + Math.floor(happy * 5)) });
            if (chance(0.5))
              // CES is 1 (very difficult) … 5 (very easy): happier clients found it easier (issue 14: this made 6–7).
              emit('feedback', 'survey.answered', { measure: 'ces', score: Math.min(5, 1 + Math.floor(happy * 5)) });
            if (chance(0.3)) emit('feedback', 'survey.commented');
            if (happy > 0.8 && chance(0.4)) emit('feedback', 'survey.review_followed');
          }
        }
        if (chance(0.15)) {
          t += gap(14 * day, 120 * day);
          // Coming back for new help is a new intake; looking up the old matter is `service` (issue 14).
          if (chance(0.6)) {
            emit('contact', 'intake.started', { source: 'referral' });
            emit('contact', 'intake.submitted', { source: 'referral' });
          } else emit('service', 'status.lookup_succeeded');
        }
      }
    }
    written += eventNo;
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
