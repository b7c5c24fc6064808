/**
 * The bench's fast fill at 10 M events (issue 18): generated journeys written straight into the journey
 * tables in large transactions. The rows are what `recordGeneratedJourneys` writes batch by batch (the
 * same fold, upserts and return rule, journey/fill-generated.test.ts compares every table), but each
 * journey is folded here once and `journey_daily` is summed over the whole fill, so a statement carries
 * a thousand new rows instead of a few upserts, and the per-event return lookups are not run.
 *
 * @example
 *   await fillGeneratedJourneys(db, generateJourneys({ site, events: 10_000_000, end }));
 *   await sumFreshCohorts(db, site); // the summaries, as the collector's refresh sums them
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/database.ts';
import { isSqlite } from '../storage/dialect.ts';
import type { EventRow } from '../storage/tables.ts';
import { journeyDimensionColumns } from './columns.ts';
import { eventFacts, foldJourney, type JourneyFacts, type RollupKey, rollupKeyOf } from './event-facts.ts';
import {
  journeyColumns,
  journeyParameters,
  rollupParameters,
  upsertJourneys,
  upsertRollups,
} from './journey-writes.ts';

/** Rows per statement as in journey-writes.ts (24 parameters a journey, 9 a rollup); statements per transaction. */
const journeysPerStatement = 1000;
const rollupsPerStatement = 2000;
const statementsPerTransaction = 50;

/** PostgreSQL: rows per statement when each column is sent as one array (24 parameters a statement). */
const journeysPerArrayStatement = 20_000;
const textColumns = new Set<string>(['site', 'journey', ...journeyDimensionColumns]);

/**
 * PostgreSQL takes a chunk as one array per column through `unnest`: planning a thousand-row upsert cost more
 * than the rows (2.8× slower, measured at 38 k journeys). A plain insert: the site has no journeys, and a second
 * fill fails on the key instead of merging.
 */
const insertJourneyArrays = (rows: ReturnType<typeof journeyParameters>[]) =>
  sql`insert into journeys (${sql.join(journeyColumns.map((c) => sql.id(c)))}) select * from unnest(${sql.join(
    journeyColumns.map(
      (c, i) => sql`${rows.map((row) => row[i])}::${sql.raw(textColumns.has(c) ? 'text' : 'bigint')}[]`,
    ),
  )})`;

/**
 * Folds one batch's events into one row per journey. A journey's events are all in one batch (the
 * generator yields between journeys only), so each row is final. The return is ingest's rule without
 * raw events (journey-writes.ts `returnAfterCandidate`): the earliest new intake after `decide`.
 */
function foldBatch(batch: ReturnType<typeof eventFacts>[]): JourneyFacts[] {
  const journeys = new Map<string, JourneyFacts>();
  for (const { journey } of batch) {
    const known = journeys.get(journey.journey);
    if (known) foldJourney(known, journey);
    else journeys.set(journey.journey, { ...journey });
  }
  for (const { journey: event, returnCandidate } of batch) {
    if (!returnCandidate) continue;
    const row = journeys.get(event.journey) as JourneyFacts;
    const ts = event.first_seen;
    if (row.decide_at !== null && row.decide_at < ts && (row.return_at === null || row.return_at > ts)) {
      row.return_at = ts;
    }
  }
  return [...journeys.values()];
}

/**
 * Writes batches of events into `journeys` and `journey_daily` (a site with no journeys yet; every journey's
 * events in one batch, as `generateJourneys` yields them); `progress` gets the events written so far.
 */
export async function fillGeneratedJourneys(
  db: Kysely<Database>,
  batches: Iterable<readonly EventRow[]>,
  progress: (events: number) => void = () => {},
): Promise<{ events: number; journeys: number }> {
  const rollups = new Map<string, { key: RollupKey; events: number }>();
  let pending: JourneyFacts[] = [];
  let events = 0;
  let journeys = 0;
  const flush = async () => {
    const rows = pending.map(journeyParameters);
    pending = [];
    const sqlite = isSqlite(db as Kysely<unknown>);
    const perStatement = sqlite ? journeysPerStatement : journeysPerArrayStatement;
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        await (sqlite ? upsertJourneys(chunk) : insertJourneyArrays(chunk)).execute(trx);
      }
    });
    progress(events);
  };
  for (const batch of batches) {
    const facts = batch.map(eventFacts);
    for (const { rollups: keys } of facts) {
      for (const key of keys) {
        const id = rollupKeyOf(key);
        const counted = rollups.get(id);
        if (counted) counted.events += 1;
        else rollups.set(id, { key, events: 1 });
      }
    }
    const folded = foldBatch(facts);
    pending.push(...folded);
    events += batch.length;
    journeys += folded.length;
    if (pending.length >= journeysPerStatement * statementsPerTransaction) await flush();
  }
  if (pending.length > 0) await flush();
  const rollupRows = [...rollups.values()].map(({ key, events: n }) => rollupParameters(key, n));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rollupRows.length; i += rollupsPerStatement) {
      await upsertRollups(rollupRows.slice(i, i + rollupsPerStatement)).execute(trx);
    }
  });
  return { events, journeys };
}
