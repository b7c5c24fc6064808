/**
 * Sums the journey cohorts' changed days (journey/cohorts.ts) a second after start and then every
 * ten seconds, up to 100 days a tick (a backlog after an import is worked through tick by tick),
 * so map reads find summed days; reads stay exact without it, only slower.
 *
 * @example
 *   const stop = scheduleCohortRefresh(storage);
 *   stop(); // on close
 */
import { repeatInBackground } from '../server/background-task.ts';
import type { Storage } from '../storage/open-storage.ts';
import { refreshCohorts } from './cohorts.ts';

export const scheduleCohortRefresh = (storage: Storage, everyMs = 10_000): (() => void) =>
  repeatInBackground(() => refreshCohorts(storage.db), { firstMs: 1000, everyMs, failure: 'Journey cohort refresh' });
