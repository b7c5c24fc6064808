/**
 * The FAQ tables (migration `0005-faq`) as Kysely sees them, on top of the dashboard's.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AdminDatabase } from '../admin-store/tables.ts';
import type { Database } from '../storage/tables.ts';

export interface FaqEntriesTable {
  id: string;
  site: string;
  /** JSON: `FaqEntryInput`. */
  entry: string;
  created_at: number;
  updated_at: number;
}

export interface FaqSettingsTable {
  site: string;
  /** JSON: `FaqSettings`. */
  settings: string;
  updated_at: number;
}

export interface FaqQuestionsTable {
  /** The client-made ask id. */
  id: string;
  site: string;
  journey: string | null;
  lang: string | null;
  outcome: 'answered' | 'unanswered' | 'advice' | 'choices';
  entry_id: string | null;
  score: number;
  /** AES-256-GCM token of the question text (visitors type personal details into questions). */
  question: string;
  asked_at: number;
}

export type FaqDatabase = AdminDatabase & {
  faq_entries: FaqEntriesTable;
  faq_settings: FaqSettingsTable;
  faq_questions: FaqQuestionsTable;
};

export type FaqDb = Kysely<FaqDatabase>;
export type FaqEntryRow = Selectable<FaqEntriesTable>;
export type FaqQuestionRow = Selectable<FaqQuestionsTable>;

/** The same connection seen with the FAQ's tables. */
export const faqDb = (db: Kysely<Database> | Kysely<AdminDatabase> | Kysely<unknown>): FaqDb => db as unknown as FaqDb;
