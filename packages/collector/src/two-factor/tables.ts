/** The tables of `0027-two-factor`, as Kysely sees them (see `./migration.ts`), on top of the dashboard's. */
import type { Kysely } from 'kysely';
import type { AdminDatabase } from '../admin-store/tables.ts';
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

export type TwoFactorDatabase = AdminDatabase & {
  two_factor: TwoFactorTable;
  recovery_codes: RecoveryCodesTable;
};

export type TwoFactorDb = Kysely<TwoFactorDatabase>;

export const twoFactorDb = (db: Kysely<AdminDatabase>): TwoFactorDb => db as unknown as TwoFactorDb;

/** Where a member's secret is sealed: firm-scoped like the conflict parties, bound to the member and column. */
export const totpAddress = (firmId: string, userId: string, field: 'totp.secret' | 'totp.pending'): FieldAddress => ({
  site: `firm:${firmId}`,
  id: userId,
  field,
});
