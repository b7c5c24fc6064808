import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { openStorage } from './open-storage.ts';
import { type SqliteWriter, startSqliteWriter } from './sqlite-writer-client.ts';
import type { EventRow } from './tables.ts';
import { compileWriteStatements, type WriteOp } from './write-queries.ts';

const event = (id: string): EventRow => ({
  id,
  site: 'harbor-vale',
  journey: `journey-${id}`,
  stage: 'discover',
  type: 'intake.shown',
  ts: 1_800_000_000_000,
  received_at: 1_800_000_000_000,
  props: null,
});

/** Batches handed to the writer thread back to back (issue 18): queued there, they are committed together. */
describe('the SQLite writer thread with several batches in flight', () => {
  let dir: string | undefined;
  let writer: SqliteWriter | undefined;
  afterEach(async () => {
    await writer?.close();
    writer = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function startWriter() {
    dir = mkdtempSync(join(tmpdir(), 'retainer-writer-'));
    const file = join(dir, 'retainer.db');
    await (await openStorage({ kind: 'sqlite', file })).close();
    const sqlite = new SqliteDatabase(file);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    writer = startSqliteWriter(file, compileWriteStatements(db));
    const stored = () =>
      (sqlite.prepare('select id from events order by id').all() as { id: string }[]).map((r) => r.id);
    return { writer, sqlite, stored, close: () => db.destroy() };
  }

  /** Counts every row the writer inserts into or updates in journey_daily (one per rollup upsert). */
  function countRollupWrites(sqlite: SqliteDatabase.Database) {
    sqlite.exec(`create table rollup_writes (n integer primary key);
      create trigger rollup_inserted after insert on journey_daily begin insert into rollup_writes (n) values (null); end;
      create trigger rollup_updated after update on journey_daily begin insert into rollup_writes (n) values (null); end;`);
    return () => (sqlite.prepare('select count(*) as n from rollup_writes').get() as { n: number }).n;
  }
  const dailyTotal = (sqlite: SqliteDatabase.Database) =>
    (sqlite.prepare("select sum(events) as n from journey_daily where dimension = ''").get() as { n: number | null })
      .n ?? 0;

  it('counts the events of a transaction under one rollup upsert per key, replays excluded (issue 18)', async () => {
    const { writer, sqlite, close } = await startWriter();
    const writes = countRollupWrites(sqlite);
    const lang = (id: string): EventRow => ({ ...event(id), props: JSON.stringify({ lang: 'en' }) });
    const answers = await writer.commit([
      { kind: 'events', rows: ['a1', 'a2', 'a3'].map(lang) },
      // A reader in the same transaction sees every event before it counted.
      { kind: 'query', sql: 'select sum(events) as n from journey_daily', parameters: [] },
      { kind: 'events', rows: [lang('a4'), lang('a1')] },
    ]);
    expect(answers[1]).toEqual({ rows: [{ n: 6 }], changes: 1 });
    // Two keys (the total and lang = en), upserted before the reader and once more at the end: 4 writes, not 16.
    expect(writes()).toBe(4);
    const rows = sqlite.prepare('select dimension, value, events from journey_daily order by dimension').all();
    expect(rows).toEqual([
      { dimension: '', value: '', events: 4 },
      { dimension: 'lang', value: 'en', events: 4 },
    ]);
    await close();
  });

  it('answers every batch with its own results once it is on disk', async () => {
    const { writer, stored, close } = await startWriter();
    // The thread starts on the first commit, so all three are queued before it reads any.
    const answers = await Promise.all([
      writer.commit([{ kind: 'events', rows: [event('a1')] }]),
      writer.commit([
        { kind: 'events', rows: [event('b1')] },
        { kind: 'query', sql: 'select count(*) as n from events', parameters: [] },
      ]),
      writer.commit([{ kind: 'events', rows: [event('c1'), event('c2')] }]),
    ]);
    expect(answers).toEqual([[true], [true, { rows: [{ n: expect.any(Number) }], changes: 1 }], [true]]);
    expect(stored()).toEqual(['a1', 'b1', 'c1', 'c2']);
    await close();
  });

  it('a batch that fails does not fail the batches it was queued with', async () => {
    const { writer, sqlite, stored, close } = await startWriter();
    const broken: WriteOp = { kind: 'query', sql: 'insert into no_such_table values (1)', parameters: [] };
    const settled = await Promise.allSettled([
      writer.commit([{ kind: 'events', rows: [event('a1')] }]),
      writer.commit([{ kind: 'events', rows: [event('b1')] }, broken]),
      writer.commit([{ kind: 'events', rows: [event('c1')] }]),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The failed batch left nothing behind: its event went with its transaction, and so did its rollup count.
    expect(stored()).toEqual(['a1', 'c1']);
    expect(dailyTotal(sqlite)).toBe(2);
    await close();
  });
});
