/**
 * Issue 18: refreshing a day deletes that day's summed rows. Without an index on (site, day), and on SQLite
 * without looking the keys up through it, each refreshed day read every summed row of the site (found measuring
 * the journey map at 10 M events).
 */
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStorage, type TestStorage } from '../test-support/test-storage.ts';
import { deleteCohortDay } from './cohorts.ts';

describe('refreshing a summed day on SQLite', () => {
  let test: TestStorage;
  beforeAll(async () => {
    test = await openTestStorage('sqlite');
  });
  afterAll(() => test.cleanup());

  it("finds the day's summed rows through the (site, day) index, not by reading the site's rows", async () => {
    const { db } = test.storage;
    const { sql: text, parameters } = deleteCohortDay(db, 'harbor-vale', 86_400_000).compile(db);
    const plan = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${text}`, [...parameters]),
    );
    const details = plan.rows.map((row) => row.detail);
    expect(details).toContainEqual(expect.stringMatching(/INDEX journey_cohorts_day \(site=\? AND day=\?\)/));
    expect(details.join('\n')).not.toMatch(/\(site=\?\)$/m);
  });

  it('deletes that day only', async () => {
    const { db } = test.storage;
    const row = (day: number, value: string) => sql`('harbor-vale', 'lang', ${value}, ${day}, 'journeys', 0, 1)`;
    await sql`insert into journey_cohorts (site, dimension, value, day, metric, bucket, journeys)
      values ${sql.join([row(0, 'en'), row(86_400_000, 'en'), row(86_400_000, 'ru'), row(172_800_000, 'ru')])}`.execute(
      db,
    );
    await deleteCohortDay(db, 'harbor-vale', 86_400_000).execute(db);
    const left = await sql<{ day: number }>`select day from journey_cohorts order by day`.execute(db);
    expect(left.rows.map((r) => Number(r.day))).toEqual([0, 172_800_000]);
  });
});
