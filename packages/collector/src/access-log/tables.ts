/**
 * The access-log tables (migration `0028-access-log`) as Kysely sees them, on top of the dashboard's.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AdminDatabase } from '../admin-store/tables.ts';
import type { Database } from '../storage/tables.ts';

export interface AccessLogTable {
  id: string;
  firm_id: string;
  at: number;
  actor_kind: 'member' | 'system';
  actor_id: string | null;
  action: string;
  subject_kind: string | null;
  subject_id: string | null;
  subject_ref: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** JSON object of strings, numbers and booleans. */
  detail: string;
}

export interface AccessLogSettingsTable {
  firm_id: string;
  retention_days: number;
  updated_at: number;
}

export type AccessLogDatabase = AdminDatabase & {
  access_log: AccessLogTable;
  access_log_settings: AccessLogSettingsTable;
};

export type AccessLogDb = Kysely<AccessLogDatabase>;
export type AccessLogRow = Selectable<AccessLogTable>;

/** The same connection seen with the access-log tables. */
export const accessLogDb = (db: Kysely<Database> | Kysely<AdminDatabase>): AccessLogDb => db as unknown as AccessLogDb;
