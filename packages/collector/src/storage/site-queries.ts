/** Reads and writes of sites and their disclaimer versions (portable Kysely). */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { DisclaimerRow, SiteRow } from './tables.ts';

export type SiteRecord = { site: SiteRow; disclaimers: DisclaimerRow[] };

export async function selectSite(db: Kysely<Database>, id: string): Promise<SiteRecord | undefined> {
  const site = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!site) return undefined;
  const disclaimers = await db
    .selectFrom('disclaimers')
    .selectAll()
    .where('site', '=', id)
    .orderBy('version', 'asc')
    .execute();
  return { site, disclaimers };
}

/** Every origin any site allows: answers CORS preflights, which do not say which site they are for. */
export async function selectAllAllowedOrigins(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('sites').select('allowed_origins').execute();
  return rows.flatMap((row) => JSON.parse(row.allowed_origins) as string[]);
}

export type NewSite = {
  id: string;
  name: string;
  config: unknown;
  allowedOrigins: string[];
  disclaimer: { version: number; text: unknown };
};

/**
 * Creates the site with its first disclaimer if it does not exist; otherwise only adds
 * missing allowed origins (the firm may have edited everything else).
 * Returns whether the site was created.
 */
export async function ensureSite(db: Kysely<Database>, site: NewSite, now = Date.now()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('sites')
      .select('allowed_origins')
      .where('id', '=', site.id)
      .executeTakeFirst();
    if (existing) {
      const origins = JSON.parse(existing.allowed_origins) as string[];
      const missing = site.allowedOrigins.filter((o) => !origins.includes(o));
      if (missing.length > 0) {
        await trx
          .updateTable('sites')
          .set({ allowed_origins: JSON.stringify([...origins, ...missing]), updated_at: now })
          .where('id', '=', site.id)
          .execute();
      }
      return false;
    }
    await trx
      .insertInto('sites')
      .values({
        id: site.id,
        name: site.name,
        config: JSON.stringify(site.config),
        allowed_origins: JSON.stringify(site.allowedOrigins),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('disclaimers')
      .values({
        site: site.id,
        version: site.disclaimer.version,
        text: JSON.stringify(site.disclaimer.text),
        created_at: now,
      })
      .execute();
    return true;
  });
}
