/**
 * The demo site's journey history: a few thousand journeys over six months, written once per
 * database through the normal event write path, so the map is full on first start.
 *
 * @example
 *   await seedDemoJourneys(storage, 'harbor-vale', Date.now());
 */
import type { Storage } from '../storage/open-storage.ts';
import { generateJourneys } from './generate-journeys.ts';
import { siteLawyers } from './other-lawyers.ts';

export const demoJourneyEvents = 15_000;
const seedGroupSize = 4;
const seedBatchSize = 500;
/** A lawyer who left and whose profile was deleted: old journeys still name them. */
export const formerLawyer = 'james-whitfield';

export async function seedDemoJourneys(storage: Storage, site: string, now = Date.now()): Promise<boolean> {
  const claim = `seed:journeys:${site}`;
  if ((await storage.claimMeta(claim, String(now))) !== String(now)) return false;
  // 2,000 events at a time: each group shares one commit (first start stays quick), and no single
  // message to the SQLite writer is so large that both threads' heaps stay grown afterwards (RSS budget).
  // The site's own lawyers, and one whose profile is gone (the map lists it under "Other", issue 14).
  const ids = (await siteLawyers(storage.db, site)).map((l) => l.id);
  let group: Promise<void>[] = [];
  for (const batch of generateJourneys({
    site,
    events: demoJourneyEvents,
    end: now,
    seed: 2026,
    batchSize: seedBatchSize,
    ...(ids.length > 0 ? { lawyers: [...ids, formerLawyer] } : {}),
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
