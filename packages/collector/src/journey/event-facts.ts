/**
 * What one stored event adds to the journey tables: the journey row it folds into and the
 * daily rollup key it counts under. Pure, so ingest, the data generator and the tests that
 * recompute everything from raw events share one definition.
 *
 * @example
 *   const facts = eventFacts(row); // { journey: { site, journey, first_seen, …, contact_at }, rollup: { … } }
 */
import { isValidScore, type SurveyMeasure } from '@retainer/schema';
import { deviceClasses } from '@retainer/schema/admin';
import type { EventRow, JourneyDailyTable } from '../storage/tables.ts';
import {
  type JourneyDimensionColumn,
  journeyDimensionColumns,
  returnTypes,
  rollupDimensions,
  stageColumns,
} from './columns.ts';

export const dayMs = 86_400_000;

export type JourneyFacts = {
  site: string;
  journey: string;
  first_seen: number;
  last_seen: number;
} & Record<(typeof stageColumns)[number], number | null> &
  Record<JourneyDimensionColumn, string | null> &
  Record<`${JourneyDimensionColumn}_ts`, number | null>;

/** A `journey_daily` row's key; `dimension` is `''` for the total, else one the event carried (see `rollupDimensions`). */
export type RollupKey = Omit<JourneyDailyTable, 'events'>;

export type EventFacts = {
  journey: JourneyFacts;
  /** The total, then one key per dimension the event carried. */
  rollups: RollupKey[];
  /** An intake or lookup: a return when the journey reached `decide` before it. */
  returnCandidate: boolean;
  /** A `decide` event: the journey's return is recomputed from its events. */
  decides: boolean;
};

const measures = new Set(['nps', 'csat', 'ces']);
const devices = new Set<string>(deviceClasses);

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value.slice(0, 128) : null);

function readProps(props: string | null | undefined): Record<string, unknown> {
  if (!props) return {};
  try {
    const parsed: unknown = JSON.parse(props);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function dimensionsOf(props: Record<string, unknown>): Record<JourneyDimensionColumn, string | null> {
  const device = text(props.device);
  return {
    practice_area: text(props.practiceArea),
    lawyer: text(props.lawyer),
    lang: text(props.lang),
    device: device && devices.has(device) ? device : null,
    source: text(props.source),
    ref: text(props.ref),
  };
}

function surveyScore(type: string, props: Record<string, unknown>): { measure: string; score: number } {
  const { measure, score } = props;
  if (type !== 'survey.answered' || typeof measure !== 'string' || !measures.has(measure)) {
    return { measure: '', score: -1 };
  }
  // On its measure's scale only (issue 14): ingest refuses the rest, this guards server-made events too.
  if (typeof score !== 'number' || !isValidScore(measure as SurveyMeasure, score)) return { measure: '', score: -1 };
  return { measure, score };
}

export function eventFacts(row: EventRow): EventFacts {
  const props = readProps(row.props);
  const dims = dimensionsOf(props);
  const journey = { site: row.site, journey: row.journey, first_seen: row.ts, last_seen: row.ts } as JourneyFacts;
  for (const column of stageColumns) journey[column] = column === `${row.stage}_at` ? row.ts : null;
  for (const column of journeyDimensionColumns) {
    journey[column] = dims[column];
    journey[`${column}_ts`] = dims[column] === null ? null : row.ts;
  }
  const total: RollupKey = {
    site: row.site,
    dimension: '',
    value: '',
    day: Math.floor(row.ts / dayMs) * dayMs,
    stage: row.stage,
    type: row.type,
    ...surveyScore(row.type, props),
  };
  const values: Record<(typeof rollupDimensions)[number][1], string | null> = {
    ...dims,
    source: dims.source ?? dims.ref,
  };
  const rollups = [total];
  for (const [dimension, column] of rollupDimensions) {
    const value = values[column];
    if (value !== null) rollups.push({ ...total, dimension, value });
  }
  return {
    journey,
    rollups,
    returnCandidate: (returnTypes as readonly string[]).includes(row.type),
    decides: row.stage === 'decide',
  };
}

const earlier = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Folds `next` into `into` exactly as the upsert does (earliest stage times, earliest dimension values). */
export function foldJourney(into: JourneyFacts, next: JourneyFacts): JourneyFacts {
  into.first_seen = Math.min(into.first_seen, next.first_seen);
  into.last_seen = Math.max(into.last_seen, next.last_seen);
  for (const column of stageColumns) into[column] = earlier(into[column], next[column]);
  for (const column of journeyDimensionColumns) {
    const value = next[column];
    const ts = next[`${column}_ts`];
    if (value === null || ts === null) continue;
    const current = into[column];
    const currentTs = into[`${column}_ts`];
    if (current === null || currentTs === null || ts < currentTs || (ts === currentTs && value < current)) {
      into[column] = value;
      into[`${column}_ts`] = ts;
    }
  }
  return into;
}

export const rollupKeyOf = (key: RollupKey) =>
  [key.site, key.dimension, key.value, key.day, key.stage, key.type, key.measure, key.score].join('\u0000');
