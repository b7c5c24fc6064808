/** Opens the SQLite file with the settings every connection needs (main thread and writer worker). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export const sqlitePragmas = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before we answer 2xx (DESIGN.md, "Durability").
  'synchronous = FULL',
  // Two connections share the file (reads here, batches in the writer); wait rather than fail.
  'busy_timeout = 5000',
  'foreign_keys = ON',
];

export function openSqliteFile(file: string): SqliteDatabase.Database {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const database = new SqliteDatabase(file);
  for (const pragma of sqlitePragmas) database.pragma(pragma);
  return database;
}
