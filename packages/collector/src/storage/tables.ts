/**
 * The foundation's tables (see `./database.ts` for the one `Database` type). Portable on purpose: ids and JSON are text,
 * timestamps are integer epoch milliseconds (bigint in PostgreSQL, parsed back to numbers).
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface SitesTable {
  id: string;
  name: string;
  /** JSON: `SiteSettings` (the public config minus its id and disclaimer). */
  config: string;
  /** JSON: string[] of origins allowed to call the collector for this site. */
  allowed_origins: string;
  created_at: number;
  updated_at: number;
}

export interface DisclaimersTable {
  site: string;
  version: number;
  /** JSON: `LocalizedText`. */
  text: string;
  created_at: number;
}

export interface IntakesTable {
  /** The client-made submission id: a retry lands on the same row. */
  id: string;
  site: string;
  reference: string;
  journey: string | null;
  practice_area: string | null;
  state: Generated<string>;
  disclaimer_version: number;
  /** JSON: field name → AES-256-GCM token (see crypto/field-cipher.ts). */
  personal: string;
  /** JSON: the non-personal answers (contact method, deadline, language). */
  details: string;
  /** SHA-256 of the canonical request: tells a retry from a different request with the same id. */
  request_hash: string;
  /** JSON: the receipt sent back, replayed verbatim on retries. */
  response: string;
  received_at: number;
  /** Keyed HMAC of the normalised email (migration 0002): finds a person's intakes. */
  email_index?: string | null;
  /** Keyed HMAC of the submitted answers (migration 0009): finds the same body sent again. */
  content_index?: string | null;
}

export interface EventsTable {
  id: string;
  site: string;
  journey: string;
  stage: string;
  type: string;
  ts: number;
  received_at: number;
  /** JSON or null. */
  props: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** `0008-journey`: one row per site + journey (see journey/migration.ts). */
export interface JourneysTable {
  site: string;
  journey: string;
  first_seen: number;
  last_seen: number;
  discover_at: number | null;
  explore_at: number | null;
  contact_at: number | null;
  decide_at: number | null;
  service_at: number | null;
  payment_at: number | null;
  feedback_at: number | null;
  return_at: number | null;
  practice_area: string | null;
  practice_area_ts: number | null;
  lawyer: string | null;
  lawyer_ts: number | null;
  lang: string | null;
  lang_ts: number | null;
  device: string | null;
  device_ts: number | null;
  source: string | null;
  source_ts: number | null;
  ref: string | null;
  ref_ts: number | null;
}

/** `0008-journey`: event counts per site, dimension value (`''` = total), UTC day, stage, touchpoint, score. */
export interface JourneyDailyTable {
  site: string;
  dimension: string;
  value: string;
  day: number;
  stage: string;
  type: string;
  /** `nps` | `csat` | `ces` for `survey.answered`, else `''`; `score` is -1 then. */
  measure: string;
  score: number;
  events: number;
}

/** `0010-journey-cohorts`: journeys summed per site, filter value, day of first visit, metric and gap bucket. */
export interface JourneyCohortsTable {
  site: string;
  dimension: string;
  value: string;
  day: number;
  metric: string;
  bucket: number;
  journeys: number;
}

/** `0010-journey-cohorts`: a day is summed in `journey_cohorts` when `refreshed` equals `version`. */
export interface JourneyCohortMarksTable {
  site: string;
  day: number;
  version: number;
  refreshed: number;
}

/**
 * `0029-journey-combos`: journeys summed per site, day of first visit and every filter value at once
 * (`''` where the journey has none), so any set of filters reads O(days) rows (journey/combos.ts).
 */
export interface JourneyCombosTable {
  site: string;
  day: number;
  practice_area: string;
  lawyer: string;
  lang: string;
  device: string;
  source: string;
  ref: string;
  journeys: number;
  referred: number;
  reached_discover: number;
  reached_explore: number;
  reached_contact: number;
  reached_decide: number;
  reached_service: number;
  reached_payment: number;
  reached_feedback: number;
  reached_return: number;
  both_explore: number;
  both_contact: number;
  both_decide: number;
  both_service: number;
  both_payment: number;
  both_feedback: number;
  both_return: number;
  /** The gap histograms: `step:bucket:journeys` entries, comma-separated (`''`: none). */
  gaps: string;
}

/** `0032-journey-pairs`: journeys summed per site, day, pair of filters and pair of their values (journey/combos.ts). */
export type JourneyPairsTable = Omit<
  JourneyCombosTable,
  'practice_area' | 'lawyer' | 'lang' | 'device' | 'source' | 'ref'
> & {
  /**
   * `practiceArea+device`, … (journey/combos.ts `filterPairs`); since 0033 also one filter (`device`, `second` `''`)
   * and the day's total (`''`).
   */
  pair: string;
  first: string;
  second: string;
};

/** `0031-journey-combo-keys`: every combination of filter values a site's `journey_combos` hold (journey/combos.ts). */
export type JourneyComboKeysTable = Pick<
  JourneyCombosTable,
  'site' | 'practice_area' | 'lawyer' | 'lang' | 'device' | 'source' | 'ref'
>;

export type SiteRow = Selectable<SitesTable>;
export type DisclaimerRow = Selectable<DisclaimersTable>;
export type IntakeRow = Selectable<IntakesTable>;
export type NewIntakeRow = Insertable<IntakesTable>;
export type EventRow = Insertable<EventsTable>;
