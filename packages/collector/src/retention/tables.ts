/**
 * The retention tables (migration `0011-retention`) as Kysely sees them, on top of the survey's
 * (which include the dashboard's and the foundation's).
 */
import type { Kysely } from 'kysely';
import type { AdminDatabase } from '../admin-store/tables.ts';
import type { Database } from '../storage/tables.ts';
import type { SurveyDatabase } from '../survey/tables.ts';

export interface RetentionSettingsTable {
  site: string;
  /** JSON: `RetentionSettings`. */
  settings: string;
  updated_at: number;
}

export type RetentionDatabase = Omit<SurveyDatabase, 'intakes'> & {
  intakes: AdminDatabase['intakes'] & { text_purged_at: number | null };
  retention_settings: RetentionSettingsTable;
};

export type RetentionDb = Kysely<RetentionDatabase>;

/** The same connection seen with the retention tables. */
export const retentionDb = (db: Kysely<Database> | Kysely<AdminDatabase>): RetentionDb => db as unknown as RetentionDb;
