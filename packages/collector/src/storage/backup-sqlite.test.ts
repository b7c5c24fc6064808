import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStorage, type TestStorage } from '../test-support/test-storage.ts';
import { backupSqlite } from './backup-sqlite.ts';

const event = () => ({
  id: randomUUID(),
  site: 'harbor-vale',
  journey: 'journey-00000000000001',
  stage: 'discover',
  type: 'intake.shown',
  ts: 1_790_000_000_000,
  received_at: 1_790_000_000_000,
  props: null,
});

describe('backupSqlite', () => {
  let test: TestStorage | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it('copies a live database (writes going on) into a file that passes its integrity check', async () => {
    test = await openTestStorage('sqlite');
    await test.storage.insertEvents(Array.from({ length: 200 }, event));
    const destination = join(test.dir, 'backups', 'retainer-copy.db');
    // Writes keep arriving while the copy runs; the copy holds a consistent moment.
    const [{ pages }] = await Promise.all([
      backupSqlite(test.sqliteFile!, destination),
      test.storage.insertEvents(Array.from({ length: 50 }, event)),
    ]);
    expect(pages).toBeGreaterThan(0);
    const copy = new SqliteDatabase(destination, { readonly: true });
    const { n } = copy.prepare('select count(*) as n from events').get() as { n: number };
    copy.close();
    expect([200, 250]).toContain(n);
    await expect(backupSqlite(test.sqliteFile!, destination)).rejects.toThrow(/exists already/);
  });
});
