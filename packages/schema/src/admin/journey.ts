/**
 * The journey map (issue 8): what `GET /api/admin/sites/:site/journey/*` accepts and answers.
 * Counts only, never a person: a journey is an anonymous per-site id.
 *
 * @example
 *   journeyQuery.parse({ from: '1700000000000', to: '1702592000000', device: 'phone' });
 */
import * as z from 'zod/mini';
import { journeyStages } from '../constants.ts';

export type JourneyStageName = (typeof journeyStages)[number];

/** The filters the map narrows journeys by (the journey's first value of each). */
export const journeyDimensions = ['practiceArea', 'lawyer', 'lang', 'source', 'device'] as const;
export type JourneyDimension = (typeof journeyDimensions)[number];

/**
 * The lawyer filter's value for every journey whose lawyer is not one of the site's (issue 14): ids
 * from old data or typed by hand. Lawyer ids are UUIDs, so it never names a lawyer.
 */
export const otherLawyer = 'other';

/** A lawyer of the site named in the map's lawyer filter values. */
export type JourneyLawyer = { id: string; name: string; departed: boolean };

export const deviceClasses = ['phone', 'tablet', 'desktop'] as const;
export type DeviceClass = (typeof deviceClasses)[number];

/** The answer to "how did you hear about us", as a category: free text never leaves the form. */
export const referralSources = ['search', 'referral', 'social', 'directory', 'event', 'other'] as const;
export type ReferralSource = (typeof referralSources)[number];

const dimensionValue = z.optional(z.string().check(z.minLength(1), z.maxLength(256)));
const epochMs = z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(4_102_444_800_000)));

export const journeyQuery = z.strictObject({
  from: epochMs,
  to: epochMs,
  compare: z.optional(z.enum(['0', '1'])),
  practiceArea: dimensionValue,
  lawyer: dimensionValue,
  lang: dimensionValue,
  source: dimensionValue,
  device: dimensionValue,
  interval: z.optional(z.enum(['day', 'week'])),
  stage: z.optional(z.enum(journeyStages)),
  dimension: z.optional(z.enum([...journeyDimensions, 'touchpoint'])),
  format: z.optional(z.enum(['json', 'csv'])),
});
export type JourneyQuery = z.infer<typeof journeyQuery>;

export type Satisfaction = {
  measure: 'ces' | 'csat' | 'nps';
  responses: number;
  /** NPS: % promoters − % detractors; CSAT: % of 4–5; CES: the mean score. */
  value: number | null;
};

export type StageSummary = {
  stage: JourneyStageName;
  /** Journeys of the range that reached this stage. */
  reached: number;
  /** The stage conversion counts from (`decide` for `return`). */
  from: JourneyStageName | null;
  /** Of the journeys that reached `from`, the share (0–1) that reached this stage too. */
  conversion: number | null;
  /** Journeys that reached `from` but not this stage. */
  dropOff: number | null;
  /** Median milliseconds from first reaching `from` to first reaching this stage. */
  medianMs: number | null;
  touchpoints: { type: string; count: number }[];
  satisfaction: Satisfaction | null;
};

export type JourneyRange = { from: number; to: number };

export type WeakestStep = {
  stage: JourneyStageName;
  from: JourneyStageName;
  conversion: number;
  reachedFrom: number;
  reached: number;
  dropOff: number;
};

export type ReturningClients = {
  /** Journeys that reached `decide` and later sent an intake or looked up a matter. */
  returning: number;
  decided: number;
  /** New intakes (journeys that reached `contact`) of the range. */
  intakes: number;
  /** Shares of those intakes from returning clients and from referrals (0–1, null without intakes). */
  returningShare: number | null;
  referralShare: number | null;
};

export type JourneyMap = {
  site: string;
  range: JourneyRange;
  journeys: number;
  stages: StageSummary[];
  weakest: WeakestStep | null;
  returning: ReturningClients;
  previous: { range: JourneyRange; journeys: number; stages: StageSummary[]; weakest: WeakestStep | null } | null;
  /**
   * Touchpoints and satisfaction come from daily rollups kept per filter: with several filters set
   * they are counted by this one only (the first of practice area, lawyer, source, language, device).
   */
  touchpointsBy: JourneyDimension | null;
  /** Medians read from the cohorts' time histograms (many journeys: within 4.5 %) rather than exact. */
  mediansEstimated: boolean;
  /**
   * The values each filter can take in this site's data, for the filter menus. Lawyers: the site's
   * lawyers' ids, and `otherLawyer` for every other value (issue 14).
   */
  options: Record<JourneyDimension, string[]>;
  /** The site's lawyers with their names (also those a kept filter names but the range lacks). */
  lawyers: JourneyLawyer[];
};

export type JourneyTrends = {
  site: string;
  range: JourneyRange;
  interval: 'day' | 'week';
  /** Bucket starts, epoch ms (UTC). */
  x: number[];
  /** Per stage: journeys first reaching the stage in the bucket. */
  volumes: Record<JourneyStageName, number[]>;
  /** Per stage (not `discover`): conversion of the bucket's journeys from the previous stage, 0–1. */
  conversions: Record<JourneyStageName, (number | null)[]>;
  /** Share (0–1) of the bucket's intakes first contacted within the site's response target. */
  responseCompliance: (number | null)[];
  nps: (number | null)[];
};

export type JourneyBreakdown = {
  site: string;
  range: JourneyRange;
  stage: JourneyStageName;
  dimension: JourneyDimension | 'touchpoint';
  /** Counts only: `value` is a dimension value (or `''` for none), never a person. */
  rows: { value: string; reached: number; share: number }[];
};
