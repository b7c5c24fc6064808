/**
 * The status tracker's tables (migration `0007-status`) as Kysely sees them (composed in storage/database.ts).
 */
import type { Selectable } from 'kysely';

export interface MattersTable {
  id: string;
  site: string;
  /** `HV-7K3M-Q9TD`: public, unique, what the client types with the code. */
  reference: string;
  practice_area: string;
  lawyer_id: string | null;
  /** JSON: `{ name, email? }` as field-cipher tokens. */
  personal: string;
  /** Keyed HMAC of the normalised client email, to find a person's matters. */
  email_index: string | null;
  /** JSON: `MatterStage[]`. */
  stages: string;
  current_stage: string;
  /** Field-cipher token or null. */
  next_step: string | null;
  next_step_date: string | null;
  /** HMAC-SHA-256 (server key) of the access code; see access-code.ts for why a fast hash is safe here. */
  code_hash: string;
  /** Bumped on reissue: tokens carry it, so old ones stop working too. */
  code_version: number;
  failed_attempts: number;
  /** When wrong codes reached ten since the last success: "under attack" for staff, never a lock (issue 14). */
  locked_at: number | null;
  status: 'open' | 'closed';
  closed_at: number | null;
  survey_url: string | null;
  /** The last client-visible change: update posted, visible stage changed, next step changed, invoice added. */
  last_client_update_at: number;
  created_at: number;
  updated_at: number;
  /** Migration `0023-team`: the intake it was opened from, and that intake's parties (`{ name, kind }[]`, names as cipher tokens). */
  intake_id?: string | null;
  parties?: string | null;
}

export interface MatterUpdatesTable {
  id: string;
  matter_id: string;
  /** Field-cipher token. */
  body: string;
  author_id: string;
  created_at: number;
}

export interface MatterInvoicesTable {
  id: string;
  matter_id: string;
  number: string;
  amount: number;
  currency: string;
  due_date: string;
  status: 'open' | 'paid' | 'void';
  pay_url: string | null;
  created_at: number;
  updated_at: number;
}

export interface MatterMessagesTable {
  /** The client-made id: a retry lands on the same row. */
  id: string;
  matter_id: string;
  /** Field-cipher token. */
  body: string;
  received_at: number;
  read_at: number | null;
}

export type MatterRow = Selectable<MattersTable>;
