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
const seedGroupSize = 4;
const seedBatchSize = 500;

export async function seedDemoJourneys(storage: Storage, site: string, now = Date.now()): Promise<boolean> {
  const claim = `seed:journeys:${site}`;
  if ((await storage.claimMeta(claim, String(now))) !== String(now)) return false;
  // 2,000 events at a time: each group shares one commit (first start stays quick), and no single
  // message to the SQLite writer is so large that both threads' heaps stay grown afterwards (RSS budget).
  let group: Promise<void>[] = [];
  for (const batch of generateJourneys({
    site,
    events: demoJourneyEvents,
    end: now,
    seed: 2026,
    batchSize: seedBatchSize,
  })) {
    group.push(storage.insertEvents(batch));
    if (group.length === seedGroupSize) {
      await Promise.all(group);
      group = [];
    }
  }
  await Promise.all(group);
  return true;
}
