import { describe, expect, it } from 'vitest';
import { lawyerRatingSummary } from './lawyer-rating.ts';

describe('lawyerRatingSummary', () => {
  it('gives the mean to one decimal and the count of each score', () => {
    expect(lawyerRatingSummary([5, 4, 4])).toEqual({ score: 4.3, total: 3, counts: [0, 0, 0, 2, 1] });
    expect(lawyerRatingSummary([1, 2, 3, 4, 5])).toEqual({ score: 3, total: 5, counts: [1, 1, 1, 1, 1] });
  });

  it('says "no data" for no answers and leaves out scores off the 1–5 scale', () => {
    expect(lawyerRatingSummary([])).toEqual({ score: null, total: 0, counts: [0, 0, 0, 0, 0] });
    expect(lawyerRatingSummary([0, 6, 2.5, 3])).toEqual({ score: 3, total: 1, counts: [0, 0, 1, 0, 0] });
  });
});
