/**
 * The journey map of one site and range: per stage the journeys that reached it, the
 * conversion and drop-off from the stage before, the median time between them, the
 * touchpoints and the satisfaction measured there. Reads the journey cohorts (journey/cohorts.ts)
 * and `journey_daily`, never raw events.
 *
 * @example
 *   const map = await buildJourneyMap(db, { site, from, to, filters: {} }, { compare: true });
 */
import { journeyStages } from '@retainer/schema';
import {
  type JourneyDimension,
  type JourneyLawyer,
  type JourneyMap,
  type JourneyStageName,
  otherLawyer,
  type ReturningClients,
  type Satisfaction,
  type StageSummary,
} from '@retainer/schema/admin';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/database.ts';
import {
  allDays,
  cohortValues,
  gapList,
  gapsOf,
  histogramMedian,
  metric,
  rangeJourneyCount,
  readCohorts,
  steps,
} from './cohorts.ts';
import { stageColumn } from './columns.ts';
import { engaged, journeyWhere, rollupWhere, type Scope } from './journey-filters.ts';
import { groupLawyer } from './other-lawyers.ts';
import { measureStage, median, previousStage, weakestStep } from './stage-math.ts';
import { type SurveySatisfaction, surveySatisfaction } from './survey-satisfaction.ts';

type Db = Kysely<Database>;
const num = (value: unknown) => Number(value ?? 0);

type StageCounts = {
  journeys: number;
  reached: Record<JourneyStageName, number>;
  both: Partial<Record<JourneyStageName, number>>;
  /** The medians of the forward gaps (first reach of `from` → first reach of the stage). */
  medians: Partial<Record<JourneyStageName, number | null>>;
  /** Journeys that reached `contact` and came from a referral. */
  referred: number;
  mediansEstimated: boolean;
};

/**
 * Up to this many timed steps in a range, medians are exact (the gaps read from `journeys`);
 * above, they come from the cohorts' histograms (within 4.5 %, journey/cohorts.ts).
 */
export const exactMedianLimit = 20_000;
/**
 * The exact read walks every journey of the range whatever the filters: above this many, a filtered
 * map takes its medians from the histograms too (issue 18: several filters at 10 M events).
 */
export const exactScanLimit = 250_000;

const _col = (stage: JourneyStageName) => sql.id(stageColumn(stage));

/** The cohorts (journey/cohorts.ts); medians exact when few and cheap to read, else from histograms. */
async function stageCounts(db: Db, scope: Scope): Promise<StageCounts> {
  const counts: StageCounts = {
    journeys: 0,
    reached: Object.fromEntries(journeyStages.map((s) => [s, 0])) as StageCounts['reached'],
    both: {},
    medians: {},
    referred: 0,
    mediansEstimated: false,
  };
  const tally = await readCohorts(db, scope, { byDay: false });
  counts.journeys = tally.count(allDays, metric.journeys);
  counts.referred = tally.count(allDays, metric.referred);
  for (const stage of journeyStages) counts.reached[stage] = tally.count(allDays, metric.reached(stage));
  let timed = 0;
  for (const { stage } of steps) {
    counts.both[stage] = tally.count(allDays, metric.both(stage));
    const histogram = tally.histogram(metric.gap(stage));
    for (const n of histogram.values()) timed += n;
    counts.medians[stage] = histogramMedian(histogram);
  }
  // No timed step: every median is null, exactly, with no read.
  if (timed === 0) return counts;
  if (timed <= exactMedianLimit && (await rangeJourneys(db, scope, counts.journeys)) <= exactScanLimit) {
    counts.medians = await exactMedians(db, scope);
  } else counts.mediansEstimated = true;
  return counts;
}

/** The journeys of the scope's range, filters aside: what an exact median read walks. */
async function rangeJourneys(db: Db, scope: Scope, filtered: number): Promise<number> {
  return Object.keys(scope.filters).length === 0 ? filtered : rangeJourneyCount(db, scope);
}

async function exactMedians(db: Db, scope: Scope): Promise<StageCounts['medians']> {
  const result = await sql<
    Record<string, unknown>
  >`select ${sql.join(steps.map(({ stage, from }) => gapList(stage, from)))}
    from journeys where ${journeyWhere(scope)} and ${engaged}`.execute(db);
  const row = result.rows[0] ?? {};
  return Object.fromEntries(steps.map(({ stage }) => [stage, medianOf(row[`g_${stage}`])]));
}

/** The exact median of a comma-separated list of gaps (null for none). */
export function medianOf(list: unknown): number | null {
  const gaps = gapsOf(list);
  if (gaps.length === 0) return null;
  gaps.sort();
  const mid = (gaps.length - 1) / 2;
  return median([gaps[Math.floor(mid)]!, gaps[Math.ceil(mid)]!]);
}

type RollupRow = { stage: string; type: string; measure: string; score: number; events: number };

async function rollupCounts(db: Db, scope: Scope): Promise<RollupRow[]> {
  const result = await sql<RollupRow>`select stage, type, measure, score, sum(events) as events from journey_daily
    where ${rollupWhere(scope).where} group by stage, type, measure, score`.execute(db);
  return result.rows.map((r) => ({ ...r, score: num(r.score), events: num(r.events) }));
}

async function stageSummaries(db: Db, scope: Scope) {
  const [counts, rollups, survey] = await Promise.all([
    stageCounts(db, scope),
    rollupCounts(db, scope),
    surveySatisfaction(db, scope),
  ]);
  const stages = journeyStages.map((stage): StageSummary => {
    const from = previousStage[stage];
    const touchpoints = new Map<string, number>();
    for (const row of rollups) {
      if (row.stage === stage) touchpoints.set(row.type, (touchpoints.get(row.type) ?? 0) + row.events);
    }
    const measure = (Object.keys(measureStage) as Satisfaction['measure'][]).find((m) => measureStage[m] === stage);
    const both = counts.both[stage] ?? 0;
    const reachedFrom = from ? counts.reached[from] : 0;
    return {
      stage,
      reached: counts.reached[stage],
      from,
      conversion: from && reachedFrom > 0 ? both / reachedFrom : null,
      dropOff: from ? reachedFrom - both : null,
      medianMs: counts.medians[stage] ?? null,
      touchpoints: [...touchpoints].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
      // The Survey page's answers and arithmetic (issue 14), not the journey events' own count.
      satisfaction: measure ? survey.byMeasure[measure] : null,
    };
  });
  return {
    journeys: counts.journeys,
    stages,
    referred: counts.referred,
    mediansEstimated: counts.mediansEstimated,
    satisfactionFrom: survey.from satisfies SurveySatisfaction['from'],
  };
}

async function returningClients(
  db: Db,
  scope: Scope,
  stages: StageSummary[],
  referred: number,
): Promise<ReturningClients> {
  const result = await sql<{
    n: unknown;
  }>`select count(*) as n from journeys where ${journeyWhere(scope, 'return_at')}`.execute(db);
  const returning = num(result.rows[0]?.n);
  const decided = stages.find((s) => s.stage === 'decide')?.reached ?? 0;
  const intakes = stages.find((s) => s.stage === 'contact')?.reached ?? 0;
  return {
    returning,
    decided,
    intakes,
    returningShare: intakes > 0 ? Math.min(1, returning / intakes) : null,
    referralShare: intakes > 0 ? referred / intakes : null,
  };
}

/**
 * The values each filter can take in the range, whatever the filters say (journey/cohorts.ts).
 * Lawyers: the site's in directory order, then "Other" for any value that is not one (issue 14).
 */
async function filterOptions(
  db: Db,
  scope: Scope,
  lawyers: readonly JourneyLawyer[],
): Promise<Record<JourneyDimension, string[]>> {
  const values = await cohortValues(db, scope);
  const sorted = (key: JourneyDimension) => [...(values.get(key) ?? [])].sort();
  const known = new Set(lawyers.map((l) => l.id));
  const seen = new Set([...(values.get('lawyer') ?? [])].map((v) => groupLawyer(v, known)));
  return {
    practiceArea: sorted('practiceArea'),
    lawyer: [...lawyers.map((l) => l.id), otherLawyer].filter((v) => seen.has(v)),
    lang: sorted('lang'),
    source: sorted('source'),
    device: sorted('device'),
  };
}

export async function buildJourneyMap(
  db: Db,
  scope: Scope,
  { compare = false, lawyers = [] as readonly JourneyLawyer[] } = {},
): Promise<JourneyMap> {
  const span = scope.to - scope.from;
  const previousScope: Scope = { ...scope, from: scope.from - span, to: scope.from };
  const [current, previous, options] = await Promise.all([
    stageSummaries(db, scope),
    compare ? stageSummaries(db, previousScope) : undefined,
    filterOptions(db, scope, lawyers),
  ]);
  return {
    site: scope.site,
    range: { from: scope.from, to: scope.to },
    journeys: current.journeys,
    stages: current.stages,
    weakest: weakestStep(current.stages),
    returning: await returningClients(db, scope, current.stages, current.referred),
    touchpointsBy: rollupWhere(scope).dimension as JourneyDimension | null,
    mediansEstimated: current.mediansEstimated,
    satisfactionFrom: current.satisfactionFrom,
    previous: previous
      ? {
          range: { from: previousScope.from, to: previousScope.to },
          journeys: previous.journeys,
          stages: previous.stages,
          weakest: weakestStep(previous.stages),
        }
      : null,
    options,
    lawyers: [...lawyers],
  };
}
