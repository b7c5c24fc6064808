/**
 * Sums the journey cohorts' changed days (journey/cohorts.ts) a second after start and then every
 * ten seconds, up to 100 days a tick (a backlog after an import is worked through tick by tick),
 * so map reads find summed days; reads stay exact without it, only slower. Today is left to the
 * reads until it is over: it changes with every visit, and re-summing it all day is wasted work.
 *
 * @example
 *   const stop = scheduleCohortRefresh(storage);
 *   stop(); // on close
 */
import { repeatInBackground } from '../server/background-task.ts';
import type { Storage } from '../storage/open-storage.ts';
import { dayOf, refreshCohorts } from './cohorts.ts';

export const scheduleCohortRefresh = (storage: Storage, everyMs = 10_000, now = Date.now): (() => void) =>
  repeatInBackground(
    () =>
      refreshCohorts(storage.db, {
        before: dayOf(now()),
        // SQLite: written by the writer thread, never a transaction (lock wait, fsync) on the event loop (issue 18).
        write: storage.kind === 'sqlite' ? (queries) => storage.writeAll(queries) : undefined,
      }),
    {
      firstMs: 1000,
      everyMs,
      failure: 'Journey cohort refresh',
    },
  );
