/**
 * The messaging tables (migration `0019-messaging`) as Kysely sees them, on top of the status
 * tracker's and the survey's (which bring the dashboard's and the foundation's).
 */
import type { Kysely } from 'kysely';
import type { StatusDatabase } from '../status/tables.ts';
import type { SurveyDatabase } from '../survey/tables.ts';

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

type MessagingColumns = {
  matters: StatusDatabase['matters'] & { notify_updates: number; notify_lang: string | null };
  survey_invitations: SurveyDatabase['survey_invitations'] & {
    emailed_at: number | null;
    reminded_at: number | null;
    /** Field-cipher token of the link's token, kept only for the reminder. */
    email_token: string | null;
  };
};

export type MessagingDatabase = Omit<StatusDatabase & SurveyDatabase, 'matters' | 'survey_invitations'> &
  MessagingColumns & {
    intake_replies: IntakeRepliesTable;
    matter_replies: MatterRepliesTable;
    email_unsubscribes: EmailUnsubscribesTable;
    password_resets: PasswordResetsTable;
    firm_messaging_settings: FirmMessagingSettingsTable;
    site_messaging_settings: SiteMessagingSettingsTable;
  };

export type MessagingDb = Kysely<MessagingDatabase>;

/** The same connection seen with the messaging tables. */
export const messagingDb = (db: Kysely<never> | Kysely<unknown> | object): MessagingDb => db as unknown as MessagingDb;
