import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../storage/tables.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { generateJourneys } from './generate-journeys.ts';
import { recordGeneratedJourneys } from './record-generated.ts';

const end = Date.UTC(2025, 5, 1, 12);

describe.each(storageKinds)('generated journeys written without their events on %s', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
  });
  afterAll(() => t.cleanup());

  it('fill the journey tables exactly as the event write path does, returning clients included', async () => {
    const options = { events: 15_000, end, spanDays: 60, seed: 5, batchSize: 1000 };
    for (const batch of generateJourneys({ ...options, site: 'through-events' })) await t.storage.insertEvents(batch);
    for (const batch of generateJourneys({ ...options, site: 'direct' })) {
      await recordGeneratedJourneys(t.storage.db, batch);
    }
    // A returning client (rare in generated data): a new intake after `decide`.
    const returning = (site: string): EventRow[] =>
      (
        [
          ['discover', 'intake.shown', 0],
          ['contact', 'intake.submitted', 1],
          ['decide', 'intake.retained', 2],
          ['contact', 'intake.submitted', 200],
        ] as const
      ).map(([stage, type, hours], i) => ({
        id: `returning-${site}-${i}`,
        site,
        journey: 'returning-client',
        stage,
        type,
        ts: end - 30 * 86_400_000 + hours * 3_600_000,
        received_at: end,
        props: null,
      }));
    await t.storage.insertEvents(returning('through-events'));
    await recordGeneratedJourneys(t.storage.db, returning('direct'));
    const read = async (table: 'journeys' | 'journey_daily', site: string) =>
      (await t.storage.db.selectFrom(table).selectAll().where('site', '=', site).execute())
        .map((row) => JSON.stringify({ ...row, site: '' }))
        .sort();
    for (const table of ['journeys', 'journey_daily'] as const) {
      const expected = await read(table, 'through-events');
      expect(expected.length).toBeGreaterThan(100);
      expect(await read(table, 'direct')).toEqual(expected);
    }
    const returns = await t.storage.db
      .selectFrom('journeys')
      .select('journey')
      .where('site', '=', 'direct')
      .where('return_at', 'is not', null)
      .execute();
    expect(returns.length).toBeGreaterThan(0);
  }, 60_000);
});
