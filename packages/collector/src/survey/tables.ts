/**
 * The survey's tables (migration `0006-survey`) as Kysely sees them (composed in storage/database.ts). One row per invitation
 * holds its answer and its follow-up too: a token answers once, so the row is the response.
 * Personal text (client name, email, comment, follow-up note) is field-cipher tokens.
 */
import type { Selectable } from 'kysely';

export interface SurveyInvitationsTable {
  id: string;
  site: string;
  /** SHA-256 (base64url) of the token: the token itself is never stored. */
  token_hash: string;
  moment: string;
  measure: string;
  /** Field-cipher tokens. */
  client_name: string;
  email: string | null;
  /** Keyed HMAC of the normalised email (migration `0014-people-index`), to find a person's answers. */
  email_index: string | null;
  practice_area: string | null;
  lawyer: string | null;
  lang: string;
  page: string;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  opened_at: number | null;
  answered_at: number | null;
  score: number | null;
  lawyer_score: number | null;
  /** Field-cipher token or null. */
  comment: string | null;
  /** Hash of the answer as sent: tells a replay from a different second answer. */
  request_hash: string | null;
  /** JSON: the receipt sent back, replayed verbatim. */
  response: string | null;
  /** `open` or `closed` for answers that need a follow-up; null otherwise. */
  follow_up: string | null;
  assignee: string | null;
  /** Field-cipher token or null. */
  follow_up_note: string | null;
  closed_at: number | null;
}

export interface SurveySettingsTable {
  site: string;
  /** JSON: `ReviewLink[]`. */
  review_links: string;
  page: string | null;
  updated_at: number;
}

export type SurveyInvitationRow = Selectable<SurveyInvitationsTable>;
