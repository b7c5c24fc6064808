/**
 * The demo site's journey history: a few thousand journeys over six months, written once per
 * database through the normal event write path, so the map is full on first start.
 *
 * @example
 *   await seedDemoJourneys(storage, 'harbor-vale', Date.now());
 */
import type { Storage } from '../storage/open-storage.ts';
import { generateJourneys } from './generate-journeys.ts';

export const demoJourneyEvents = 15_000;

export async function seedDemoJourneys(storage: Storage, site: string, now = Date.now()): Promise<boolean> {
  const claim = `seed:journeys:${site}`;
  if ((await storage.claimMeta(claim, String(now))) !== String(now)) return false;
  // All at once: the group commit writes them in one transaction (first start stays quick).
  const batches = [...generateJourneys({ site, events: demoJourneyEvents, end: now, seed: 2026 })];
  await Promise.all(batches.map((batch) => storage.insertEvents(batch)));
  return true;
}
