/**
 * A consistent copy of the SQLite database while the collector keeps running (SQLite's online
 * backup API: pages are copied in steps, writers are not blocked for long). `npm run backup`.
 * PostgreSQL deployments use `pg_dump` instead (README, "Backups").
 *
 * @example
 *   await backupSqlite('data/retainer.db', 'backups/retainer-2026-11-23.db');
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export async function backupSqlite(file: string, destination: string): Promise<{ pages: number }> {
  if (!existsSync(file)) throw new Error(`[retainer] No database at ${file}`);
  if (existsSync(destination)) throw new Error(`[retainer] ${destination} exists already; choose a new name`);
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  const source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const { totalPages } = await source.backup(destination);
    // Issue 19: a backup is as private as the database.
    chmodSync(destination, 0o600);
    const copy = new SqliteDatabase(destination, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`[retainer] The backup failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { pages: totalPages };
  } finally {
    source.close();
  }
}
