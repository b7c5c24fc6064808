import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cesSummary, csatSummary, needsFollowUp, npsGroup, npsSummary, scoreGroup } from './survey-scores.ts';

describe('NPS', () => {
  it('is null with no answers, not 0', () => {
    expect(npsSummary([])).toEqual({ score: null, promoters: 0, passives: 0, detractors: 0, total: 0 });
  });

  it('is 0 when every answer is passive', () => {
    expect(npsSummary([7, 8, 8, 7]).score).toBe(0);
  });

  it('groups 9–10 as promoters, 7–8 passives, 0–6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('subtracts before rounding: 1 promoter, 1 passive, 1 detractor… and thirds', () => {
    expect(npsSummary([10, 8, 0]).score).toBe(0);
    // 1/3 promoters − 0 detractors = 33.33… → 33
    expect(npsSummary([10, 8, 8]).score).toBe(33);
    // 2/3 − 0 = 66.67 → 67 (rounded once at the end)
    expect(npsSummary([10, 9, 8]).score).toBe(67);
    // 1/3 − 2/3 = −33.33 → −33; never "-0"
    expect(npsSummary([10, 3, 3]).score).toBe(-33);
    expect(Object.is(npsSummary([10, 0]).score, 0)).toBe(true);
  });

  it('runs from −100 to 100', () => {
    expect(npsSummary([10, 9]).score).toBe(100);
    expect(npsSummary([0, 6]).score).toBe(-100);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const s = npsSummary(scores);
        expect(s.promoters + s.passives + s.detractors).toBe(scores.length);
        expect(s.score).toBeGreaterThanOrEqual(-100);
        expect(s.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('CSAT', () => {
  it('is the share of 4–5 answers, null with none', () => {
    expect(csatSummary([]).score).toBeNull();
    expect(csatSummary([5, 4, 3, 2, 1])).toEqual({ score: 40, satisfied: 2, total: 5 });
    expect(csatSummary([5, 1, 1]).score).toBe(33);
    expect(csatSummary([5, 4, 1]).score).toBe(67);
  });
});

describe('CES', () => {
  it('is the mean to one decimal, null with none', () => {
    expect(cesSummary([]).score).toBeNull();
    expect(cesSummary([5, 4]).score).toBe(4.5);
    expect(cesSummary([5, 4, 4]).score).toBe(4.3);
    expect(cesSummary([1, 2, 2]).score).toBe(1.7);
  });
});

describe('follow-up', () => {
  it('takes detractors, CSAT 1–2 and CES 1–2 (difficult)', () => {
    expect(needsFollowUp('nps', 6)).toBe(true);
    expect(needsFollowUp('nps', 7)).toBe(false);
    expect(needsFollowUp('csat', 2)).toBe(true);
    expect(needsFollowUp('csat', 3)).toBe(false);
    expect(needsFollowUp('ces', 2)).toBe(true);
    expect(needsFollowUp('ces', 5)).toBe(false);
    expect(scoreGroup('ces', 3)).toBe('neutral');
  });
});
