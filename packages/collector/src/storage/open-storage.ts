/**
 * The storage module: one API over SQLite or PostgreSQL, migrated on open,
 * with every write going through the group commit.
 *
 * @example
 *   const storage = await openStorage({ kind: 'sqlite', file: './data/retainer.db' });
 *   await storage.insertEvents(rows); // resolved once committed
 *   await storage.close();            // flushes pending writes first
 */
import { type CompiledQuery, type Kysely, sql } from 'kysely';
import type { NewOutboxRow } from '../outbox/tables.ts';
import type { Database } from './database.ts';
import { type Connected, connect, type StorageTarget } from './dialect.ts';
import { migrateToLatest } from './migrations.ts';
import { ensureSite, type NewSite, type SiteRecord, selectAllAllowedOrigins, selectSite } from './site-queries.ts';
import type { EventRow, IntakeRow, NewIntakeRow } from './tables.ts';
import { createWriteBatcher } from './write-batcher.ts';
import type { QueryResult, WriteOp, WriteResult } from './write-queries.ts';

export type StorageOptions = StorageTarget & {
  /** Observes the size and duration (ms) of every committed write transaction. */
  onCommit?: (size: number, ms: number) => void;
};

export type Storage = {
  readonly kind: Connected['kind'];
  /** For the start-up line: no password. */
  readonly description: string;
  /** Direct access for queries that later features add. */
  readonly db: Kysely<Database>;
  insertEvents(rows: EventRow[]): Promise<void>;
  /**
   * True when stored; false when a row with this id (or reference) already exists. `outbox` rows (issue 15)
   * are inserted in the same transaction, only when the intake is stored.
   */
  insertIntake(row: NewIntakeRow, outbox?: NewOutboxRow[]): Promise<boolean>;
  findIntake(id: string): Promise<IntakeRow | undefined>;
  findSite(id: string): Promise<SiteRecord | undefined>;
  allAllowedOrigins(): Promise<string[]>;
  ensureSite(site: NewSite): Promise<boolean>;
  /**
   * Runs one compiled write in the group commit (on SQLite: in the writer thread, so its fsync never blocks
   * the event loop). The outbox worker claims and settles messages this way.
   */
  write(query: CompiledQuery): Promise<QueryResult>;
  /** Runs compiled writes together, in one transaction of the group commit (the journey cohorts' refresh). */
  writeAll(queries: readonly CompiledQuery[]): Promise<void>;
  /** Stores `value` under `key` unless a value is there already; returns the stored one. */
  claimMeta(key: string, value: string): Promise<string>;
  ping(): Promise<void>;
  /** Readiness: the SQLite writer thread answers (no-op on PostgreSQL). See sqlite-writer-client.ts. */
  checkWriter(): Promise<void>;
  /** Stops the SQLite writer thread as a crash would: for tests of readiness. */
  crashWriter(): Promise<void>;
  /** PostgreSQL pool use for metrics; undefined on SQLite. */
  poolUse(): { total: number; idle: number; waiting: number } | undefined;
  /** Rejects new writes, commits the queued ones, closes the database. */
  close(): Promise<void>;
};

export async function openStorage(options: StorageOptions): Promise<Storage> {
  const connected = await connect(options);
  const { db, kind, description } = connected;
  try {
    await migrateToLatest(db as Kysely<unknown>, connected.migrationSchema);
    // An empty batch: the writer (a worker on SQLite) must work before we take requests.
    await connected.commit([]);
  } catch (error) {
    await connected.close();
    throw error;
  }
  const batcher = createWriteBatcher<WriteOp, WriteResult>({
    commit: (ops) => connected.commit(ops),
    maxInFlight: connected.batchesInFlight,
    ...(options.onCommit ? { onCommit: options.onCommit } : {}),
  });
  let closing: Promise<void> | undefined;

  return {
    kind,
    description,
    db,
    write: (query) =>
      batcher.enqueue({ kind: 'query', sql: query.sql, parameters: query.parameters }) as Promise<QueryResult>,
    async insertEvents(rows) {
      await batcher.enqueue({ kind: 'events', rows });
    },
    async writeAll(queries) {
      const statements = queries.map((query) => ({ sql: query.sql, parameters: query.parameters }));
      await batcher.enqueue({ kind: 'queries', queries: statements });
    },
    insertIntake: (row, outbox) => batcher.enqueue({ kind: 'intake', row, outbox }) as Promise<boolean>,
    findIntake: (id) => db.selectFrom('intakes').selectAll().where('id', '=', id).executeTakeFirst(),
    findSite: (id) => selectSite(db, id),
    allAllowedOrigins: () => selectAllAllowedOrigins(db),
    ensureSite: (site) => ensureSite(db, site),
    async claimMeta(key, value) {
      await db
        .insertInto('retainer_meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await db.selectFrom('retainer_meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
      return row.value;
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    checkWriter: () => connected.checkWriter(),
    crashWriter: () => connected.crashWriter(),
    poolUse: () => connected.poolUse(),
    close() {
      closing ??= batcher.close().then(() => connected.close());
      return closing;
    },
  };
}
