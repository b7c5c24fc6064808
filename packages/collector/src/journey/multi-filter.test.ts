import { journeyStages } from '@retainer/schema';
import { type JourneyMap, otherLawyer } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import type { JourneysTable } from '../storage/tables.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { refreshAllCohorts, refreshCohorts } from './cohorts.ts';
import { stageColumn } from './columns.ts';
import { generateJourneys } from './generate-journeys.ts';
import type { JourneyFilters } from './journey-filters.ts';
import { previousStage } from './stage-math.ts';

const day = 86_400_000;
const end = Date.UTC(2025, 0, 12, 15, 30);
// Partial first and last days on purpose: those are read from `journeys`, whole days from the summed tables.
const from = end - 20 * day + 5 * 3_600_000;
const to = end - 2 * day + 3 * 3_600_000;

/** Filter sets the screen's five menus make: language + device (cohorts) and the rest (`journey_combos`, issue 18). */
const filterSets: JourneyFilters[] = [
  { lang: 'en', device: 'phone' },
  { practiceArea: 'family', device: 'phone' },
  { source: 'google.com', lang: 'en' },
  { source: 'referral', device: 'desktop' },
  { lawyer: 'sofia-reyes', lang: 'en', device: 'phone' },
  { practiceArea: 'employment', lawyer: 'wei-zhang', source: 'google.com', lang: 'en' },
  { lawyer: otherLawyer, device: 'phone' },
  { lawyer: otherLawyer, practiceArea: 'business', lang: 'en' },
];

type Journey = Pick<JourneysTable, 'first_seen' | 'practice_area' | 'lawyer' | 'lang' | 'device' | 'source' | 'ref'> &
  Record<string, unknown>;

/** The map's numbers computed the plain way: filter the journeys of the range one by one, count, sort the gaps. */
function expectedMap(journeys: Journey[], filters: JourneyFilters, siteLawyers: Set<string>) {
  const matching = journeys.filter((j) => {
    if (j.first_seen < from || j.first_seen >= to) return false;
    if (filters.practiceArea !== undefined && j.practice_area !== filters.practiceArea) return false;
    if (filters.lawyer === otherLawyer) {
      if (j.lawyer === null || siteLawyers.has(j.lawyer)) return false;
    } else if (filters.lawyer !== undefined && j.lawyer !== filters.lawyer) return false;
    if (filters.lang !== undefined && j.lang !== filters.lang) return false;
    if (filters.device !== undefined && j.device !== filters.device) return false;
    return filters.source === undefined || j.source === filters.source || j.ref === filters.source;
  });
  const at = (j: Journey, stage: string) => j[stageColumn(stage as 'discover')] as number | null;
  const stages = journeyStages.map((stage) => {
    const reached = matching.filter((j) => at(j, stage) !== null).length;
    const previous = previousStage[stage];
    if (!previous) return { stage, reached, conversion: null, dropOff: null, medianMs: null };
    const both = matching.filter((j) => at(j, stage) !== null && at(j, previous) !== null);
    const reachedFrom = matching.filter((j) => at(j, previous) !== null).length;
    const gaps = both
      .map((j) => (at(j, stage) as number) - (at(j, previous) as number))
      .filter((gap) => gap >= 0)
      .sort((a, b) => a - b);
    const middle = (gaps.length - 1) / 2;
    const medianMs =
      gaps.length === 0 ? null : ((gaps[Math.floor(middle)] as number) + (gaps[Math.ceil(middle)] as number)) / 2;
    return {
      stage,
      reached,
      conversion: reachedFrom > 0 ? both.length / reachedFrom : null,
      dropOff: reachedFrom - both.length,
      medianMs,
    };
  });
  return { journeys: matching.length, stages };
}

describe.each(storageKinds)('the journey map with several filters on %s', (kind) => {
  let kit: AdminKit;
  let journeys: Journey[];
  let siteLawyers: Set<string>;

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    // The generator's lawyers include two that are not the demo site's: its "Other".
    for (const batch of generateJourneys({ site: 'harbor-vale', events: 6000, end, spanDays: 24, seed: 18 })) {
      await kit.storage.insertEvents(batch);
    }
    journeys = (await kit.db.selectFrom('journeys').selectAll().where('site', '=', 'harbor-vale').execute()).map(
      (j) => ({ ...j, first_seen: Number(j.first_seen) }),
    ) as Journey[];
    const lawyers = await kit.db.selectFrom('lawyers').select('id').where('site', '=', 'harbor-vale').execute();
    siteLawyers = new Set(lawyers.map((l) => l.id));
  }, 120_000);
  afterAll(() => kit.cleanup());

  const map = async (filters: JourneyFilters) => {
    const query = new URLSearchParams({ from: String(from), to: String(to), ...filters });
    // Parsed by the test kit with the dashboard's schema (test-support/contract.ts).
    const res = await kit.call(`/api/admin/sites/harbor-vale/journey/map?${query}`, { session: kit.admin });
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = (await res.json()) as JourneyMap;
    return {
      journeys: answer.journeys,
      stages: answer.stages.map(({ stage, reached, conversion, dropOff, medianMs }) => ({
        stage,
        reached,
        conversion,
        dropOff,
        medianMs,
      })),
      mediansEstimated: answer.mediansEstimated,
    };
  };

  it('answers every filter set exactly, before, while and after the days are summed', async () => {
    // All five filters: the values of a journey of the range that has them all (sorted, so always the same one).
    const full = journeys
      .filter((j) => j.first_seen >= from && j.first_seen < to)
      .filter((j) => j.practice_area && j.lawyer && j.source && j.lang && j.device)
      .sort((a, b) => (String(a.journey) < String(b.journey) ? -1 : 1))[0];
    expect(full).toBeDefined();
    const sets = [
      ...filterSets,
      {
        practiceArea: full?.practice_area,
        lawyer: full?.lawyer,
        source: full?.source,
        lang: full?.lang,
        device: full?.device,
      } as JourneyFilters,
    ];
    const expectAll = async () => {
      for (const filters of sets) {
        const expected = expectedMap(journeys, filters, siteLawyers);
        // Few journeys: the medians are the exact ones, and the answer says so.
        expect(await map(filters), JSON.stringify(filters)).toEqual({ ...expected, mediansEstimated: false });
      }
    };
    // The generated data must exercise every set, or the comparison proves little.
    for (const filters of sets) expect(expectedMap(journeys, filters, siteLawyers).journeys).toBeGreaterThan(0);
    await expectAll();
    // Some days through the group commit (as the collector's timer sums them on SQLite), the rest in a transaction.
    await refreshCohorts(kit.db, { limit: 9, write: (queries) => kit.storage.writeAll(queries) });
    await expectAll();
    await refreshAllCohorts(kit.db);
    expect(await kit.db.selectFrom('journey_combos').select('day').limit(1).execute()).toHaveLength(1);
    await expectAll();
  }, 120_000);

  it("lists each filter's values of the range's journeys exactly, partial first and last days included", async () => {
    const journey = (id: string, firstSeen: number, values: Partial<Journey>) => ({
      site: 'harbor-vale',
      journey: id,
      first_seen: firstSeen,
      last_seen: firstSeen,
      discover_at: firstSeen,
      ...values,
    });
    // Each on a partial day, values no other journey has: in the range (listed), or before or after it (not listed).
    await kit.db
      .insertInto('journeys')
      .values([
        journey('only-before', from - 3_600_000, {
          practice_area: 'before-range',
          lang: 'xx',
          source: 'before.example',
        }),
        journey('only-inside', from + 3_600_000, { practice_area: 'first-day', ref: 'inside.example', device: 'tv' }),
        journey('only-last', to - 3_600_000, { lang: 'yy', source: 'last-day' }),
        journey('only-after', to + 3_600_000, { practice_area: 'after-range', device: 'watch', ref: 'after.example' }),
      ])
      .execute();
    const stored = await kit.db.selectFrom('journeys').selectAll().where('site', '=', 'harbor-vale').execute();
    const inRange = stored.filter((j) => Number(j.first_seen) >= from && Number(j.first_seen) < to);
    const valuesOf = (...columns: ('practice_area' | 'lang' | 'device' | 'source' | 'ref')[]) =>
      [...new Set(inRange.flatMap((j) => columns.map((c) => j[c]).filter((v): v is string => v !== null)))].sort();
    const expected = {
      practiceArea: valuesOf('practice_area'),
      lang: valuesOf('lang'),
      device: valuesOf('device'),
      source: valuesOf('source', 'ref'),
    };
    expect(expected.practiceArea).toContain('first-day');
    expect(expected.practiceArea).not.toContain('before-range');
    const options = async () => {
      const query = new URLSearchParams({ from: String(from), to: String(to) });
      const res = await kit.call(`/api/admin/sites/harbor-vale/journey/map?${query}`, { session: kit.admin });
      const { practiceArea, lang, device, source } = ((await res.json()) as JourneyMap).options;
      return { practiceArea, lang, device, source };
    };
    // Their days changed (read from `journeys`), then summed again (the summed day's values, each looked up).
    expect(await options()).toEqual(expected);
    await refreshAllCohorts(kit.db);
    expect(await options()).toEqual(expected);
  }, 60_000);
});
