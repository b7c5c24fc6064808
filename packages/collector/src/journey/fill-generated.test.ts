import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../storage/tables.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { refreshAllCohorts, sumFreshCohorts } from './cohorts.ts';
import { fillGeneratedJourneys } from './fill-generated.ts';
import { generateJourneys } from './generate-journeys.ts';
import { buildJourneyMap } from './journey-map.ts';
import { recordGeneratedJourneys } from './record-generated.ts';

const end = Date.UTC(2025, 5, 1, 12);
const day = 86_400_000;
const tables = [
  'journeys',
  'journey_daily',
  'journey_cohorts',
  'journey_combos',
  'journey_combo_keys',
  'journey_pairs',
] as const;

describe.each(storageKinds)("the bench's fast fill on %s", (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
  });
  afterAll(() => t.cleanup());

  it('writes every journey table and summary as ingest and the refresh do (issue 18)', async () => {
    const options = { events: 20_000, end, spanDays: 60, seed: 7, batchSize: 1000 };
    // A returning client (rare in generated data): a new intake after `decide`, one before it.
    const returning = (site: string): EventRow[] =>
      (
        [
          ['discover', 'intake.shown', 0],
          ['contact', 'intake.submitted', 1],
          ['decide', 'intake.retained', 2],
          ['contact', 'intake.submitted', 300],
          ['contact', 'intake.submitted', 200],
        ] as const
      ).map(([stage, type, hours], i) => ({
        id: `returning-${site}-${i}`,
        site,
        journey: 'returning-client',
        stage,
        type,
        ts: end - 30 * day + hours * 3_600_000,
        received_at: end,
        props: JSON.stringify({ lang: 'en', device: 'phone' }),
      }));
    const batches = (site: string) => [...generateJourneys({ ...options, site }), returning(site)];
    for (const batch of batches('batch-by-batch')) await recordGeneratedJourneys(t.storage.db, batch);
    await refreshAllCohorts(t.storage.db);
    const filled = await fillGeneratedJourneys(t.storage.db, batches('bulk'));
    expect(await sumFreshCohorts(t.storage.db, 'bulk')).toBeGreaterThan(50);
    const read = async (table: (typeof tables)[number], site: string) =>
      (await t.storage.db.selectFrom(table).selectAll().where('site', '=', site).execute())
        .map((row) => {
          const gaps = 'gaps' in row ? String(row.gaps).split(',').sort().join(',') : undefined;
          // A combination's gap entries are in the order its journeys were met: the same entries either way.
          return JSON.stringify({ ...row, site: '', ...(gaps === undefined ? {} : { gaps }) });
        })
        .sort();
    for (const table of tables) {
      const expected = await read(table, 'batch-by-batch');
      expect(expected.length).toBeGreaterThan(100);
      expect(await read(table, 'bulk'), table).toEqual(expected);
    }
    const journeys = await read('journeys', 'bulk');
    expect(filled).toEqual({ events: expect.any(Number), journeys: journeys.length });
    expect(journeys.filter((row) => JSON.parse(row).return_at !== null)).toHaveLength(1);
    // Every day summed, and the map answers alike with several filters.
    const unsummed = await t.storage.db
      .selectFrom('journey_cohort_marks')
      .select('day')
      .where('site', 'in', ['bulk', 'batch-by-batch'])
      .whereRef('version', '<>', 'refreshed')
      .execute();
    expect(unsummed).toEqual([]);
    const scope = (site: string) => ({
      site,
      from: end - 45 * day,
      to: end,
      filters: { lang: 'en', device: 'phone', source: 'google.com' },
    });
    const map = async (site: string) => ({ ...(await buildJourneyMap(t.storage.db, scope(site))), site: '' });
    expect(await map('bulk')).toEqual(await map('batch-by-batch'));
    await expect(sumFreshCohorts(t.storage.db, 'bulk')).rejects.toThrow(/summed cohorts already/);
  }, 120_000);
});
