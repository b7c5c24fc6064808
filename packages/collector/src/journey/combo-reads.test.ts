/**
 * Issue 18: with no filter, one or two the map reads `journey_pairs` (one summed row a day); with more, the combinations of
 * `journey_combo_keys` that match, then each one's days as one range of `journey_combos`' key, every row once.
 * Held here to SQLite's query plans; the numbers themselves to a plain recomputation in multi-filter.test.ts and
 * rollups.property.test.ts. And 0031/0032 on a database summed before them: rows kept, combinations listed, days
 * marked to be summed again (pairs); 0033: totals and single filters summed from `journey_cohorts` as the refresh does.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otherLawyer } from '@retainer/schema/admin';
import SqliteDatabase from 'better-sqlite3';
import { type CompiledQuery, Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.ts';
import { type Connected, connect } from '../storage/dialect.ts';
import { migrateToLatest, migrations } from '../storage/migrations.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { readCohorts, refreshAllCohorts } from './cohorts.ts';
import { comboCountColumns, comboSteps, comboValueColumns } from './combo-columns.ts';
import { readGaps } from './combos.ts';
import { fillGeneratedJourneys } from './fill-generated.ts';
import { generateJourneys } from './generate-journeys.ts';
import type { JourneyFilters, Scope } from './journey-filters.ts';

const day = 86_400_000;
const end = Date.UTC(2025, 2, 20, 12);

describe('the journey reads with several filters on SQLite', () => {
  let test: TestStorage;
  let logged: Kysely<Database>;
  let statements: CompiledQuery[] = [];

  beforeAll(async () => {
    test = await openTestStorage('sqlite');
    for (const batch of generateJourneys({ site: 'harbor-vale', events: 4000, end, spanDays: 20, seed: 5 })) {
      await test.storage.insertEvents(batch);
    }
    await refreshAllCohorts(test.storage.db);
    logged = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(test.sqliteFile as string) }),
      log: (event) => {
        if (event.level === 'query') statements.push(event.query);
      },
    });
  }, 120_000);
  afterAll(async () => {
    await logged.destroy();
    await test.cleanup();
  });

  /** The statements a read of summed days ran on `table`, with their plans. */
  const plans = async (
    filters: JourneyFilters,
    table: string,
    { byDay = false, otherLawyers }: { byDay?: boolean; otherLawyers?: Scope['otherLawyers'] } = {},
  ) => {
    statements = [];
    const tally = await readCohorts(
      logged,
      { site: 'harbor-vale', from: end - 15 * day, to: end, filters, ...(otherLawyers ? { otherLawyers } : {}) },
      { byDay },
    );
    const read = [];
    for (const statement of statements.filter((s) => new RegExp(`\\b${table}\\b`).test(s.sql))) {
      const database = new SqliteDatabase(test.sqliteFile as string, { readonly: true });
      const rows = database.prepare(`explain query plan ${statement.sql}`).all(...statement.parameters) as {
        detail: string;
      }[];
      database.close();
      read.push(rows.map((row) => row.detail).join('\n'));
    }
    return { tally, read };
  };

  it('reads two filters from journey_pairs: one statement, through its key', async () => {
    const { tally, read } = await plans({ practiceArea: 'family', device: 'phone' }, 'journey_pairs');
    expect(tally.count(-1, 'journeys')).toBeGreaterThan(0);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(
      /SEARCH journey_pairs USING PRIMARY KEY \(site=\? AND pair=\? AND first=\? AND second=\? AND day>\? AND day<\?\)/,
    );
    expect((await plans({ practiceArea: 'family', device: 'phone' }, 'journey_combos')).read).toEqual([]);
  });

  it('reads no filter, one, and language + device from journey_pairs too: one row a day, through its key (0033)', async () => {
    for (const filters of [{}, { device: 'phone' }, { lawyer: 'sofia-reyes' }, { lang: 'en', device: 'phone' }]) {
      const { tally, read } = await plans(filters, 'journey_pairs');
      expect(tally.count(-1, 'journeys'), JSON.stringify(filters)).toBeGreaterThan(0);
      expect(read, JSON.stringify(filters)).toHaveLength(1);
      expect(read[0]).toMatch(
        /SEARCH journey_pairs USING PRIMARY KEY \(site=\? AND pair=\? AND first=\? AND second=\? AND day>\? AND day<\?\)/,
      );
      // `journey_cohorts` has a row per metric and time bucket: a few hundred a day at 10 M events (issue 18).
      expect((await plans(filters, 'journey_cohorts')).read, JSON.stringify(filters)).toEqual([]);
    }
    // Per day (the trends), "Other" lawyers a list of values: still the key, not the (site, day) index's every pair.
    const otherLawyers = {
      siteIds: ['eleanor-hart'],
      cohortValues: ['anna-petrova', 'james-whitfield'],
      rollupValues: [],
    };
    const { tally, read } = await plans({ lawyer: otherLawyer }, 'journey_pairs', { byDay: true, otherLawyers });
    expect(tally.entries().length).toBeGreaterThan(0);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(/SEARCH journey_pairs USING PRIMARY KEY \(site=\? AND pair=\? AND first=\? AND second=\?/);
  });

  it("reads more from the matching combinations, each one's days one range of journey_combos, in one statement", async () => {
    const filters = { source: 'google.com', lang: 'en', device: 'phone' };
    const { tally, read } = await plans(filters, 'journey_combos');
    expect(tally.count(-1, 'journeys')).toBeGreaterThan(0);
    expect(read).toHaveLength(1);
    const lines = (read[0] as string).split('\n');
    const keys = lines.findIndex((line) => /SEARCH journey_combo_keys USING PRIMARY KEY \(site=\?/.test(line));
    const combos = lines.findIndex((line) =>
      /SEARCH c USING PRIMARY KEY \(site=\? AND practice_area=\? AND lawyer=\? AND lang=\? AND device=\? AND source=\? AND ref=\? AND day>\? AND day<\?\)/.test(
        line,
      ),
    );
    expect(keys, read[0]).toBeGreaterThanOrEqual(0);
    expect(combos, read[0]).toBeGreaterThan(keys);
  });
});

describe('the gap entries of summed rows', () => {
  it('are summed per step and bucket, whatever their order and repeats', () => {
    const [a, b] = comboSteps as [string, string];
    expect([...readGaps('0:3:1,1:40:2,0:3:4,0:12:1')]).toEqual([
      [a, 3, 5],
      [b, 40, 2],
      [a, 12, 1],
    ]);
    expect([...readGaps('')]).toEqual([]);
  });
});

describe.each(storageKinds)('0031 and 0032 on a database summed before them, on %s', (kind) => {
  it('keeps the summed combinations, lists them, and marks the days to be summed again', async () => {
    await onFreshDatabase(kind, async (connected, migrator) => {
      const db = connected.db;
      const before = await migrator.migrateTo('0030-journey-cohorts-day');
      expect(before.error).toBeUndefined();
      const columns = ['site', 'day', ...comboValueColumns, ...comboCountColumns, 'gaps'];
      const row = (d: number, area: string, device: string, n: number) => ({
        site: 'harbor-vale',
        day: d * day,
        practice_area: area,
        lawyer: '',
        lang: 'en',
        device,
        source: '',
        ref: 'google.com',
        ...Object.fromEntries(comboCountColumns.map((c) => [c, n])),
        gaps: n > 1 ? '0:3:1,1:40:1' : '',
      });
      const rows = [
        row(1, 'family', 'phone', 2),
        row(1, 'family', 'desktop', 1),
        row(2, 'family', 'phone', 3),
        row(2, '', 'tablet', 1),
      ];
      for (const r of rows) {
        const values = columns.map((c) => r[c as keyof typeof r]);
        await sql`insert into journey_combos (${sql.join(columns.map((c) => sql.id(c)))}) values (${sql.join(values)})`.execute(
          db,
        );
      }
      for (const d of [1, 2]) {
        await sql`insert into journey_cohort_marks (site, day, version, refreshed) values ('harbor-vale', ${d * day}, 1, 1)`.execute(
          db,
        );
      }
      await migrateToLatest(db as Kysely<unknown>, connected.migrationSchema);
      const combos = await db
        .selectFrom('journey_combos')
        .selectAll()
        .orderBy('day')
        .orderBy('practice_area')
        .orderBy('device')
        .execute();
      const sorted = [...rows].sort(
        (a, b) => a.day - b.day || a.practice_area.localeCompare(b.practice_area) || a.device.localeCompare(b.device),
      );
      expect(
        combos.map((c) =>
          Object.fromEntries(
            Object.entries(c).map(([k, v]) => [k, k === 'gaps' || typeof v === 'string' ? v : Number(v)]),
          ),
        ),
      ).toEqual(sorted);
      const keys = await db
        .selectFrom('journey_combo_keys')
        .selectAll()
        .orderBy('practice_area')
        .orderBy('device')
        .execute();
      expect(keys.map((k) => `${k.practice_area}/${k.device}`)).toEqual(['/tablet', 'family/desktop', 'family/phone']);
      // Pairs were never summed for those days: reads take them from `journeys` until the refresh has.
      const marks = await db.selectFrom('journey_cohort_marks').select(['version', 'refreshed']).execute();
      expect(marks.map((m) => Number(m.version) > Number(m.refreshed))).toEqual([true, true]);
    });
  }, 60_000);
});

describe.each(storageKinds)('0033 on a database summed before it, on %s', (kind) => {
  it('adds each day total, single filter value and language + device as the refresh sums them', async () => {
    await onFreshDatabase(kind, async (connected, migrator) => {
      const db = connected.db;
      expect((await migrator.migrateTo('0032-journey-pairs')).error).toBeUndefined();
      await fillGeneratedJourneys(
        db,
        generateJourneys({ site: 'harbor-vale', events: 3000, end, spanDays: 6, seed: 33 }),
      );
      await refreshAllCohorts(db);
      const pairRows = async () => {
        const rows = await db.selectFrom('journey_pairs').selectAll().execute();
        // Gap entries in any order (the refresh writes them as it meets them): summed per step and bucket.
        return rows
          .map((r) => ({
            ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? v : Number(v)])),
            pair: r.pair,
            gaps: [...readGaps(r.gaps)].map((g) => g.join(':')).sort(),
          }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      };
      const summed = await pairRows();
      const singles = summed.filter((r) => !r.pair.includes('+') || r.pair === 'lang+device');
      expect(new Set(singles.map((r) => r.pair))).toEqual(
        new Set(['', 'practiceArea', 'lawyer', 'source', 'lang', 'device', 'lang+device']),
      );
      // What the summing before 0033 left: pairs only, language + device in `journey_cohorts` alone.
      await sql`delete from journey_pairs where pair not like '%+%' or pair = 'lang+device'`.execute(db);
      await migrateToLatest(db as Kysely<unknown>, connected.migrationSchema);
      expect(await pairRows()).toEqual(summed);
      const marks = await db.selectFrom('journey_cohort_marks').select(['version', 'refreshed']).execute();
      expect(marks.every((m) => Number(m.version) === Number(m.refreshed))).toBe(true);
    });
  }, 60_000);
});

/** A database of its own (a temporary SQLite file, or a PostgreSQL schema), dropped afterwards, with a migrator. */
async function onFreshDatabase(
  kind: (typeof storageKinds)[number],
  body: (connected: Connected, migrator: Migrator) => Promise<void>,
) {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const url = process.env.DATABASE_URL as string;
  const dir = mkdtempSync(join(tmpdir(), 'retainer-migration-'));
  const connected = await connect(kind === 'sqlite' ? { kind, file: join(dir, 'retainer.db') } : { kind, url, schema });
  try {
    const migrator = new Migrator({
      db: connected.db,
      provider: { getMigrations: async () => migrations },
      ...(connected.migrationSchema ? { migrationTableSchema: connected.migrationSchema } : {}),
    });
    await body(connected, migrator);
  } finally {
    await connected.close();
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
