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
