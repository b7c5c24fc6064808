/**
 * Benchmarks at 10 M events only (issue 18): writes what generated events add to the journey tables
 * (`journeys`, `journey_daily`) through ingest's own fold and upserts (journey/journey-writes.ts),
 * without storing the raw events, which no journey query reads. A 10 M fill through the event write
 * path takes hours on a shared machine; the map's queries read the same rows either way.
 *
 * @example
 *   for (const batch of generateJourneys({ site, events, end })) await recordGeneratedJourneys(db, batch);
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.ts';
import type { EventRow } from '../storage/tables.ts';
import { eventFacts } from './event-facts.ts';
import { recordJourneyFacts } from './journey-writes.ts';

/** One transaction per batch; a journey's events must be in one batch (the generator's are). */
export async function recordGeneratedJourneys(db: Kysely<Database>, batch: readonly EventRow[]): Promise<void> {
  await db.transaction().execute((trx) => recordJourneyFacts(trx, batch.map(eventFacts)));
}
