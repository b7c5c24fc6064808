/**
 * The writes the group commit runs, built with Kysely so both dialects share them.
 * PostgreSQL runs `commitWrites` (multi-row inserts, one round trip per 500 events);
 * the SQLite writer worker prepares the single-row statements from `compileWriteStatements`
 * once and runs them with positional parameters from `eventParameters`/`intakeParameters`.
 * Every event that is new (not a replay of a stored id) also updates the journey map's
 * tables in the same transaction (journey/journey-writes.ts, issue 8). An intake carries the outbox rows it
 * causes (staff alerts, the acknowledgement; issue 15): they are inserted in its transaction, and only when the
 * intake itself is new, so a rolled-back intake leaves no message and a retried one enqueues nothing twice.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { eventFacts } from '../journey/event-facts.ts';
import {
  journeyColumns,
  recordJourneyFacts,
  returnAfterCandidate,
  returnAfterDecide,
  rollupColumns,
  upsertJourneys,
  upsertRollups,
} from '../journey/journey-writes.ts';
import type { NewOutboxRow } from '../outbox/tables.ts';
import type { Database } from './database.ts';
import type { EventRow, NewIntakeRow } from './tables.ts';

export type WriteOp =
  | { kind: 'events'; rows: EventRow[] }
  | { kind: 'intake'; row: NewIntakeRow; outbox?: NewOutboxRow[] | undefined }
  /** One compiled statement, run in the group commit (the outbox worker's claims and settlements on SQLite). */
  | { kind: 'query'; sql: string; parameters: readonly unknown[] }
  /** Statements that must commit together (a cohort day's refresh): one op, so a failing neighbour never splits them. */
  | { kind: 'queries'; queries: { sql: string; parameters: readonly unknown[] }[] };

/** What a `query` op gives back: the rows it returned, and how many rows it changed. */
export type QueryResult = { rows: Record<string, unknown>[]; changes: number };
/** Per op: events and intakes say whether they stored something new (`queries`: true); a query gives its result. */
export type WriteResult = boolean | QueryResult;

const eventColumns = ['id', 'site', 'journey', 'stage', 'type', 'ts', 'received_at', 'props'] as const;
const intakeColumns = [
  'id',
  'site',
  'reference',
  'journey',
  'practice_area',
  'disclaimer_version',
  'personal',
  'details',
  'request_hash',
  'response',
  'received_at',
  'email_index',
  'content_index',
  'state',
] as const;

export const outboxColumns = [
  'id',
  'site',
  'kind',
  'template',
  'locale',
  'recipient',
  'recipient_index',
  'data',
  'reason',
  'subject_ref',
  'subject',
  'body_text',
  'body_html',
  'headers',
  'state',
  'attempts',
  'next_attempt_at',
  'lease_until',
  'last_error',
  'message_id',
  'dedupe_key',
  'created_at',
  'sent_at',
  'body_purged_at',
] as const;

type Parameter = string | number | null;
export const eventParameters = (row: EventRow): Parameter[] => eventColumns.map((c) => row[c] ?? null);
export const intakeParameters = (row: NewIntakeRow): Parameter[] =>
  // An explicit NULL would not take the column's default.
  intakeColumns.map((c) => (c === 'state' ? (row.state ?? 'new') : (row[c] ?? null)) as Parameter);

export const outboxParameters = (row: NewOutboxRow): Parameter[] =>
  outboxColumns.map((c) => (row[c] ?? null) as Parameter);

const insertOutbox = (db: Kysely<Database>, rows: NewOutboxRow[]) =>
  db
    .insertInto('outbox')
    .values(rows)
    // A trigger that fires twice (same dedupe key for the site) enqueues once.
    .onConflict((oc) => oc.doNothing());

const insertEvents = (db: Kysely<Database>, rows: EventRow[]) =>
  db
    .insertInto('events')
    .values(rows)
    // Event ids are client-made: a retried batch stores nothing twice.
    .onConflict((oc) => oc.column('id').doNothing());

const insertIntake = (db: Kysely<Database>, row: NewIntakeRow) =>
  // DO NOTHING without a target also skips a reference collision; the caller re-reads by id.
  db
    .insertInto('intakes')
    .values(row)
    .onConflict((oc) => oc.doNothing());

export type WriteStatements = {
  insertEvent: string;
  insertIntake: string;
  insertOutbox: string;
  upsertJourney: string;
  upsertRollup: string;
  returnAfterCandidate: string;
  returnAfterDecide: string;
};

/** The single-row inserts as SQL for `db`'s dialect, checked to take parameters in column order. */
export function compileWriteStatements(db: Kysely<Database>): WriteStatements {
  const sample = <C extends string>(columns: readonly C[]) =>
    Object.fromEntries(columns.map((c) => [c, `$${c}`])) as unknown as Record<C, never>;
  const event = insertEvents(db, [sample(eventColumns)]).compile();
  const intake = insertIntake(db, sample(intakeColumns)).compile();
  const outbox = insertOutbox(db, [sample(outboxColumns)]).compile();
  const inOrder = (parameters: readonly unknown[], columns: readonly string[]) =>
    parameters.length === columns.length && parameters.every((p, i) => p === `$${columns[i]}`);
  const journey = upsertJourneys([journeyColumns.map((c) => `$${c}`)]).compile(db);
  const rollup = upsertRollups([[...rollupColumns, 'events'].map((c) => `$${c}`)]).compile(db);
  const candidate = returnAfterCandidate('$ts', '$site', '$journey').compile(db);
  const decide = returnAfterDecide('$site', '$journey').compile(db);
  if (
    !inOrder(event.parameters, eventColumns) ||
    !inOrder(intake.parameters, intakeColumns) ||
    !inOrder(outbox.parameters, outboxColumns) ||
    !inOrder(journey.parameters, journeyColumns) ||
    !inOrder(rollup.parameters, [...rollupColumns, 'events']) ||
    !inOrder(candidate.parameters, ['ts', 'site', 'journey', 'ts', 'ts']) ||
    !inOrder(decide.parameters, ['site', 'journey'])
  ) {
    throw new Error('Write statements do not bind parameters in column order');
  }
  return {
    insertEvent: event.sql,
    insertIntake: intake.sql,
    insertOutbox: outbox.sql,
    upsertJourney: journey.sql,
    upsertRollup: rollup.sql,
    returnAfterCandidate: candidate.sql,
    returnAfterDecide: decide.sql,
  };
}

/** Rows per INSERT: 8 columns × 500 stays under PostgreSQL's parameter limit. */
const eventsPerStatement = 500;

/**
 * Stores events inside the caller's transaction, each id once, and adds the new ones (never a
 * replay) to the journey tables. Server-side events (`decide`) come through here too.
 */
export async function recordEvents(trx: Kysely<Database>, rows: EventRow[]): Promise<void> {
  const stored = new Set<string>();
  for (let i = 0; i < rows.length; i += eventsPerStatement) {
    const inserted = await insertEvents(trx, rows.slice(i, i + eventsPerStatement))
      .returning('id')
      .execute();
    for (const { id } of inserted) stored.add(id);
  }
  // An id repeated inside one batch is stored once: count its first row only.
  const facts = rows.filter((row) => stored.delete(row.id)).map(eventFacts);
  await recordJourneyFacts(trx, facts);
}

/** Commits every op in one transaction; per op: true when it stored something new. */
export function commitWrites(db: Kysely<Database>, ops: WriteOp[]): Promise<WriteResult[]> {
  return db.transaction().execute(async (trx) => {
    const results: WriteResult[] = [];
    const events: EventRow[] = [];
    for (const op of ops) {
      if (op.kind === 'events') {
        events.push(...op.rows);
        results.push(true);
      } else if (op.kind === 'queries') {
        for (const query of op.queries) await trx.executeQuery(CompiledQuery.raw(query.sql, [...query.parameters]));
        results.push(true);
      } else if (op.kind === 'query') {
        const result = await trx.executeQuery(CompiledQuery.raw(op.sql, [...op.parameters]));
        results.push({
          rows: result.rows as Record<string, unknown>[],
          changes: Number(result.numAffectedRows ?? result.rows.length),
        });
      } else {
        const result = await insertIntake(trx, op.row).executeTakeFirst();
        const stored = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
        if (stored && op.outbox && op.outbox.length > 0) await insertOutbox(trx, op.outbox).execute();
        results.push(stored);
      }
    }
    await recordEvents(trx, events);
    return results;
  });
}
