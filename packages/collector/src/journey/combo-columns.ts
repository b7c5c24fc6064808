/** The columns of `journey_combos` (0029), shared by the migration, the refresh and the reads. */
import { journeyStages } from '@retainer/schema';
import type { StageName } from './columns.ts';
import { previousStage } from './stage-math.ts';

/**
 * The map's filters, each with the journey column(s) it matches (`source`: the category or the referrer domain), in
 * the order a pair of filters names them. Cohorts are summed by these, and pairs are made of them.
 */
export const filterDimensions = [
  ['practiceArea', ['practice_area']],
  ['lawyer', ['lawyer']],
  ['source', ['source', 'ref']],
  ['lang', ['lang']],
  ['device', ['device']],
] as const;
export type FilterDimension = (typeof filterDimensions)[number][0];

/** A journey's filter values, `''` where it has none (a primary key holds no nulls in PostgreSQL). */
export const comboValueColumns = ['practice_area', 'lawyer', 'lang', 'device', 'source', 'ref'] as const;

/** The steps with a stage they convert from, in stage order (journey/cohorts.ts `steps`). */
export const comboSteps = journeyStages.filter((stage) => previousStage[stage] !== null);

export const reachedColumn = (stage: StageName) => `reached_${stage}` as const;
export const bothColumn = (stage: StageName) => `both_${stage}` as const;

export const comboCountColumns = [
  'journeys',
  'referred',
  ...journeyStages.map(reachedColumn),
  ...comboSteps.map(bothColumn),
] as const;
