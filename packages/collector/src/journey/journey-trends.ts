/**
 * Trends of one site: per day or week, each stage's event volume, the conversion of the
 * journeys that began in the bucket, the share of intakes answered within the site's
 * response target, and NPS.
 *
 * @example
 *   await buildJourneyTrends(db, scope, { interval: 'week', hours, target, now });
 */
import { journeyStages, type ResponseTarget } from '@retainer/schema';
import type { BusinessHours, JourneyStageName, JourneyTrends } from '@retainer/schema/admin';
import { type Kysely, sql } from 'kysely';
import { dueAt } from '../business-hours/index.ts';
import type { Database } from '../storage/database.ts';
import { figuresOf } from '../survey/survey-results.ts';
import { readCohorts } from './cohorts.ts';
import { dayMs } from './event-facts.ts';
import { rollupWhere, type Scope } from './journey-filters.ts';
import { previousStage } from './stage-math.ts';
import { satisfactionShown, surveyAnswerRows } from './survey-satisfaction.ts';

const weekMs = 7 * dayMs;
/** 1970-01-05 was a Monday: weeks start on Mondays (UTC). */
const mondayOffset = 4 * dayMs;
const num = (value: unknown) => Number(value ?? 0);

export const bucketStart = (ms: number, interval: 'day' | 'week') =>
  interval === 'day'
    ? Math.floor(ms / dayMs) * dayMs
    : Math.floor((ms - mondayOffset) / weekMs) * weekMs + mondayOffset;

export type TrendOptions = { interval: 'day' | 'week'; hours: BusinessHours; target: ResponseTarget; now: number };

/** At most this many buckets: a year of days. */
export const maxBuckets = 400;

export async function buildJourneyTrends(
  db: Kysely<Database>,
  scope: Scope,
  { interval, hours, target, now }: TrendOptions,
): Promise<JourneyTrends> {
  const step = interval === 'day' ? dayMs : weekMs;
  const first = bucketStart(scope.from, interval);
  const x: number[] = [];
  for (let t = first; t < scope.to && x.length < maxBuckets; t += step) x.push(t);
  const index = (ms: number) => Math.floor((bucketStart(ms, interval) - first) / step);
  const blank = <T>(value: T) => x.map(() => value);

  const volumes = Object.fromEntries(journeyStages.map((s) => [s, blank(0)])) as Record<JourneyStageName, number[]>;
  const rollups = await sql<{ day: unknown; stage: string; measure: string; score: unknown; events: unknown }>`
    select day, stage, measure, score, sum(events) as events from journey_daily where ${rollupWhere(scope).where}
    group by day, stage, measure, score`.execute(db);
  for (const row of rollups.rows) {
    const i = index(num(row.day));
    if (i < 0 || i >= x.length) continue;
    const stage = row.stage as JourneyStageName;
    if (volumes[stage]) volumes[stage][i]! += num(row.events);
  }

  const reached = journeyStages.map(() => blank(0));
  const both = journeyStages.map(() => blank(0));
  const tally = await readCohorts(db, scope, { byDay: true, gaps: false });
  for (const [day, name, , n] of tally.entries()) {
    const i = index(day);
    const [kind, stage] = name.split('.');
    const s = journeyStages.indexOf(stage as JourneyStageName);
    if (i < 0 || i >= x.length || s < 0) continue;
    if (kind === 'reached') reached[s]![i]! += n;
    else if (kind === 'both') both[s]![i]! += n;
  }
  const conversions = Object.fromEntries(
    journeyStages.map((stage, s) => {
      const from = previousStage[stage];
      const f = from ? journeyStages.indexOf(from) : -1;
      return [stage, x.map((_, i) => (f >= 0 && reached[f]![i]! > 0 ? both[s]![i]! / reached[f]![i]! : null))];
    }),
  ) as Record<JourneyStageName, (number | null)[]>;

  return {
    site: scope.site,
    range: { from: scope.from, to: scope.to },
    interval,
    x,
    volumes,
    conversions,
    responseCompliance: await responseCompliance(db, scope, { hours, target, now }, x.length, index),
    nps: await npsTrend(db, scope, x.length, index),
  };
}

/** NPS per bucket from the Survey page's answers and arithmetic, as the map (issue 14); null where not narrowable. */
async function npsTrend(db: Kysely<Database>, scope: Scope, buckets: number, index: (ms: number) => number) {
  if (!satisfactionShown(scope)) return Array.from({ length: buckets }, () => null);
  const rows = await surveyAnswerRows(db, scope);
  return Array.from(
    { length: buckets },
    (_, i) => figuresOf(rows.filter((r) => index(r.answered_at!) === i)).nps.score,
  );
}

/** Intakes first contacted by their due time, of those answered or already past due. */
async function responseCompliance(
  db: Kysely<Database>,
  scope: Scope,
  { hours, target, now }: Omit<TrendOptions, 'interval'>,
  buckets: number,
  index: (ms: number) => number,
): Promise<(number | null)[]> {
  const rows = await sql<{ received_at: unknown; first_contact_at: unknown }>`
    select received_at, first_contact_at from intakes
    where site = ${scope.site} and received_at >= ${scope.from} and received_at < ${scope.to}`.execute(db);
  const met = new Array<number>(buckets).fill(0);
  const counted = new Array<number>(buckets).fill(0);
  for (const row of rows.rows) {
    const receivedAt = num(row.received_at);
    const i = index(receivedAt);
    if (i < 0 || i >= buckets) continue;
    const due = dueAt(hours, target, receivedAt);
    const contacted = row.first_contact_at === null ? null : num(row.first_contact_at);
    if (contacted === null && due > now) continue; // still within its target: not yet a yes or a no
    counted[i]! += 1;
    if (contacted !== null && contacted <= due) met[i]! += 1;
  }
  return counted.map((n, i) => (n > 0 ? met[i]! / n : null));
}
