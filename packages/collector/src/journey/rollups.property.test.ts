import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../storage/tables.ts';
import { recordEvents } from '../storage/write-queries.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { cohortItems, cohortKeys, dayOf, readCohorts, refreshAllCohorts, refreshCohorts } from './cohorts.ts';
import { journeyDimensionColumns, returnTypes, stageColumns } from './columns.ts';
import { eventFacts, foldJourney, type JourneyFacts, rollupKeyOf } from './event-facts.ts';
import { breakdownCounts } from './journey-breakdown.ts';
import type { JourneyFilters, Scope } from './journey-filters.ts';

const stages = ['discover', 'explore', 'contact', 'decide', 'service', 'payment', 'feedback', 'return'] as const;
const types = [
  'intake.shown',
  'intake.submitted',
  'status.lookup_succeeded',
  'intake.retained',
  'survey.answered',
  'faq.opened',
];
const base = Date.UTC(2025, 2, 1);

const props = fc.record(
  {
    device: fc.constantFrom('phone', 'tablet', 'desktop', 'watch'),
    lang: fc.constantFrom('en', 'ru', 'zh'),
    practiceArea: fc.constantFrom('family', 'employment'),
    lawyer: fc.constantFrom('ann', 'bo'),
    source: fc.constantFrom('referral', 'search'),
    ref: fc.constantFrom('google.com', 'bing.com'),
    measure: fc.constantFrom('nps', 'csat', 'ces', 'other'),
    score: fc.integer({ min: -1, max: 11 }),
  },
  { requiredKeys: [] },
);

const event = fc.record({
  n: fc.integer({ min: 0, max: 39 }),
  journey: fc.integer({ min: 0, max: 4 }),
  stage: fc.constantFrom(...stages),
  type: fc.constantFrom(...types),
  // Hours over ten days, ties on purpose.
  ts: fc.integer({ min: 0, max: 240 }).map((hours) => base + hours * 3_600_000),
  props: fc.option(props, { nil: undefined }),
});

/** Batches of events; the small id space repeats ids inside and across batches (replays). */
const ingest = fc.array(
  fc.record({
    server: fc.boolean(),
    events: fc.array(event, { minLength: 1, maxLength: 12 }),
    // How many changed cohort days are summed after the batch (0: none), as the collector's timer would.
    refresh: fc.integer({ min: 0, max: 3 }),
  }),
  { minLength: 1, maxLength: 8 },
);

const filterValues = {
  device: fc.constantFrom('phone', 'watch'),
  lang: fc.constantFrom('ru', 'en'),
  practiceArea: fc.constant('family'),
  lawyer: fc.constant('bo'),
  source: fc.constantFrom('referral', 'google.com'),
};

/**
 * A range in hours over the ten days (partial days on purpose) and any set of filters: none, one
 * (`journey_cohorts`), language + device (summed there too) or several (`journey_combos`, issue 18).
 */
const scopes = fc.array(
  fc.record({
    from: fc.integer({ min: -30, max: 240 }),
    span: fc.integer({ min: 1, max: 300 }),
    filters: fc.record(filterValues, { requiredKeys: [] }) as fc.Arbitrary<JourneyFilters>,
  }),
  { minLength: 1, maxLength: 4 },
);

/** Whether a journey matches every filter: straight from its columns (`source`: the category or the referrer). */
function matches(journey: JourneyFacts, filters: JourneyFilters) {
  const { practiceArea, lawyer, lang, device, source } = filters;
  if (practiceArea !== undefined && journey.practice_area !== practiceArea) return false;
  if (lawyer !== undefined && journey.lawyer !== lawyer) return false;
  if (lang !== undefined && journey.lang !== lang) return false;
  if (device !== undefined && journey.device !== device) return false;
  return source === undefined || journey.source === source || journey.ref === source;
}

/** What a journey of the scope adds, per cohort day: the cohorts' own arithmetic over recomputed journeys. */
function expectedTally(journeys: Iterable<JourneyFacts>, scope: Scope) {
  const tally = new Map<string, number>();
  for (const journey of journeys) {
    if (journey.first_seen < scope.from || journey.first_seen >= scope.to) continue;
    if (!matches(journey, scope.filters)) continue;
    for (const [name, bucket] of cohortItems(journey)) {
      const k = `${dayOf(journey.first_seen)}|${name}|${bucket}`;
      tally.set(k, (tally.get(k) ?? 0) + 1);
    }
  }
  return tally;
}

function sample(e: {
  n: number;
  journey: number;
  stage: string;
  type: string;
  ts: number;
  props: object | undefined;
}): EventRow {
  return {
    id: `property-event-${String(e.n).padStart(4, '0')}`,
    site: 'harbor-vale',
    journey: `property-journey-${e.journey}`,
    stage: e.stage,
    type: e.type,
    ts: e.ts,
    received_at: base,
    props: e.props && Object.keys(e.props).length > 0 ? JSON.stringify(e.props) : null,
  };
}

/** What the tables must hold, recomputed from the stored raw events alone. */
function recompute(events: EventRow[]) {
  const journeys = new Map<string, JourneyFacts>();
  const rollups = new Map<string, number>();
  for (const row of events) {
    const facts = eventFacts(row);
    const known = journeys.get(row.journey);
    journeys.set(row.journey, known ? foldJourney(known, facts.journey) : facts.journey);
    for (const rollup of facts.rollups) {
      const key = rollupKeyOf(rollup);
      rollups.set(key, (rollups.get(key) ?? 0) + 1);
    }
  }
  for (const journey of journeys.values()) {
    const decide = journey.decide_at;
    const returns = events
      .filter((e) => e.journey === journey.journey)
      .filter(
        (e) =>
          e.stage === 'return' ||
          (decide !== null && (returnTypes as readonly string[]).includes(e.type) && e.ts > decide),
      )
      .map((e) => e.ts);
    journey.return_at = returns.length > 0 ? Math.min(...returns) : null;
  }
  return { journeys, rollups };
}

const journeyColumns = [
  'site',
  'journey',
  'first_seen',
  'last_seen',
  ...stageColumns,
  ...journeyDimensionColumns.flatMap((c) => [c, `${c}_ts`]),
];

describe.each(storageKinds)('journey tables on %s', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
  });
  afterAll(() => t.cleanup());

  it('equal a full recomputation from raw events after any ingest, replays included', async () => {
    await fc.assert(
      fc.asyncProperty(ingest, scopes, fc.boolean(), async (batches, ranges, refreshAll) => {
        const db = t.storage.db;
        const tables = [
          'events',
          'journeys',
          'journey_daily',
          'journey_cohorts',
          'journey_cohort_marks',
          'journey_combos',
          'journey_combo_keys',
          'journey_pairs',
        ] as const;
        for (const table of tables) await db.deleteFrom(table).execute();
        for (const batch of batches) {
          const rows = batch.events.map(sample);
          // Some go the way server-side events do (inside another transaction), the rest through the group commit.
          if (batch.server) await db.transaction().execute((trx) => recordEvents(trx, rows));
          else await Promise.all([t.storage.insertEvents(rows.slice(0, 6)), t.storage.insertEvents(rows.slice(6))]);
          if (batch.refresh > 0) await refreshCohorts(db, { limit: batch.refresh });
        }
        const stored = (await db.selectFrom('events').selectAll().execute()) as EventRow[];
        const expected = recompute(stored);
        const journeys = await db.selectFrom('journeys').selectAll().orderBy('journey').execute();
        expect(journeys.map((j) => Object.fromEntries(journeyColumns.map((c) => [c, j[c as keyof typeof j]])))).toEqual(
          [...expected.journeys.values()]
            .sort((a, b) => (a.journey < b.journey ? -1 : 1))
            .map((j) => Object.fromEntries(journeyColumns.map((c) => [c, j[c as keyof JourneyFacts]]))),
        );
        const rollups = await db.selectFrom('journey_daily').selectAll().execute();
        expect(
          new Map(
            rollups.map((r) => [rollupKeyOf({ ...r, day: Number(r.day), score: Number(r.score) }), Number(r.events)]),
          ),
        ).toEqual(expected.rollups);

        // Cohorts: summed days hold exactly the recomputed sums, and any range reads exactly (summed or not).
        if (refreshAll) await refreshAllCohorts(db);
        const summedDays = new Set(
          (await db.selectFrom('journey_cohort_marks').selectAll().execute())
            .filter((m) => Number(m.version) === Number(m.refreshed))
            .map((m) => Number(m.day)),
        );
        const expectedRows = new Map<string, number>();
        for (const journey of expected.journeys.values()) {
          const day = dayOf(journey.first_seen);
          if (!summedDays.has(day)) continue;
          for (const [name, bucket] of cohortItems(journey)) {
            for (const [dimension, value] of cohortKeys(journey)) {
              const k = `${day}|${dimension}|${value}|${name}|${bucket}`;
              expectedRows.set(k, (expectedRows.get(k) ?? 0) + 1);
            }
          }
        }
        const cohortRows = await db.selectFrom('journey_cohorts').selectAll().execute();
        expect(
          new Map(
            cohortRows
              .filter((r) => summedDays.has(Number(r.day)))
              .map((r) => [
                `${Number(r.day)}|${r.dimension}|${r.value}|${r.metric}|${Number(r.bucket)}`,
                Number(r.journeys),
              ]),
          ),
        ).toEqual(expectedRows);
        for (const range of ranges) {
          const scope: Scope = {
            site: 'harbor-vale',
            from: base + range.from * 3_600_000,
            to: base + (range.from + range.span) * 3_600_000,
            filters: range.filters,
          };
          const tally = await readCohorts(db, scope, { byDay: true });
          const read = new Map(
            tally
              .entries()
              .filter(([, , , n]) => n !== 0)
              .map(([d, m, b, n]) => [`${d}|${m}|${b}`, n]),
          );
          expect(read).toEqual(expectedTally(expected.journeys.values(), scope));
          if (Object.keys(range.filters).length > 0) continue;
          // Breakdowns read from the cohorts give what grouping the journeys gives.
          for (const stage of ['discover', 'contact'] as const) {
            for (const dimension of ['practiceArea', 'lawyer', 'lang', 'device', 'source'] as const) {
              const sort = (rows: [string, number][]) =>
                rows.filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1));
              expect(sort(await breakdownCounts(db, scope, stage, dimension))).toEqual(
                sort(await breakdownCounts(db, scope, stage, dimension, { scan: true })),
              );
            }
          }
        }
      }),
      { numRuns: kind === 'sqlite' ? 40 : 20 },
    );
  }, 120_000);
});
