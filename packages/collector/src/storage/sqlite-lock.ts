/**
 * One collector per SQLite file: two processes would each group-commit on their own and
 * the second would wait on the first's locks. The claim is an exclusive lock held on a
 * small side file for the life of the process; the OS drops it when the process dies, even
 * on SIGKILL, so a crash never leaves a stale lock behind.
 *
 * @example
 *   const release = claimSqliteFile('data/retainer.db'); // throws when another collector has it
 *   release(); // on shutdown
 */
import SqliteDatabase from 'better-sqlite3';
import { createPrivateFile } from './sqlite-file.ts';

export function claimSqliteFile(file: string): () => void {
  createPrivateFile(`${file}.lock`);
  const lock = new SqliteDatabase(`${file}.lock`);
  try {
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    // In rollback-journal mode this takes the file's exclusive lock at once and keeps it.
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error(
        `[retainer] Another collector is already using ${file}. Stop it first, give this one its own ` +
          'RETAINER_DATA_DIR, or set DATABASE_URL to run several collectors on PostgreSQL.',
      );
    }
    throw error;
  }
  return () => {
    if (!lock.open) return;
    lock.exec('ROLLBACK');
    lock.close();
  };
}
