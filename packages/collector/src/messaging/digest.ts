/**
 * The weekly digest (issue 15): Monday 9:00 in each site's time zone, to each member who opted in
 * (`digest.weekly` in their notification preferences). Last week in numbers only — new intakes, median
 * first response in business hours and the share within target (the inbox's own clock and stats),
 * conversion at each journey stage and the weakest step (the journey map), NPS (the survey's arithmetic) —
 * and a link to the map. No names, no text.
 *
 * @example
 *   await sendWeeklyDigests(db, outbox, Date.now()); // writes nothing outside Monday 9:00–next Monday
 */
import type { ResponseTarget } from '@retainer/schema';
import { inboxStats, localDateOf, responseClock, zonedInstant } from '../business-hours/index.ts';
import { buildJourneyMap } from '../journey/journey-map.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { businessHoursOf } from '../site-admin/site-mapping.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';
import { figuresOf } from '../survey/survey-results.ts';
import { queueStaffAlert } from './staff-alerts.ts';

const dayMs = 24 * 3_600_000;
/** 9:00 local, in minutes after midnight. */
export const digestMinutes = 9 * 60;

type LocalDate = { year: number; month: number; day: number };

const addDays = (date: LocalDate, days: number): LocalDate => {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const iso = (date: LocalDate) =>
  `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** This week's Monday (local) and last week's bounds, in the site's zone. */
export function digestWeek(timeZone: string, now: number) {
  const today = localDateOf(timeZone, now);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  const monday = addDays(today, -((weekday + 6) % 7));
  const lastMonday = addDays(monday, -7);
  return {
    sendAt: zonedInstant(timeZone, monday, digestMinutes),
    from: zonedInstant(timeZone, lastMonday, 0),
    to: zonedInstant(timeZone, monday, 0),
    week: iso(lastMonday),
  };
}

export type DigestFigures = {
  week: string;
  from: number;
  to: number;
  newIntakes: number;
  medianFirstResponseMs: number | null;
  withinTargetShare: number | null;
  stages: { stage: string; conversion: number | null }[];
  weakest: { from: string; stage: string; conversion: number } | null;
  nps: number | null;
  npsResponses: number;
};

/** Last week's numbers for one site, from the inbox clock, the journey map and the survey arithmetic. */
export async function digestFigures(db: Db, site: string, now: number): Promise<DigestFigures | undefined> {
  const siteRow = await db
    .selectFrom('sites')
    .select(['config', 'business_hours'])
    .where('id', '=', site)
    .executeTakeFirst();
  if (!siteRow) return undefined;
  const hours = businessHoursOf({ business_hours: siteRow.business_hours });
  const target: ResponseTarget = (JSON.parse(siteRow.config) as SiteSettings).intake.responseTarget;
  const { from, to, week } = digestWeek(hours.timeZone, now);
  const intakes = await db
    .selectFrom('intakes')
    .select(['received_at', 'first_contact_at'])
    .where('site', '=', site)
    .where('state', '!=', 'spam')
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .execute();
  const clocks = intakes.map((row) =>
    responseClock({
      hours,
      target,
      receivedAt: Number(row.received_at),
      firstContactAt: row.first_contact_at === null ? null : Number(row.first_contact_at),
      now,
    }),
  );
  const stats = inboxStats(clocks, []);
  const map = await buildJourneyMap(db, { site, from, to, filters: {} });
  const answers = await db
    .selectFrom('survey_invitations')
    .select(['measure', 'score', 'created_at', 'answered_at', 'practice_area', 'lawyer'])
    .where('site', '=', site)
    .where('answered_at', '>=', from)
    .where('answered_at', '<', to)
    .execute();
  const nps = figuresOf(answers).nps;
  return {
    week,
    from,
    to,
    newIntakes: stats.received,
    medianFirstResponseMs: stats.medianFirstResponseBusinessMs,
    withinTargetShare: stats.answeredWithinTargetShare,
    stages: map.stages.filter((s) => s.from !== null).map((s) => ({ stage: s.stage, conversion: s.conversion })),
    weakest: map.weakest
      ? { from: map.weakest.from, stage: map.weakest.stage, conversion: map.weakest.conversion }
      : null,
    nps: nps.score,
    npsResponses: nps.total,
  };
}

/** Queues the digest of every site whose Monday 9:00 has come this week; returns how many were written. */
export async function sendWeeklyDigests(db: Db, outbox: Outbox, now: number): Promise<number> {
  const sites = await db
    .selectFrom('sites')
    .select(['id', 'business_hours'])
    .where('firm_id', 'is not', null)
    .execute();
  let written = 0;
  for (const site of sites) {
    const { timeZone } = businessHoursOf({ business_hours: site.business_hours });
    const { sendAt, week } = digestWeek(timeZone, now);
    if (now < sendAt || now >= sendAt + dayMs) continue;
    // Computed once a week per site, not every minute of Monday: skip once this week's went out.
    const done = await db
      .selectFrom('outbox')
      .select('id')
      .where('site', '=', site.id)
      .where('dedupe_key', 'like', `digest:${week}:%`)
      .executeTakeFirst();
    if (done) continue;
    const figures = await digestFigures(db, site.id, now);
    if (!figures) continue;
    written += await db.transaction().execute((trx) =>
      queueStaffAlert(outbox, trx, {
        site: site.id,
        event: 'digest.weekly',
        template: 'weekly-digest',
        data: {
          ...figures,
          path: `/dashboard/?site=${encodeURIComponent(site.id)}&from=${figures.from}&to=${figures.to}`,
        },
        dedupeKey: `digest:${week}`,
      }),
    );
  }
  return written;
}
