/**
 * `npm run seed:events -- --events 1000000 [--site harbor-vale] [--sqlite ./data/retainer.db | --database-url postgres://…]`
 *
 * Writes realistic journeys (packages/collector/src/journey/generate-journeys.ts) through the
 * collector's own event write path, so the journey map's tables are kept exactly as at ingest.
 * Defaults: 1 000 000 events, site `harbor-vale`, the SQLite file `npm start` uses (or
 * DATABASE_URL when set). Journeys end now and start up to six months back.
 */
import { join } from 'node:path';
import { generateJourneys, openStorage } from '@retainer/collector';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--help')) {
  console.log(
    'npm run seed:events -- --events N [--site ID] [--sqlite FILE | --database-url URL] [--seed N] [--days N]',
  );
  process.exit(0);
}
const events = Number(option('events') ?? 1_000_000);
if (!Number.isInteger(events) || events <= 0) throw new Error('--events takes a positive whole number');
const site = option('site') ?? 'harbor-vale';
const url = option('database-url') ?? (option('sqlite') ? undefined : process.env.DATABASE_URL);
const file = option('sqlite') ?? join(process.env.RETAINER_DATA_DIR || 'data', 'retainer.db');

const storage = await openStorage(url ? { kind: 'postgres', url } : { kind: 'sqlite', file });
console.log(`seed:events: ${events.toLocaleString('en')} events for ${site} into ${storage.description}`);
const started = performance.now();
let written = 0;
let lastReport = started;
const inFlight = new Set<Promise<void>>();
try {
  for (const batch of generateJourneys({
    site,
    events,
    end: Date.now(),
    spanDays: Number(option('days') ?? 182),
    seed: Number(option('seed') ?? Date.now() % 100_000),
  })) {
    // A few batches in flight: the group commit joins them into one transaction.
    const write: Promise<void> = storage.insertEvents(batch).then(() => {
      inFlight.delete(write);
      written += batch.length;
    });
    inFlight.add(write);
    if (inFlight.size >= 4) await Promise.race(inFlight);
    if (performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      const rate = written / ((lastReport - started) / 1000);
      console.log(`  ${written.toLocaleString('en')} events, ${Math.round(rate).toLocaleString('en')}/s`);
    }
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `seed:events: ${written.toLocaleString('en')} events in ${seconds.toFixed(1)} s (${Math.round(written / seconds).toLocaleString('en')}/s), journeys and rollups kept at ingest`,
  );
} finally {
  await storage.close();
}
