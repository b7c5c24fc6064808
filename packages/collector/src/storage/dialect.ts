/**
 * Everything that differs between SQLite and PostgreSQL lives here: connection setup,
 * number parsing, schema isolation, and where batches are committed. Migrations and
 * queries are shared.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type RawBuilder,
  SqliteAdapter,
  SqliteDialect,
  sql,
} from 'kysely';
import type { Database } from './database.ts';
import { openSqliteFile } from './sqlite-file.ts';
import { startSqliteWriter } from './sqlite-writer-client.ts';
import { commitWrites, compileWriteStatements, type WriteOp, type WriteResult } from './write-queries.ts';

export type StorageTarget =
  | { kind: 'sqlite'; file: string }
  /** `schema` puts every table in that PostgreSQL schema (created if missing); tests use one per file. */
  | { kind: 'postgres'; url: string; schema?: string };

export type Connected = {
  db: Kysely<Database>;
  kind: StorageTarget['kind'];
  description: string;
  /**
   * Where Kysely's migration tables live. Set on PostgreSQL: without it the Migrator takes
   * `kysely_migration` tables in ANY schema of the database as ours.
   */
  migrationSchema: string | undefined;
  /** Commits one group-commit batch in one transaction. */
  commit(ops: WriteOp[]): Promise<WriteResult[]>;
  /** Batches handed to `commit` at once (see write-batcher.ts `maxInFlight`). */
  batchesInFlight: number;
  /** SQLite: the writer thread answers (see sqlite-writer-client.ts); PostgreSQL has none. */
  checkWriter(): Promise<void>;
  /** SQLite: stops the writer thread as a crash would (tests). */
  crashWriter(): Promise<void>;
  /** PostgreSQL: connections in the pool (metrics); undefined on SQLite. */
  poolUse(): { total: number; idle: number; waiting: number } | undefined;
  close(): Promise<void>;
};

export async function connect(target: StorageTarget): Promise<Connected> {
  return target.kind === 'sqlite' ? connectSqlite(target.file) : connectPostgres(target.url, target.schema);
}

/**
 * Transactions on the main connection take the write lock when they begin (`begin immediate`). Kysely's `begin`
 * is deferred: a transaction that reads, then writes, fails at once with SQLITE_BUSY (no busy wait can help it)
 * whenever the writer thread committed in between — staff got a 503 for creating a survey link while events came
 * in, and the journey refresh failed the same way.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

function connectSqlite(file: string): Connected {
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: openSqliteFile(file) }) });
  // better-sqlite3 is synchronous: fsync in a worker so the event loop keeps serving meanwhile.
  const writer = startSqliteWriter(file, compileWriteStatements(db));
  return {
    db,
    kind: 'sqlite',
    description: `SQLite at ${file}`,
    migrationSchema: undefined,
    commit: (ops) => writer.commit(ops),
    // The writer thread commits one batch after another and merges what queued up: the next batch waits there, so
    // it starts as soon as the previous fsync ends rather than after a round trip through this thread (issue 18).
    batchesInFlight: 2,
    checkWriter: () => writer.check(),
    crashWriter: () => writer.crash(),
    poolUse: () => undefined,
    async close() {
      await writer.close();
      await db.destroy();
    },
  };
}

const int8 = 20;
const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

async function connectPostgres(url: string, schema?: string): Promise<Connected> {
  if (schema !== undefined && !schemaName.test(schema)) throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  // Loaded only when used: the embedded default should not pay pg's memory.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // While PostgreSQL is down, requests fail fast with a 503 instead of queueing (issue 9: within 2 s).
    connectionTimeoutMillis: 1500,
    // Timestamps are bigint; they fit in a double, so hand them back as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  // A checked-out client losing its connection emits 'error' too, and with no listener that kills the process;
  // its query is rejected all the same (answered 503, see errors/storage-unavailable.ts).
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const current = await sql<{ name: string }>`select current_schema() as name`.execute(db).catch(async (error) => {
    await db.destroy();
    throw error;
  });
  return {
    db,
    kind: 'postgres',
    migrationSchema: current.rows[0]?.name ?? schema ?? 'public',
    description: `PostgreSQL at ${redact(url)}${schema ? ` (schema ${schema})` : ''}`,
    commit: (ops) => commitWrites(db, ops),
    // One at a time: concurrent transactions upserting the same journey and rollup rows could deadlock.
    batchesInFlight: 1,
    checkWriter: async () => {},
    crashWriter: async () => {},
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

/** Host and database only, for the start-up line: never the password. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Whether a connection is SQLite (migrations get a bare Kysely and must ask). */
export const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * A table stored in primary-key order on SQLite (`without rowid`): a range of the key is read
 * in one pass instead of an index walk plus a row lookup each. PostgreSQL keeps its heap.
 */
export const clustered = <T extends { modifyEnd(fragment: RawBuilder<unknown>): T }>(db: Kysely<unknown>, table: T) =>
  isSqlite(db) ? table.modifyEnd(sql`without rowid`) : table;

/**
 * A row trigger on `table` that runs `statements` (written with `old.` and `new.`) after an
 * insert (`new` only) or after an update where `changed` (a boolean SQL expression) holds.
 * SQLite takes the statements in the trigger; PostgreSQL in a plpgsql function per event.
 */
export async function createRowTrigger(
  db: Kysely<unknown>,
  {
    name,
    table,
    event,
    changed,
    statements,
  }: {
    name: string;
    table: string;
    event: 'insert' | 'update';
    changed?: string;
    statements: string[];
  },
): Promise<void> {
  if (isSqlite(db)) {
    const when = changed ? ` when ${changed}` : '';
    await sql
      .raw(
        `create trigger ${name} after ${event} on ${table}${when} begin ${statements.map((s) => `${s};`).join(' ')} end`,
      )
      .execute(db);
    return;
  }
  await sql
    .raw(`create function ${name}() returns trigger language plpgsql as $$ begin
    ${statements.map((s) => `${s};`).join('\n    ')}
    return null;
  end $$`)
    .execute(db);
  const when = changed ? ` when (${changed})` : '';
  await sql
    .raw(`create trigger ${name} after ${event} on ${table} for each row${when} execute function ${name}()`)
    .execute(db);
}
