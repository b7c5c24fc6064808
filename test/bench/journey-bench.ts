/**
 * The journey map's queries at scale: fills a fresh database with generated journeys through
 * the collector's event write path (rollups on: that is the ingest throughput printed), then
 * times the map, trend and breakdown queries (p50/p95 of repeated runs), with no filter, one and
 * several (issue 18), against DESIGN.md's budget: ≤ 150 ms p95 on SQLite and ≤ 400 ms on PostgreSQL,
 * up to 10 M events.
 *
 * @example
 *   const results = await benchJourney({ events: 1_000_000, kind: 'sqlite' });
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildJourneyBreakdown,
  buildJourneyMap,
  buildJourneyTrends,
  type Database,
  fillGeneratedJourneys,
  generateJourneys,
  openStorage,
  refreshAllCohorts,
  type Scope,
  type Storage,
  sumFreshCohorts,
  withOtherLawyers,
} from '@retainer/collector';
import { otherLawyer } from '@retainer/schema/admin';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';

export type JourneyBenchResult = {
  kind: 'sqlite' | 'postgres';
  events: number;
  journeys: number;
  ingestPerSecond: number;
  ingestSeconds: number;
  /** Summing every cohort day after the import (the collector does it in the background). */
  refreshSeconds: number;
  databaseMb: number | null;
  /** The whole size: fill, refresh and queries. */
  totalSeconds: number;
  /** The 1-minute load average when the queries started and ended (the machine is shared). */
  load: [before: number, after: number];
  queries: { name: string; p50: number; p95: number }[];
};

const day = 86_400_000;
const site = 'bench-firm';
/** The generator's default lawyers but its last two, as the bench site's own. */
const benchLawyers = ['eleanor-hart', 'daniel-okafor', 'sofia-reyes', 'wei-zhang'].map((id) => ({
  id,
  name: id,
  departed: false,
}));

async function timed(runs: number, query: () => Promise<unknown>) {
  await query(); // warm the page cache and the statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await query();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * `events`: through the collector's event write path (raw events stored, group commit). `tables`: only
 * the journey tables, folded as ingest folds them (`fillGeneratedJourneys`, large transactions), for 10 M.
 */
export type JourneyFill = 'events' | 'tables';

async function fill(storage: Storage, events: number, end: number, how: JourneyFill, log: (line: string) => void) {
  const started = performance.now();
  let logged = 0;
  // Progress each million: a 10 M run takes long, and one cut short still tells how far it got.
  const progress = (written: number) => {
    if (Math.floor(written / 1_000_000) === logged) return;
    logged = Math.floor(written / 1_000_000);
    const minutes = (performance.now() - started) / 60_000;
    log(`      ${written.toLocaleString('en')} events after ${minutes.toFixed(1)} min`);
  };
  if (how === 'tables') {
    const db = storage.db as Kysely<Database>;
    // A throwaway file: no fsync and a large page cache while it fills (the default again for the queries).
    if (storage.kind === 'sqlite') {
      await sql`pragma synchronous = off`.execute(db);
      await sql`pragma cache_size = -1000000`.execute(db);
    }
    await fillGeneratedJourneys(db, generateJourneys({ site, events, end, seed: 42 }), progress);
    if (storage.kind === 'sqlite') {
      await sql`pragma synchronous = full`.execute(db);
      await sql`pragma cache_size = -2000`.execute(db);
    }
    return (performance.now() - started) / 1000;
  }
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  for (const batch of generateJourneys({ site, events, end, seed: 42 })) {
    written += batch.length;
    progress(written);
    const write: Promise<void> = storage.insertEvents(batch).then(() => void inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= 4) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return (performance.now() - started) / 1000;
}

/** The end of the generated data (mid-afternoon, as a dashboard's "last 90 days" is: the first and last day partial). */
export const journeyBenchEnd = Date.UTC(2026, 4, 31, 15, 30);

/**
 * The timed queries, by name: no filter, one and several (issue 18), on a database the bench filled
 * (also test/bench/journey-plans.ts, which prints their query plans on a kept fill).
 */
export function journeyCases(db: Kysely<Database>, end = journeyBenchEnd): [string, () => Promise<unknown>][] {
  const scope = (days: number, filters: Scope['filters'] = {}): Scope => ({
    site,
    from: end - days * day,
    to: end,
    filters,
  });
  const hours = {
    timeZone: 'America/New_York',
    days: [1, 2, 3, 4, 5].map((d) => ({ day: d, open: '09:00', close: '17:00' })),
  };
  const trendOptions = (interval: 'day' | 'week') =>
    ({ interval, hours, target: { amount: 1, unit: 'businessDay' }, now: end }) as unknown as Parameters<
      typeof buildJourneyTrends
    >[2];
  return [
    ['map, 90 days', () => buildJourneyMap(db, scope(90))],
    ['map, 90 days + previous period', () => buildJourneyMap(db, scope(90), { compare: true })],
    ['map, 180 days, device=phone', () => buildJourneyMap(db, scope(180, { device: 'phone' }))],
    ['map, 365 days (all data)', () => buildJourneyMap(db, scope(365))],
    ['trends, 90 days by day', () => buildJourneyTrends(db, scope(90), trendOptions('day'))],
    ['trends, 365 days by week', () => buildJourneyTrends(db, scope(365), trendOptions('week'))],
    ['breakdown contact × source, 180 days', () => buildJourneyBreakdown(db, scope(180), 'contact', 'source')],
    // Issue 14: "Other" lawyers (the generator's last two are not the bench site's), the lookup of its values included.
    [
      'map, 90 days, lawyer=other',
      async () => buildJourneyMap(db, await withOtherLawyers(db, scope(90, { lawyer: otherLawyer }), benchLawyers)),
    ],
    [
      'map, 90 days, lawyer=other + device=phone',
      async () =>
        buildJourneyMap(
          db,
          await withOtherLawyers(db, scope(90, { lawyer: otherLawyer, device: 'phone' }), benchLawyers),
        ),
    ],
    [
      'map, 90 days, one lawyer + device=phone',
      () => buildJourneyMap(db, scope(90, { lawyer: 'eleanor-hart', device: 'phone' })),
    ],
    [
      'trends, 90 days by day, lawyer=other',
      async () =>
        buildJourneyTrends(
          db,
          await withOtherLawyers(db, scope(90, { lawyer: otherLawyer }), benchLawyers),
          trendOptions('day'),
        ),
    ],
    // Issue 18: several filters, as the screen's five menus combine them (journey_combos; language + device cohorts).
    ['map, 90 days, lang=en + device=phone', () => buildJourneyMap(db, scope(90, { lang: 'en', device: 'phone' }))],
    ['map, 90 days, area + device', () => buildJourneyMap(db, scope(90, { practiceArea: 'family', device: 'phone' }))],
    [
      'map, 90 days + previous, source + device',
      () => buildJourneyMap(db, scope(90, { source: 'google.com', device: 'phone' }), { compare: true }),
    ],
    [
      'map, 90 days, source + lang + device',
      () => buildJourneyMap(db, scope(90, { source: 'google.com', lang: 'en', device: 'phone' })),
    ],
    [
      'map, 180 days, area + lawyer + lang + device',
      () =>
        buildJourneyMap(
          db,
          scope(180, { practiceArea: 'family', lawyer: 'sofia-reyes', lang: 'en', device: 'desktop' }),
        ),
    ],
    [
      'map, 365 days, all five filters',
      () =>
        buildJourneyMap(
          db,
          scope(365, {
            practiceArea: 'employment',
            lawyer: 'wei-zhang',
            lang: 'en',
            device: 'phone',
            source: 'referral',
          }),
        ),
    ],
    [
      'map, 90 days, lawyer=other + lang + source',
      async () =>
        buildJourneyMap(
          db,
          await withOtherLawyers(
            db,
            scope(90, { lawyer: otherLawyer, lang: 'en', source: 'google.com' }),
            benchLawyers,
          ),
        ),
    ],
    [
      'trends, 90 days by day, source + device',
      () => buildJourneyTrends(db, scope(90, { source: 'google.com', device: 'phone' }), trendOptions('day')),
    ],
  ] satisfies [string, () => Promise<unknown>][];
}

export async function benchJourney({
  events,
  kind,
  how = 'events',
  runs = 15,
  keep,
  log = console.log,
}: {
  events: number;
  kind: 'sqlite' | 'postgres';
  how?: JourneyFill;
  runs?: number;
  /**
   * A directory to keep the filled database in and reuse it from (`--journey-keep DIR`): a 10 M fill takes
   * most of an hour, the queries a minute. The SQLite file is `DIR/journey-<events>-<fill>.db`, the PostgreSQL
   * schema `bench_keep_<events>_<fill>`; a `.done` file beside them marks a finished fill (and summing).
   */
  keep?: string;
  log?: (line: string) => void;
}): Promise<JourneyBenchResult> {
  const started = performance.now();
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'retainer-journey-bench-'));
  const file = join(dir, keep ? `journey-${events}-${how}.db` : 'bench.db');
  const schema = keep ? `bench_keep_${events}_${how}` : `bench_${randomBytes(5).toString('hex')}`;
  const done = join(dir, kind === 'sqlite' ? `journey-${events}-${how}.db.done` : `${schema}.done`);
  const reuse = keep !== undefined && existsSync(done);
  if (keep && !reuse) {
    // An unfinished earlier fill: start again from nothing.
    if (kind === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    else await dropSchema(schema);
  }
  const url = process.env.DATABASE_URL;
  if (kind === 'postgres' && !url) throw new Error('DATABASE_URL is not set');
  const storage = await openStorage(kind === 'sqlite' ? { kind, file } : { kind, url: url!, schema });
  try {
    // Mid-afternoon, as a dashboard's "last 90 days" is: the first and last day of a range are partial.
    const end = journeyBenchEnd;
    const db = storage.db as Kysely<Database>;
    let seconds = Number.NaN;
    let refreshSeconds = Number.NaN;
    if (reuse) {
      log(`    reusing the ${kind} fill kept in ${kind === 'sqlite' ? file : `schema ${schema}`} (no fill timed)`);
    } else {
      log(
        `    filling ${kind} with ${events.toLocaleString('en')} events${how === 'tables' ? ' (journey tables only)' : ''}…`,
      );
      seconds = await fill(storage, events, end, how, log);
      // What the collector's timer does in the background after an import (journey/cohort-timer.ts); after the fast
      // fill the same sums, inserted into the empty summary tables without the refresh's per-day delete.
      const refreshStarted = performance.now();
      const cohortDays = how === 'tables' ? await sumFreshCohorts(db, site) : await refreshAllCohorts(db);
      refreshSeconds = (performance.now() - refreshStarted) / 1000;
      log(`    cohorts summed: ${cohortDays} days in ${refreshSeconds.toFixed(1)} s`);
      if (keep)
        writeFileSync(
          done,
          `${new Date().toISOString()} fill ${seconds.toFixed(0)} s, sums ${refreshSeconds.toFixed(0)} s\n`,
        );
    }
    const journeys = Number(
      (
        await db
          .selectFrom('journeys')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    // Fresh statistics, as autovacuum would have them on a live database.
    if (kind === 'postgres') await sql`analyze`.execute(db);
    const cases = journeyCases(db, end);
    const queries: JourneyBenchResult['queries'] = [];
    const loadBefore = loadavg()[0] ?? 0;
    for (const [name, query] of cases) queries.push({ name, ...(await timed(runs, query)) });
    const load: [number, number] = [loadBefore, loadavg()[0] ?? 0];
    const databaseMb = kind === 'sqlite' ? statSync(file).size / 1024 / 1024 : null;
    return {
      kind,
      events,
      journeys,
      ingestPerSecond: events / seconds,
      ingestSeconds: seconds,
      refreshSeconds,
      databaseMb,
      totalSeconds: (performance.now() - started) / 1000,
      load,
      queries,
    };
  } finally {
    await storage.close();
    if (!keep) {
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') await dropSchema(schema);
    }
  }
}

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}
