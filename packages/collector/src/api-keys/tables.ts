/** The API key tables (migration `0025-api-keys`), composed into `Database` in storage/database.ts. */

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
