import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { openStorage } from './open-storage.ts';
import type { EventRow } from './tables.ts';

const event = (id: string): EventRow => ({
  id,
  site: 'harbor-vale',
  journey: 'journey-00000000000001',
  stage: 'contact',
  type: 'intake.started',
  ts: 1_790_000_000_123,
  received_at: 1_790_000_000_456,
  props: null,
});

describe.each(storageKinds)('openStorage on %s', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
  });
  afterAll(() => t.cleanup());

  it('returns epoch-millisecond timestamps as numbers', async () => {
    await t.storage.insertEvents([event('event-number-check-0001')]);
    const row = await t.storage.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    expect(row.ts).toBe(1_790_000_000_123);
    expect(row.received_at).toBe(1_790_000_000_456);
  });

  it.runIf(kind === 'postgres')(
    'migrates its own schema while another schema already has migration tables',
    async () => {
      const other = await openTestStorage(kind);
      await other.storage.ensureSite({
        id: 'second-firm',
        name: 'Second Firm',
        config: {},
        allowedOrigins: [],
        disclaimer: { version: 1, text: { en: 'x' } },
      });
      expect((await other.storage.findSite('second-firm'))?.site.name).toBe('Second Firm');
      expect(await t.storage.findSite('second-firm')).toBeUndefined();
      await other.cleanup();
    },
  );

  it('reports the database in its health ping and describes itself without secrets', async () => {
    await expect(t.storage.ping()).resolves.toBeUndefined();
    expect(t.storage.description).not.toMatch(/password/i);
  });
});

describe('openStorage on sqlite, memory', () => {
  it('keeps at most 4 MiB of pages in each connection: the reads here and the writer thread (issue 18)', async () => {
    const t = await openTestStorage('sqlite');
    const cacheSize = sql<{ cache_size: number }>`pragma cache_size`;
    const reads = await cacheSize.execute(t.storage.db);
    const writer = await t.storage.write(cacheSize.compile(t.storage.db));
    expect(reads.rows).toEqual([{ cache_size: -4096 }]);
    expect(writer.rows).toEqual([{ cache_size: -4096 }]);
    await t.cleanup();
  });
});

describe('openStorage on sqlite, closing', () => {
  it('commits writes still queued when close() is called, and migrates an existing file without redoing it', async () => {
    const t = await openTestStorage('sqlite');
    const pending = t.storage.insertEvents([event('event-queued-at-close-1'), event('event-queued-at-close-2')]);
    await t.storage.close();
    await expect(pending).resolves.toBeUndefined();
    await expect(t.storage.insertEvents([event('event-after-close-000001')])).rejects.toThrow();

    const reopened = await openStorage({ kind: 'sqlite', file: t.sqliteFile! });
    const rows = await reopened.db.selectFrom('events').select('id').orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual(['event-queued-at-close-1', 'event-queued-at-close-2']);
    await reopened.close();
    await t.cleanup();
  });
});

describe('openStorage on sqlite, a transaction that reads and then writes', () => {
  it('is not failed by another connection committing in between: it holds the write lock from its start', async () => {
    const t = await openTestStorage('sqlite');
    const other = new Sqlite(t.sqliteFile!);
    other.pragma('busy_timeout = 0');
    let otherCommitted = true;
    await t.storage.db.transaction().execute(async (trx) => {
      await trx.selectFrom('events').select('id').execute();
      try {
        other
          .prepare('insert into events (id, site, journey, stage, type, ts, received_at) values (?, ?, ?, ?, ?, ?, ?)')
          .run('event-other-connection-01', 'harbor-vale', 'journey-00000000000001', 'contact', 'intake.started', 1, 1);
      } catch (error) {
        expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
        otherCommitted = false;
      }
      await trx.insertInto('events').values(event('event-read-then-write-01')).execute();
    });
    const rows = await t.storage.db.selectFrom('events').select('id').execute();
    expect(rows.map((r) => r.id)).toContain('event-read-then-write-01');
    // The other connection waited for the lock (here: gave up at once) instead of winning it mid-transaction.
    expect(otherCommitted).toBe(false);
    other.close();
    await t.cleanup();
  });
});
