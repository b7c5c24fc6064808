import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketMiddle, cohortItems, cohortKeys, gapBucket, histogramMedian } from './cohorts.ts';
import { readGaps, sumCombos } from './combos.ts';
import { medianOf } from './journey-map.ts';

const h = 3_600_000;
const journey = {
  site: 'harbor-vale',
  first_seen: 0,
  discover_at: 0,
  explore_at: h,
  contact_at: 3 * h,
  decide_at: null,
  service_at: null,
  payment_at: null,
  feedback_at: null,
  return_at: null,
  practice_area: 'family',
  lawyer: null,
  lang: 'en',
  device: 'phone',
  source: 'referral',
  ref: 'google.com',
};

describe('journey cohorts', () => {
  it('count a journey in total, once per filter value it has (source: category and referrer) and by origin', () => {
    expect(cohortKeys(journey)).toEqual([
      ['', ''],
      ['practiceArea', 'family'],
      ['source', 'referral'],
      ['source', 'google.com'],
      ['lang', 'en'],
      ['device', 'phone'],
      // Breakdowns by source count a journey once: its category, else its referrer.
      ['origin', 'referral'],
      // Language + device, the one pair of filters summed here (issue 18).
      ['lang+device', 'phone|en'],
    ]);
    expect(cohortKeys({ ...journey, ref: 'referral' }).filter(([d]) => d === 'source')).toEqual([
      ['source', 'referral'],
    ]);
  });

  it('sum journeys per combination of all their filter values, counts as columns and gaps as text', () => {
    const other = { ...journey, lang: 'ru', explore_at: null, contact_at: null };
    const rows = sumCombos([journey, journey, other].map((j) => [j, cohortItems(j)] as const));
    expect(rows).toHaveLength(2);
    const [both, ru] = rows;
    expect(both).toMatchObject({ practice_area: 'family', lawyer: '', lang: 'en', journeys: 2, referred: 2 });
    expect(both).toMatchObject({ reached_explore: 2, both_explore: 2, reached_contact: 2, both_contact: 2 });
    expect([...readGaps(both?.gaps ?? '')]).toEqual([
      ['explore', gapBucket(h), 2],
      ['contact', gapBucket(2 * h), 2],
    ]);
    expect(ru).toMatchObject({
      lang: 'ru',
      journeys: 1,
      reached_discover: 1,
      reached_explore: 0,
      referred: 0,
      gaps: '',
    });
  });

  it('add the stages reached, the conversions, the gaps and a referred contact', () => {
    expect(cohortItems(journey)).toEqual([
      ['journeys', 0],
      ['reached.discover', 0],
      ['reached.explore', 0],
      ['both.explore', 0],
      ['gap.explore', gapBucket(h)],
      ['reached.contact', 0],
      ['both.contact', 0],
      ['gap.contact', gapBucket(2 * h)],
      ['referred', 0],
    ]);
    // A stage reached before the one it converts from counts as converted, but has no forward gap.
    const backwards = cohortItems({ ...journey, explore_at: 5 * h });
    expect(backwards).toContainEqual(['both.contact', 0]);
    expect(backwards.filter(([m]) => m === 'gap.contact')).toEqual([]);
  });

  it('put every gap in a bucket whose middle is within 4.5 % of it (or under a second)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (gap) => {
        const middle = bucketMiddle(gapBucket(gap));
        if (gap < 1000) expect(middle).toBe(500);
        else expect(Math.abs(middle - gap) / gap).toBeLessThanOrEqual(0.045);
      }),
    );
  });

  it('read a median from the histogram within 4.5 % of the exact one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: 60 * 86_400_000 }), { minLength: 1, maxLength: 300 }),
        (gaps) => {
          const histogram = new Map<number, number>();
          for (const gap of gaps) histogram.set(gapBucket(gap), (histogram.get(gapBucket(gap)) ?? 0) + 1);
          const exact = medianOf(gaps.join(',')) as number;
          const approximate = histogramMedian(histogram) as number;
          // Two middle values in different buckets: each within 4.5 %, so their mean is too.
          expect(Math.abs(approximate - exact) / exact).toBeLessThanOrEqual(0.045);
        },
      ),
    );
    expect(histogramMedian(new Map())).toBeNull();
  });
});
