/**
 * Runs the FAQ retention purge now and then every few hours; the timer never keeps the process alive.
 * Failures are logged without details (they could name data) and retried on the next tick.
 *
 * @example
 *   const stop = scheduleFaqPurge(storage);
 *   stop(); // on close
 */
import type { Storage } from '../storage/open-storage.ts';
import { purgeFaqQuestions } from './question-store.ts';
import { faqDb } from './tables.ts';

export function scheduleFaqPurge(storage: Storage, everyMs = 6 * 3_600_000, now = Date.now): () => void {
  const run = () =>
    void purgeFaqQuestions(faqDb(storage.db), now()).catch(() =>
      console.warn('FAQ question purge failed; retrying later'),
    );
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
