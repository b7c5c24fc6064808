/**
 * The dashboard's tables (migration `0002-dashboard`), as Kysely sees them (composed into `Database`
 * in storage/database.ts). Same portability rules: text ids, JSON as text, epoch-ms bigints.
 * Personal data is stored encrypted (field cipher) or as keyed HMACs (blind indexes), never in clear.
 */
import type { Selectable } from 'kysely';
import type { Database } from '../storage/database.ts';

export interface FirmsTable {
  id: string;
  name: string;
  created_at: number;
}

export interface UsersTable {
  id: string;
  firm_id: string;
  /** Lower-cased; unique across firms (sign-in asks for the email only). */
  email: string;
  name: string;
  role: 'admin' | 'staff';
  password_hash: string;
  created_at: number;
  /** Migration `0023-team`: set when an admin removed the member (email and password are voided then). */
  removed_at?: number | null;
  last_sign_in_at?: number | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface InvitationsTable {
  id: string;
  firm_id: string;
  email: string;
  role: 'admin' | 'staff';
  token_hash: string;
  invited_by: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: number;
  expires_at: number;
}

export interface SignInFailuresTable {
  /** `account:<sha256 of email>` or `address:<sha256 of ip>`. */
  key: string;
  at: number;
}

/** Columns the dashboard adds to `sites`. */
export interface SiteAdminColumns {
  firm_id: string | null;
  business_hours: string | null;
}

/** Columns the dashboard adds to `intakes`. */
export interface IntakeAdminColumns {
  assignee: string | null;
  /** The first move out of `new`: stops the response clock. */
  first_contact_at: number | null;
  /** Keyed HMAC of the normalised email, to find a person's intakes. */
  email_index: string | null;
  erased_at: number | null;
  /** Migration `0023-team`: the matter opened from this intake. */
  matter_id?: string | null;
}

export interface IntakeNotesTable {
  id: string;
  intake_id: string;
  author_id: string;
  /** Field-cipher token. */
  body: string;
  created_at: number;
}

export interface IntakeHistoryTable {
  id: string;
  intake_id: string;
  from_state: string;
  to_state: string;
  /** Field-cipher token, or null (none given, or erased). */
  reason: string | null;
  by_user: string;
  at: number;
}

export interface PartiesTable {
  id: string;
  firm_id: string;
  /** Field-cipher token of the name as written. */
  name: string;
  /** Keyed HMAC of `nameKey(name)`: matching without storing names in clear. */
  match_key: string;
  kind: 'client' | 'adverse' | 'prospect' | 'related';
  source: 'csv' | 'intake';
  intake_id: string | null;
  created_at: number;
}

export interface ErasuresTable {
  id: string;
  firm_id: string;
  user_id: string;
  /** How many intakes were erased; nothing about whose. */
  intakes: number;
  /** Matters and survey invitations erased in the same request (migration `0014-people-index`). */
  matters: number;
  surveys: number;
  at: number;
}

export type AdminIntakeRow = Selectable<Database['intakes']>;
export type AdminSiteRow = Selectable<Database['sites']>;
export type UserRow = Selectable<UsersTable>;
