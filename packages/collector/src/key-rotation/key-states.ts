/**
 * The shared record of keys and the collectors holding them. Each collector beats a heartbeat
 * naming the keys it has loaded and the one it writes with, and switches to the primary the
 * database names. Promotion refuses while a live collector lacks the key (so nobody writes what a
 * peer cannot read); retirement waits until every live collector writes with the primary.
 *
 * @example
 *   await syncKeyring(db, ring, instance, Date.now());
 *   await promoteKey(db, 'a1b2c3d4', Date.now());
 */
import type { DataKeyring } from '../crypto/keyring.ts';
import type { Db } from '../storage/database.ts';

/** A collector not seen for this long is taken as gone (it beats every 20 s). */
export const liveHolderMs = 90_000;

export async function liveHolders(db: Db, now: number) {
  return db
    .selectFrom('data_key_holders')
    .selectAll()
    .where('seen_at', '>', now - liveHolderMs)
    .execute();
}

/** Heartbeat, then follow the database's primary if this collector has it. Returns the primary's id. */
export async function syncKeyring(
  db: Db,
  ring: DataKeyring,
  instance: string,
  now: number,
  log: (line: string) => void = () => {},
): Promise<string | undefined> {
  const primary = await db.selectFrom('data_keys').select('kid').where('state', '=', 'primary').executeTakeFirst();
  if (primary && primary.kid !== ring.primaryKid) {
    if (ring.has(primary.kid)) {
      ring.usePrimary(primary.kid);
      log(`Data key ${primary.kid} is now primary: new data is encrypted with it.`);
    } else {
      log(`Data key ${primary.kid} was promoted but is not loaded here; still writing with ${ring.primaryKid}.`);
    }
  }
  const holder = { kids: ring.kids.join(','), writes_with: ring.primaryKid, seen_at: now };
  await db
    .insertInto('data_key_holders')
    .values({ instance, ...holder })
    .onConflict((oc) => oc.column('instance').doUpdateSet(holder))
    .execute();
  // Collectors that died without signing off: kept a day for the status output, then dropped.
  await db
    .deleteFrom('data_key_holders')
    .where('seen_at', '<', now - 86_400_000)
    .execute();
  return primary?.kid;
}

export async function dropHolder(db: Db, instance: string): Promise<void> {
  await db.deleteFrom('data_key_holders').where('instance', '=', instance).execute();
}

/** Makes `kid` the key every collector writes with; the previous primary becomes decrypt-only. */
export async function promoteKey(db: Db, kid: string, now: number): Promise<void> {
  const key = await db.selectFrom('data_keys').selectAll().where('kid', '=', kid).executeTakeFirst();
  if (!key) throw new Error(`No collector has loaded data key ${kid} yet: add it to every collector's keys first.`);
  if (key.state === 'primary') return;
  const lacking = (await liveHolders(db, now)).filter((h) => !h.kids.split(',').includes(kid));
  if (lacking.length > 0) {
    throw new Error(
      `${lacking.length} running collector(s) have not loaded data key ${kid}: restart them with it, then promote.`,
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('data_keys')
      .set({ state: 'decrypt-only', updated_at: now })
      .where('state', '=', 'primary')
      .execute();
    await trx.updateTable('data_keys').set({ state: 'primary', updated_at: now }).where('kid', '=', kid).execute();
  });
}

/** Retires decrypt-only keys nothing depends on, once every live collector writes with the primary. */
export async function retireKeys(db: Db, unused: readonly string[], primary: string, now: number) {
  if (unused.length === 0) return [];
  const lagging = (await liveHolders(db, now)).some((h) => h.writes_with !== primary);
  if (lagging) return [];
  await db
    .updateTable('data_keys')
    .set({ state: 'retired', updated_at: now })
    .where('kid', 'in', unused)
    .where('state', '=', 'decrypt-only')
    .execute();
  return [...unused];
}
