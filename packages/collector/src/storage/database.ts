/**
 * The collector's one database type: every table, composed of the interfaces each feature declares in its
 * own `tables.ts`. `Storage.db` is a `Kysely<Database>`, so a query naming a table or column that no
 * migration creates fails `tsc` (issue 19). A new migration adds its tables here, and a column it adds to
 * another feature's table as an intersection on that entry.
 *
 * @example
 *   const lawyers = await storage.db.selectFrom('lawyers').selectAll().where('site', '=', site).execute();
 */
import type { Kysely } from 'kysely';
import type { AccessLogSettingsTable, AccessLogTable } from '../access-log/tables.ts';
import type {
  ErasuresTable,
  FirmsTable,
  IntakeAdminColumns,
  IntakeHistoryTable,
  IntakeNotesTable,
  InvitationsTable,
  PartiesTable,
  SessionsTable,
  SetupTokensTable,
  SignInFailuresTable,
  SiteAdminColumns,
  UsersTable,
} from '../admin-store/tables.ts';
import type { ApiKeysTable, ApiKeyUsesTable } from '../api-keys/tables.ts';
import type { CaptchaTokensTable, SiteCaptchaTable } from '../captcha/tables.ts';
import type { ClioGrowAnswersTable, ClioGrowSettingsTable, ConflictClearancesTable } from '../clio-grow/tables.ts';
import type { DirectorySettingsTable, LawyersTable, PhotosTable } from '../directory/tables.ts';
import type { FaqEntriesTable, FaqQuestionsTable, FaqSettingsTable } from '../faq/tables.ts';
import type { DataKeyHoldersTable, DataKeysTable, KeyRotationProgressTable } from '../key-rotation/tables.ts';
import type {
  EmailUnsubscribesTable,
  FirmMessagingSettingsTable,
  IntakeRepliesTable,
  MatterMessagingColumns,
  MatterRepliesTable,
  PasswordResetsTable,
  SiteMessagingSettingsTable,
  SurveyInvitationMessagingColumns,
} from '../messaging/tables.ts';
import type { EmailSettingsTable, NotificationPreferencesTable, OutboxTable } from '../outbox/tables.ts';
import type { RateLimitsTable } from '../rate-limit/tables.ts';
import type { IntakeRetentionColumns, RetentionSettingsTable } from '../retention/tables.ts';
import type { MatterInvoicesTable, MatterMessagesTable, MattersTable, MatterUpdatesTable } from '../status/tables.ts';
import type { SurveyInvitationsTable, SurveySettingsTable } from '../survey/tables.ts';
import type {
  FirmTwoFactorColumns,
  RecoveryCodesTable,
  SessionTwoFactorColumns,
  TwoFactorTable,
} from '../two-factor/tables.ts';
import type { WebhookAttemptsTable, WebhookEndpointsTable } from '../webhooks/tables.ts';
import type {
  DisclaimersTable,
  EventsTable,
  IntakesTable,
  JourneyCohortMarksTable,
  JourneyCohortsTable,
  JourneyComboKeysTable,
  JourneyCombosTable,
  JourneyDailyTable,
  JourneyPairsTable,
  JourneysTable,
  MetaTable,
  SitesTable,
} from './tables.ts';

export interface Database {
  // foundation (storage/migrations.ts) and journey (0008, 0010, 0029)
  sites: SitesTable & SiteAdminColumns;
  disclaimers: DisclaimersTable;
  intakes: IntakesTable & IntakeAdminColumns & IntakeRetentionColumns;
  events: EventsTable;
  retainer_meta: MetaTable;
  journeys: JourneysTable;
  journey_daily: JourneyDailyTable;
  journey_cohorts: JourneyCohortsTable;
  journey_cohort_marks: JourneyCohortMarksTable;
  journey_combos: JourneyCombosTable;
  journey_combo_keys: JourneyComboKeysTable;
  journey_pairs: JourneyPairsTable;
  // 0002-dashboard (admin-store)
  firms: FirmsTable & FirmTwoFactorColumns;
  users: UsersTable;
  sessions: SessionsTable & SessionTwoFactorColumns;
  invitations: InvitationsTable;
  setup_tokens: SetupTokensTable;
  sign_in_failures: SignInFailuresTable;
  intake_notes: IntakeNotesTable;
  intake_history: IntakeHistoryTable;
  parties: PartiesTable;
  erasures: ErasuresTable;
  // 0003-directory
  lawyers: LawyersTable;
  photos: PhotosTable;
  directory_settings: DirectorySettingsTable;
  // 0004-rate-limits
  rate_limits: RateLimitsTable;
  // 0005-faq
  faq_entries: FaqEntriesTable;
  faq_settings: FaqSettingsTable;
  faq_questions: FaqQuestionsTable;
  // 0006-survey
  survey_invitations: SurveyInvitationsTable & SurveyInvitationMessagingColumns;
  survey_settings: SurveySettingsTable;
  // 0007-status
  matters: MattersTable & MatterMessagingColumns;
  matter_updates: MatterUpdatesTable;
  matter_invoices: MatterInvoicesTable;
  matter_messages: MatterMessagesTable;
  // 0011-retention
  retention_settings: RetentionSettingsTable;
  // 0012-key-rotation
  data_keys: DataKeysTable;
  data_key_holders: DataKeyHoldersTable;
  key_rotation_progress: KeyRotationProgressTable;
  // 0013-captcha
  site_captcha: SiteCaptchaTable;
  captcha_tokens: CaptchaTokensTable;
  // 0018-outbox
  outbox: OutboxTable;
  email_settings: EmailSettingsTable;
  notification_preferences: NotificationPreferencesTable;
  // 0019-messaging
  intake_replies: IntakeRepliesTable;
  matter_replies: MatterRepliesTable;
  email_unsubscribes: EmailUnsubscribesTable;
  password_resets: PasswordResetsTable;
  firm_messaging_settings: FirmMessagingSettingsTable;
  site_messaging_settings: SiteMessagingSettingsTable;
  // 0026-clio-grow
  clio_grow_settings: ClioGrowSettingsTable;
  clio_grow_answers: ClioGrowAnswersTable;
  conflict_clearances: ConflictClearancesTable;
  // 0027-two-factor (firms and sessions gain columns above)
  two_factor: TwoFactorTable;
  recovery_codes: RecoveryCodesTable;
  // 0028-access-log
  access_log: AccessLogTable;
  access_log_settings: AccessLogSettingsTable;
  // 0024-webhooks
  webhook_endpoints: WebhookEndpointsTable;
  webhook_attempts: WebhookAttemptsTable;
  // 0025-api-keys
  api_keys: ApiKeysTable;
  api_key_uses: ApiKeyUsesTable;
}

/** The storage's connection (or a transaction on it), with every table. */
export type Db = Kysely<Database>;
