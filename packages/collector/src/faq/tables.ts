/**
 * The FAQ tables (migration `0005-faq`) as Kysely sees them (composed in storage/database.ts).
 */
import type { Selectable } from 'kysely';

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

export type FaqEntryRow = Selectable<FaqEntriesTable>;
export type FaqQuestionRow = Selectable<FaqQuestionsTable>;
