/** The access-log tables (migration `0028-access-log`) as Kysely sees them (composed in storage/database.ts). */

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
