/**
 * Opens the SQLite file with the settings every connection needs (main thread and writer worker).
 * Issue 19: the directory is created 0700 and the database 0600 before SQLite opens it (SQLite gives its WAL
 * and shared-memory files the database's mode), so nothing personal is ever readable by other local users.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export const sqlitePragmas = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before we answer 2xx (DESIGN.md, "Durability").
  'synchronous = FULL',
  // Two connections share the file (reads here, batches in the writer); wait rather than fail.
  'busy_timeout = 5000',
  'foreign_keys = ON',
  // 4 MiB of pages per connection (better-sqlite3 builds SQLite with 16 MB): the writer's inserts land at random
  // index pages of a large file and the main connection's cache is emptied whenever the writer commits, so a bigger
  // cache mostly adds resident memory (DESIGN.md: ≤ 150 MB under the ingest load, issue 18). The OS file cache
  // keeps the rest of the database close.
  'cache_size = -4096',
];

/** Creates `file` (and its directory, 0700) readable by its owner only; an existing file is narrowed to 0600. */
export function createPrivateFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  // Files SQLite made before this release (or a copy restored with loose modes) are narrowed too.
  for (const side of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(side)) chmodSync(side, 0o600);
}

export function openSqliteFile(file: string): SqliteDatabase.Database {
  createPrivateFile(file);
  const database = new SqliteDatabase(file);
  for (const pragma of sqlitePragmas) database.pragma(pragma);
  return database;
}
