import { sql } from 'kysely';
import { generateJourneys } from './packages/collector/src/journey/generate-journeys.ts';
import { buildJourneyMap } from './packages/collector/src/journey/journey-map.ts';
import { buildJourneyTrends } from './packages/collector/src/journey/journey-trends.ts';
import { engaged } from './packages/collector/src/journey/journey-filters.ts';
import { openStorage } from './packages/collector/src/storage/open-storage.ts';
const file = process.argv[2]!;
const storage = await openStorage({ kind: 'sqlite', file });
const end = Date.UTC(2026, 5, 1);
if (process.argv[3]) {
  const t0 = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (const batch of generateJourneys({ site: 'bench-firm', events: Number(process.argv[3]), end, seed: 42 })) {
    const w: Promise<void> = storage.insertEvents(batch).then(() => void inFlight.delete(w));
    inFlight.add(w);
    if (inFlight.size >= 4) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  console.log('fill s', (performance.now() - t0) / 1000, file);
}
const db = storage.db;
const time = async (name: string, q: () => Promise<unknown>) => {
  await q();
  const t = performance.now();
  for (let i = 0; i < 5; i++) await q();
  console.log(name, ((performance.now() - t) / 5).toFixed(1), 'ms');
};
const from = end - 90 * 86400000;
for (const t of ['events', 'journeys', 'journey_daily']) console.log(t, (await sql`select count(*) as n from ${sql.table(t)}`.execute(db)).rows);
console.log((await sql`explain query plan select discover_at from journeys where site='bench-firm' and first_seen >= ${from} and first_seen < ${end} and ${engaged}`.execute(db)).rows);
console.log((await sql`explain query plan select count(*), count(discover_at) from journeys where site='bench-firm' and first_seen >= ${from} and first_seen < ${end}`.execute(db)).rows);
const scope = { site: 'bench-firm', from, to: end, filters: {} };
await time('map 90', () => buildJourneyMap(db, scope));
await time('map 90 phone', () => buildJourneyMap(db, { ...scope, filters: { device: 'phone' } }));
await time('map 90 compare', () => buildJourneyMap(db, scope, { compare: true }));
const hours = { timeZone: 'America/New_York', days: [] };
await time('trends 90 day', () => buildJourneyTrends(db, scope, { interval: 'day', hours, target: { amount: 1, unit: 'day' }, now: end } as never));
await storage.close();
