/** The table of `0004-rate-limits` (see `./migration.ts`; composed in storage/database.ts). */

export interface RateLimitsTable {
  /** SHA-256 of the limit's key (base64url): no address or visitor id is stored as such. */
  key: string;
  window_start: number;
  count: number;
}
