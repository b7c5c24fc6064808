/**
 * Sums the journey cohorts' changed days (journey/cohorts.ts) now and then every few seconds,
 * so map reads find summed days; reads stay exact without it, only slower. The timer never
 * keeps the process alive; a failure is logged without details and retried on the next tick.
 *
 * @example
 *   const stop = scheduleCohortRefresh(storage);
 *   stop(); // on close
 */
import type { Storage } from '../storage/open-storage.ts';
import { refreshCohorts } from './cohorts.ts';

export function scheduleCohortRefresh(storage: Storage, everyMs = 10_000): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      // Up to 100 days a tick; a backlog (after an import) is worked through tick by tick.
      await refreshCohorts(storage.db);
    } catch {
      console.warn('Journey cohort refresh failed; retrying later');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 1000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
