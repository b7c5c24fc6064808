import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../storage/tables.ts';
import { recordEvents } from '../storage/write-queries.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { journeyDimensionColumns, returnTypes, stageColumns } from './columns.ts';
import { eventFacts, foldJourney, type JourneyFacts, rollupKeyOf } from './event-facts.ts';

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
const ingest = fc.array(fc.record({ server: fc.boolean(), events: fc.array(event, { minLength: 1, maxLength: 12 }) }), {
  minLength: 1,
  maxLength: 8,
});

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
      fc.asyncProperty(ingest, async (batches) => {
        const db = t.storage.db;
        for (const table of ['events', 'journeys', 'journey_daily'] as const) await db.deleteFrom(table).execute();
        for (const batch of batches) {
          const rows = batch.events.map(sample);
          // Some go the way server-side events do (inside another transaction), the rest through the group commit.
          if (batch.server) await db.transaction().execute((trx) => recordEvents(trx, rows));
          else await Promise.all([t.storage.insertEvents(rows.slice(0, 6)), t.storage.insertEvents(rows.slice(6))]);
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
      }),
      { numRuns: kind === 'sqlite' ? 40 : 20 },
    );
  }, 120_000);
});
