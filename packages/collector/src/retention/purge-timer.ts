/**
 * Runs every retention purge a minute after start and then every few hours; the timer never keeps the
 * process alive, and a run still going when the next is due is not doubled. Failures are logged by kind
 * without details (they could name data) and retried on the next tick.
 *
 * @example
 *   const stop = schedulePurges(storage, cipher);
 *   stop(); // on close
 */
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { processLogger } from '../logging/logger.ts';
import { repeatInBackground } from '../server/background-task.ts';
import type { Storage } from '../storage/open-storage.ts';
import { runPurges } from './run-purges.ts';

export function schedulePurges(
  storage: Storage,
  cipher: FieldCipher,
  { everyMs = 6 * 3_600_000, firstMs = 60_000, now = Date.now } = {},
): () => void {
  const purge = async () => {
    const { failed } = await runPurges(storage.db, cipher, now());
    if (failed.length > 0)
      processLogger().warn({ job: 'retention_purge', failed }, 'some purges failed; retrying later');
  };
  return repeatInBackground(purge, { firstMs, everyMs, failure: 'Retention purge' });
}
