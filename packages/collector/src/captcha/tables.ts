/** The tables of `0013-captcha`, as Kysely sees them (see `./migration.ts`; composed in storage/database.ts). */
import type { CaptchaProvider } from '@retainer/schema';

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

export const secretAddress = (site: string) => ({ site, id: 'captcha', field: 'secret' });
