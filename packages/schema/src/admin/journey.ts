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
export const journeyLawyer = z.object({ id: z.string(), name: z.string(), departed: z.boolean() });
export type JourneyLawyer = z.infer<typeof journeyLawyer>;

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

const stageName = z.enum(journeyStages);
const dimension = z.enum(journeyDimensions);

export const satisfaction = z.object({
  measure: z.enum(['ces', 'csat', 'nps']),
  responses: z.number(),
  /** NPS: % promoters − % detractors; CSAT: % of 4–5; CES: the mean score — `survey-scores.ts`, as the Survey page. */
  value: z.nullable(z.number()),
});
export type Satisfaction = z.infer<typeof satisfaction>;

export const stageSummary = z.object({
  stage: stageName,
  /** Journeys of the range that reached this stage. */
  reached: z.number(),
  /** The stage conversion counts from (`decide` for `return`). */
  from: z.nullable(stageName),
  /** Of the journeys that reached `from`, the share (0–1) that reached this stage too. */
  conversion: z.nullable(z.number()),
  /** Journeys that reached `from` but not this stage. */
  dropOff: z.nullable(z.number()),
  /** Median milliseconds from first reaching `from` to first reaching this stage. */
  medianMs: z.nullable(z.number()),
  touchpoints: z.array(z.object({ type: z.string(), count: z.number() })),
  satisfaction: z.nullable(satisfaction),
});
export type StageSummary = z.infer<typeof stageSummary>;

export const journeyRange = z.object({ from: z.number(), to: z.number() });
export type JourneyRange = z.infer<typeof journeyRange>;

export const weakestStep = z.object({
  stage: stageName,
  from: stageName,
  conversion: z.number(),
  reachedFrom: z.number(),
  reached: z.number(),
  dropOff: z.number(),
});
export type WeakestStep = z.infer<typeof weakestStep>;

export const returningClients = z.object({
  /** Journeys that reached `decide` and later came back for new help (`return`). */
  returning: z.number(),
  decided: z.number(),
  /** New intakes (journeys that reached `contact`) of the range. */
  intakes: z.number(),
  /** Shares of those intakes from returning clients and from referrals (0–1, null without intakes). */
  returningShare: z.nullable(z.number()),
  referralShare: z.nullable(z.number()),
});
export type ReturningClients = z.infer<typeof returningClients>;

export const journeyMap = z.object({
  site: z.string(),
  range: journeyRange,
  journeys: z.number(),
  stages: z.array(stageSummary),
  weakest: z.nullable(weakestStep),
  returning: returningClients,
  previous: z.nullable(
    z.object({
      range: journeyRange,
      journeys: z.number(),
      stages: z.array(stageSummary),
      weakest: z.nullable(weakestStep),
    }),
  ),
  /**
   * Touchpoints come from daily rollups kept per filter: with several filters set they are counted by this
   * one only (the first of practice area, lawyer, source, language, device).
   */
  touchpointsBy: z.nullable(dimension),
  /**
   * Which answers the stages' satisfaction counts (issue 14): the Survey page's — survey answers given in the
   * range, summed by `survey-scores.ts` — narrowed by these filters. Answers carry no language, device or
   * source: with one of those filters set, `shown` is false and satisfaction is null (not a different count).
   */
  satisfactionFrom: z.optional(
    z.object({ answers: z.literal('survey'), narrowedBy: z.array(dimension), shown: z.boolean() }),
  ),
  /** Medians read from the cohorts' time histograms (many journeys: within 4.5 %) rather than exact. */
  mediansEstimated: z.boolean(),
  /**
   * The values each filter can take in this site's data, for the filter menus. Lawyers: the site's
   * lawyers' ids, and `otherLawyer` for every other value (issue 14).
   */
  options: z.record(dimension, z.array(z.string())),
  /** The site's lawyers with their names (also those a kept filter names but the range lacks). */
  lawyers: z.array(journeyLawyer),
});
export type JourneyMap = z.infer<typeof journeyMap>;

const perStage = <T extends z.ZodMiniType>(value: T) => z.record(stageName, z.array(value));

export const journeyTrends = z.object({
  site: z.string(),
  range: journeyRange,
  interval: z.enum(['day', 'week']),
  /** Bucket starts, epoch ms (UTC). */
  x: z.array(z.number()),
  /** Per stage: journeys first reaching the stage in the bucket. */
  volumes: perStage(z.number()),
  /** Per stage (not `discover`): conversion of the bucket's journeys from the previous stage, 0–1. */
  conversions: perStage(z.nullable(z.number())),
  /** Share (0–1) of the bucket's intakes first contacted within the site's response target. */
  responseCompliance: z.array(z.nullable(z.number())),
  nps: z.array(z.nullable(z.number())),
});
export type JourneyTrends = z.infer<typeof journeyTrends>;

export const journeyBreakdown = z.object({
  site: z.string(),
  range: journeyRange,
  stage: stageName,
  dimension: z.enum([...journeyDimensions, 'touchpoint']),
  /** Counts only: `value` is a dimension value (or `''` for none), never a person. */
  rows: z.array(z.object({ value: z.string(), reached: z.number(), share: z.number() })),
});
export type JourneyBreakdown = z.infer<typeof journeyBreakdown>;
