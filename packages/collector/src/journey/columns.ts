/** Column names of the journey tables, shared by the migration, the write path and the queries. */
import { journeyStages } from '@retainer/schema';

export type StageName = (typeof journeyStages)[number];

export const stageColumn = (stage: StageName) => `${stage}_at` as const;
export type StageColumn = ReturnType<typeof stageColumn>;
export const stageColumns: StageColumn[] = journeyStages.map(stageColumn);

/** Journey dimensions (each with a `_ts` column: when the value was seen, earliest wins). */
export const journeyDimensionColumns = ['practice_area', 'lawyer', 'lang', 'device', 'source', 'ref'] as const;
export type JourneyDimensionColumn = (typeof journeyDimensionColumns)[number];

/**
 * Events after `decide` that make a returning client: a new intake only. A status lookup of an existing
 * matter is `service`, never `return` (issue 14); an intake from a returning client's email on another
 * device records a `return` event itself (intake/returning-client.ts).
 */
export const returnTypes = ['intake.submitted'] as const;

/** A journey that got past `discover`: the partial index `journeys_engaged` holds exactly these. */
export const engagedCondition = stageColumns
  .slice(1)
  .map((column) => `${column} is not null`)
  .join(' or ');

/** Event dimensions the rollups count by, and the API filter each one answers. */
export const rollupDimensions = [
  ['practiceArea', 'practice_area'],
  ['lawyer', 'lawyer'],
  ['source', 'source'],
  ['lang', 'lang'],
  ['device', 'device'],
] as const;
