/**
 * The messaging tables (migration `0019-messaging`) as Kysely sees them, and the columns it adds to
 * `matters` and `survey_invitations` (composed in storage/database.ts).
 */
import type { Generated } from 'kysely';

export interface IntakeRepliesTable {
  id: string;
  intake_id: string;
  author_id: string;
  /** Field-cipher token. */
  body: string;
  created_at: number;
}

export interface MatterRepliesTable {
  id: string;
  matter_id: string;
  /** The client message answered, when there is one. */
  in_reply_to: string | null;
  author_id: string;
  /** Field-cipher token. */
  body: string;
  created_at: number;
}

export interface EmailUnsubscribesTable {
  site: string;
  /** Keyed HMAC of the normalised address (people/email-index.ts). */
  email_index: string;
  /** What was unsubscribed from: `survey`. */
  list: string;
  created_at: number;
}

export interface PasswordResetsTable {
  /** SHA-256 of the token in the link. */
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface FirmMessagingSettingsTable {
  firm_id: string;
  update_target_days: number;
  /** Days after an emailed invitation before the one reminder; null: no reminder. */
  survey_reminder_days: number | null;
  updated_at: number;
}

export interface SiteMessagingSettingsTable {
  site: string;
  /** The firm's case-status page (holds the tracker): where update notices link. */
  status_page: string | null;
  updated_at: number;
}

/** Columns messaging adds to `matters`. */
export interface MatterMessagingColumns {
  /** 1 when the client asked for an email on updates (defaults to 0). */
  notify_updates: Generated<number>;
  notify_lang: string | null;
}

/** Columns messaging adds to `survey_invitations`. */
export interface SurveyInvitationMessagingColumns {
  emailed_at: number | null;
  reminded_at: number | null;
  /** Field-cipher token of the link's token, kept only for the reminder. */
  email_token: string | null;
}
