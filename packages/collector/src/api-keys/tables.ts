/** The API key tables (migration `0025-api-keys`) as Kysely sees them, on top of the dashboard's. */
import type { Kysely } from 'kysely';
import type { AdminDatabase } from '../admin-store/tables.ts';

export interface ApiKeysTable {
  id: string;
  firm_id: string;
  name: string;
  scope: 'read' | 'read-write';
  /** SHA-256 (base64url) of the whole token; the token itself is never stored. */
  token_hash: string;
  /** The token's first characters, to tell keys apart in the list. */
  hint: string;
  created_by: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface ApiKeyUsesTable {
  id: string;
  key_id: string;
  method: string;
  route: string;
  status: number;
  at: number;
}

export type ApiKeyDatabase = AdminDatabase & { api_keys: ApiKeysTable; api_key_uses: ApiKeyUsesTable };
export type ApiKeyDb = Kysely<ApiKeyDatabase>;

/** The admin handle seen with the API key tables (same connection, wider type). */
export const apiKeyDb = (db: Kysely<AdminDatabase>): ApiKeyDb => db as unknown as ApiKeyDb;
