/** The retention tables (migration `0011-retention`) as Kysely sees them (composed in storage/database.ts). */

export interface RetentionSettingsTable {
  site: string;
  /** JSON: `RetentionSettings`. */
  settings: string;
  updated_at: number;
}

/** The column retention adds to `intakes`: when its free text was purged. */
export interface IntakeRetentionColumns {
  text_purged_at: number | null;
}
