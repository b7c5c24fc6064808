/**
 * What every admin route needs, resolved once by `createAdminApi` and passed down:
 * the database (with the dashboard's tables), the field cipher, the site cache and the clock.
 */

import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Db } from '../storage/database.ts';

export type AdminOptions = {
  /** `RETAINER_PUBLIC_URL`: where browsers reach the collector. `https://…` turns on Secure `__Host-` cookies. */
  publicUrl?: string | undefined;
  /** `RETAINER_TRUST_PROXY`: read X-Forwarded-Proto/-For/-Host from the reverse proxy in front. */
  trustProxy?: boolean;
  /** The built dashboard (`dist/dashboard`); `/dashboard` answers 404 while it is missing. */
  dashboardDir?: string | undefined;
  /** scrypt cost for new hashes (tests lower it). */
  passwordCost?: { logN: number; r: number; p: number };
  /** How often open dashboards' live streams look for new intakes and messages (default 2 s; tests lower it). */
  livePollMs?: number;
};

export type AdminDeps = {
  db: Db;
  cipher: FieldCipher;
  sites: SiteCache;
  now: () => number;
  /** Built widgets, to tell which snippets point at an existing script. */
  widgetsDir: string | undefined;
  publicUrl: string | undefined;
  trustProxy: boolean;
  passwordCost: { logN: number; r: number; p: number } | undefined;
  /** Enqueue emails inside a transaction, then `wake()` the delivery worker (issue 15; see outbox/index.ts). */
  outbox: Outbox;
};
