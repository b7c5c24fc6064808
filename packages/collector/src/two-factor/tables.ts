/** The tables and columns of `0027-two-factor`, as Kysely sees them (see `./migration.ts`; composed in storage/database.ts). */

import type { SessionStep } from '@retainer/schema/admin';
import type { Generated } from 'kysely';
import type { FieldAddress } from '../crypto/field-cipher.ts';

export interface TwoFactorTable {
  user_id: string;
  firm_id: string;
  /** Field-cipher token of the confirmed base32 secret (field `totp.secret`); null while off. */
  secret: string | null;
  /** Field-cipher token of a secret being set up (field `totp.pending`), until confirmed with a code. */
  pending_secret: string | null;
  pending_at: number | null;
  enabled_at: number | null;
  /** The last TOTP time step accepted: a code of that step or an earlier one is refused (replay). */
  last_step: number | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  /** SHA-256 of the normalised code (75 random bits: not guessable from the hash). */
  code_hash: string;
  created_at: number;
  used_at: number | null;
}

/** Added to `firms`: 1 when every member must sign in with a second factor (default 0). */
export interface FirmTwoFactorColumns {
  require_two_factor: Generated<number>;
}

/** Added to `sessions`: what the session still lacks before it reaches anything, or null once complete. */
export interface SessionTwoFactorColumns {
  pending: SessionStep | null;
}

/** Where a member's secret is sealed: firm-scoped like the conflict parties, bound to the member and column. */
export const totpAddress = (firmId: string, userId: string, field: 'totp.secret' | 'totp.pending'): FieldAddress => ({
  site: `firm:${firmId}`,
  id: userId,
  field,
});
