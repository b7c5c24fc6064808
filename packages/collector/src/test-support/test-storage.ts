/**
 * Real storage for tests: SQLite in a temp dir always, PostgreSQL too when DATABASE_URL is set,
 * each PostgreSQL run in a fresh schema dropped afterwards.
 *
 * @example
 *   describe.each(storageKinds)('intake on %s', (kind) => { ... openTestStorage(kind) ... });
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Storage } from '../storage/open-storage.ts';

export type StorageKind = 'sqlite' | 'postgres';

const databaseUrl = process.env.DATABASE_URL;
export const storageKinds: StorageKind[] = databaseUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export type TestStorage = {
  storage: Storage;
  /** The SQLite file (undefined on PostgreSQL). */
  sqliteFile: string | undefined;
  /** A scratch directory for the test (data keys, files). */
  dir: string;
  cleanup(): Promise<void>;
};

export async function openTestStorage(
  kind: StorageKind,
  options: { onCommit?: (size: number) => void } = {},
): Promise<TestStorage> {
  const dir = mkdtempSync(join(tmpdir(), 'retainer-test-'));
  const hooks = options.onCommit ? { onCommit: options.onCommit } : {};
  if (kind === 'sqlite') {
    const sqliteFile = join(dir, 'retainer.db');
    const storage = await openStorage({ kind: 'sqlite', file: sqliteFile, ...hooks });
    return {
      storage,
      sqliteFile,
      dir,
      async cleanup() {
        await storage.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!databaseUrl) throw new Error('PostgreSQL tests need DATABASE_URL');
  const url = databaseUrl;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  };
  const storage = await openStorage({ kind: 'postgres', url, schema, ...hooks }).catch(async (error) => {
    await dropSchema();
    throw error;
  });
  return {
    storage,
    sqliteFile: undefined,
    dir,
    async cleanup() {
      await storage.close();
      await dropSchema();
    },
  };
}
