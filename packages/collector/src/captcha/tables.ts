/** The tables of `0013-captcha`, as Kysely sees them (see `./migration.ts`). */
import type { CaptchaProvider } from '@retainer/schema';
import type { Kysely } from 'kysely';

export interface SiteCaptchaTable {
  site: string;
  /** The provider the secret belongs to: a secret is never sent to another provider. */
  provider: CaptchaProvider;
  /** Field-cipher token of the provider's secret key (address: site, `captcha`, `secret`). */
  secret: string;
  updated_at: number;
}

export interface CaptchaTokensTable {
  /** SHA-256 of an accepted token, base64url. */
  token_hash: string;
  expires_at: number;
}

export type CaptchaDb = Kysely<{
  site_captcha: SiteCaptchaTable;
  captcha_tokens: CaptchaTokensTable;
}>;

/** The same connection or transaction, seen with these tables. */
export const captchaDb = (db: object) => db as CaptchaDb;

export const secretAddress = (site: string) => ({ site, id: 'captcha', field: 'secret' });
