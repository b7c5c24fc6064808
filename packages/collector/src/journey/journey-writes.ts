/**
 * The journey tables' upserts, built with Kysely's `sql` so both dialects share them. The
 * SQLite writer runs the one-row forms (compiled once, positional parameters); PostgreSQL and
 * server-side events run `recordJourneyFacts` with many rows per statement.
 *
 * @example
 *   await recordJourneyFacts(trx, inserted.map(eventFacts)); // after inserting the events
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../storage/database.ts';
import { journeyDimensionColumns, returnTypes, stageColumns } from './columns.ts';
import { type EventFacts, foldJourney, type JourneyFacts, type RollupKey, rollupKeyOf } from './event-facts.ts';

type Parameter = string | number | null;

export const journeyColumns = [
  'site',
  'journey',
  'first_seen',
  'last_seen',
  ...stageColumns,
  ...journeyDimensionColumns.flatMap((c) => [c, `${c}_ts`] as const),
] as const satisfies readonly (keyof JourneyFacts)[];

export const rollupColumns = [
  'site',
  'dimension',
  'value',
  'day',
  'stage',
  'type',
  'measure',
  'score',
] as const satisfies readonly (keyof RollupKey)[];

export const journeyParameters = (facts: JourneyFacts): Parameter[] => journeyColumns.map((c) => facts[c]);
/** The rollup key, then how many events it adds. */
export const rollupParameters = (key: RollupKey, events = 1): Parameter[] => [
  ...rollupColumns.map((c) => key[c]),
  events,
];

const id = (name: string) => sql.id(name);
const earliest = (c: string) =>
  sql`${id(c)} = case when journeys.${id(c)} is null or excluded.${id(c)} < journeys.${id(c)} then coalesce(excluded.${id(c)}, journeys.${id(c)}) else journeys.${id(c)} end`;
/** A dimension takes the value of the earliest event that carried one; the smaller value on a tie. */
const dimensionWins = (c: string) =>
  sql`excluded.${id(c)} is not null and (journeys.${id(c)} is null or excluded.${id(`${c}_ts`)} < journeys.${id(`${c}_ts`)} or (excluded.${id(`${c}_ts`)} = journeys.${id(`${c}_ts`)} and excluded.${id(c)} < journeys.${id(c)}))`;

const journeyUpdates = sql.join([
  earliest('first_seen'),
  sql`last_seen = case when excluded.last_seen > journeys.last_seen then excluded.last_seen else journeys.last_seen end`,
  ...stageColumns.map(earliest),
  ...journeyDimensionColumns.flatMap((c) => [
    sql`${id(c)} = case when ${dimensionWins(c)} then excluded.${id(c)} else journeys.${id(c)} end`,
    sql`${id(`${c}_ts`)} = case when ${dimensionWins(c)} then excluded.${id(`${c}_ts`)} else journeys.${id(`${c}_ts`)} end`,
  ]),
]);

const tuples = (rows: Parameter[][]) => sql.join(rows.map((row) => sql`(${sql.join(row)})`));

export const upsertJourneys = (rows: Parameter[][]): RawBuilder<unknown> =>
  sql`insert into journeys (${sql.join(journeyColumns.map(id))}) values ${tuples(rows)}
    on conflict (site, journey) do update set ${journeyUpdates}`;

export const upsertRollups = (rows: Parameter[][]): RawBuilder<unknown> =>
  sql`insert into journey_daily (${sql.join([...rollupColumns, 'events'].map(id))}) values ${tuples(rows)}
    on conflict (${sql.join(rollupColumns.map(id))}) do update set events = journey_daily.events + excluded.events`;

/** An intake or lookup after `decide`: parameters (ts, site, journey, ts, ts). */
export const returnAfterCandidate = (ts: Parameter, site: Parameter, journey: Parameter): RawBuilder<unknown> =>
  sql`update journeys set return_at = ${ts} where site = ${site} and journey = ${journey}
    and decide_at is not null and decide_at < ${ts} and (return_at is null or return_at > ${ts})`;

/**
 * `decide` moved (or arrived): the return is the earliest intake/lookup after it, from the stored
 * events. `decide` only moves earlier, so a return already found stays one — kept even when its
 * event has since been pruned by the retention policy.
 */
export const returnAfterDecide = (site: Parameter, journey: Parameter): RawBuilder<unknown> => {
  const earliest = sql`(select min(e.ts) from events e
      where e.site = journeys.site and e.journey = journeys.journey
      and (e.stage = 'return' or (e.type in (${sql.join(returnTypes.map((type) => sql.lit(type)))}) and e.ts > journeys.decide_at)))`;
  return sql`update journeys set return_at = case
      when return_at is not null and (${earliest} is null or return_at < ${earliest}) then return_at
      else ${earliest} end
    where site = ${site} and journey = ${journey}`;
};

/** Rows per statement: 24 parameters a journey, 9 a rollup, under PostgreSQL's 65 535. */
const journeysPerStatement = 1000;
const rollupsPerStatement = 2000;

/** Adds already-inserted events (never a replay) to the journey tables, many rows per statement. */
export async function recordJourneyFacts(db: Kysely<Database>, facts: EventFacts[]): Promise<void> {
  if (facts.length === 0) return;
  const journeys = new Map<string, JourneyFacts>();
  const rollups = new Map<string, { key: RollupKey; events: number }>();
  for (const { journey, rollups: keys } of facts) {
    const key = `${journey.site}\u0000${journey.journey}`;
    const known = journeys.get(key);
    // One row per key per statement: PostgreSQL refuses to update a row twice in one upsert.
    if (known) foldJourney(known, journey);
    else journeys.set(key, { ...journey });
    for (const rollup of keys) {
      const rollupKey = rollupKeyOf(rollup);
      const counted = rollups.get(rollupKey);
      if (counted) counted.events += 1;
      else rollups.set(rollupKey, { key: rollup, events: 1 });
    }
  }
  const journeyRows = [...journeys.values()].map(journeyParameters);
  for (let i = 0; i < journeyRows.length; i += journeysPerStatement) {
    await upsertJourneys(journeyRows.slice(i, i + journeysPerStatement)).execute(db);
  }
  const rollupRows = [...rollups.values()].map(({ key, events }) => rollupParameters(key, events));
  for (let i = 0; i < rollupRows.length; i += rollupsPerStatement) {
    await upsertRollups(rollupRows.slice(i, i + rollupsPerStatement)).execute(db);
  }
  const decided = new Map<string, JourneyFacts>();
  for (const { journey, decides } of facts) {
    if (decides) decided.set(`${journey.site}\u0000${journey.journey}`, journey);
  }
  for (const journey of decided.values()) await returnAfterDecide(journey.site, journey.journey).execute(db);
  for (const { journey, returnCandidate } of facts) {
    if (returnCandidate) await returnAfterCandidate(journey.first_seen, journey.site, journey.journey).execute(db);
  }
}
