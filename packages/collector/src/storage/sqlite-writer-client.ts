/**
 * The main thread's handle on the SQLite writer worker (sqlite-writer.mjs): `commit(ops)`
 * resolves with per-op results once the batch's transaction is on disk. The worker starts
 * on the first commit (after migrations: it prepares its statements against the tables).
 * A crashed worker fails the batch it held and is replaced on the next commit.
 */
import { Worker } from 'node:worker_threads';
import { eventFacts } from '../journey/event-facts.ts';
import { journeyParameters, rollupParameters } from '../journey/journey-writes.ts';
import { processLogger } from '../logging/logger.ts';
import { sqlitePragmas } from './sqlite-file.ts';
import type { EventRow } from './tables.ts';
import {
  eventParameters,
  intakeParameters,
  outboxParameters,
  type WriteOp,
  type WriteResult,
  type WriteStatements,
} from './write-queries.ts';

export type SqliteWriter = {
  commit(ops: WriteOp[]): Promise<WriteResult[]>;
  /**
   * Readiness (issue 19): rejects when the thread died since the last check (restarting it meanwhile, so the
   * next check passes if it came back), otherwise round-trips an empty batch through it.
   */
  check(): Promise<void>;
  /** Stops the thread as a crash would; the next commit or check starts another. For tests. */
  crash(): Promise<void>;
  close(): Promise<void>;
};

type Reply = { seq: number; results: WriteResult[] } | { seq: number; error: { name: string; code?: string } };
type Waiting = { resolve: (results: WriteResult[]) => void; reject: (error: Error) => void };

class WriterError extends Error {
  readonly code: string | undefined;
  constructor(name: string, code?: string) {
    super(`SQLite write failed${code ? ` (${code})` : ''}`);
    this.name = name;
    this.code = code;
  }
}

/**
 * An event goes with its journey-table parameters, worked out here so the worker stays plain SQL:
 * [event, journey (site, journey, ts first), rollups (total + per dimension), follow-up: 0 none,
 * 1 return candidate, 2 decide].
 */
function eventWire(row: EventRow) {
  const facts = eventFacts(row);
  const follow = facts.decides ? 2 : facts.returnCandidate ? 1 : 0;
  return [
    eventParameters(row),
    journeyParameters(facts.journey),
    facts.rollups.map((key) => rollupParameters(key)),
    follow,
  ];
}

/** Rows become positional parameter arrays: less to serialise, nothing to rename in the worker. */
const toWire = (ops: WriteOp[]) =>
  JSON.stringify(
    ops.map((op) =>
      op.kind === 'events'
        ? { kind: 'events', rows: op.rows.map(eventWire) }
        : op.kind === 'query' || op.kind === 'queries'
          ? op
          : {
              kind: 'intake',
              row: intakeParameters(op.row),
              ...(op.outbox?.length ? { outbox: op.outbox.map(outboxParameters) } : {}),
            },
    ),
  );

export function startSqliteWriter(file: string, statements: WriteStatements): SqliteWriter {
  const waiting = new Map<number, Waiting>();
  const exited = new WeakSet<Worker>();
  let seq = 0;
  let worker: Worker | undefined;
  /** The last thread exited without being asked to (cleared when a new one starts). */
  let died = false;

  const spawn = () => {
    died = false;
    const spawned = new Worker(new URL('./sqlite-writer.mjs', import.meta.url), {
      workerData: { file, pragmas: sqlitePragmas, statements },
      // The thread holds one batch at a time: V8's default young generation (tens of MB, grown under load) only
      // adds resident memory (DESIGN.md: ≤ 150 MB RSS under the ingest load). Large batches go to large-object space.
      resourceLimits: { maxYoungGenerationSizeMb: 2 },
    });
    spawned.on('message', (reply: Reply) => {
      const waiter = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      if ('results' in reply) waiter?.resolve(reply.results);
      else waiter?.reject(new WriterError(reply.error.name, reply.error.code));
    });
    const fail = () => {
      exited.add(spawned);
      if (worker === spawned) {
        worker = undefined;
        died = true;
      }
      for (const waiter of waiting.values()) waiter.reject(new WriterError('WriterExited'));
      waiting.clear();
    };
    spawned.on('error', (error) => {
      processLogger().error({ error: { name: error.name } }, 'SQLite writer thread stopped');
      fail();
    });
    spawned.on('exit', fail);
    return spawned;
  };

  const writer: SqliteWriter = {
    commit(ops) {
      worker ??= spawn();
      const target = worker;
      return new Promise<WriteResult[]>((resolve, reject) => {
        seq += 1;
        waiting.set(seq, { resolve, reject });
        // A JSON string crosses threads faster than a structured clone of many small objects.
        target.postMessage({ type: 'commit', seq, ops: toWire(ops) });
      });
    },
    async close() {
      const closing = worker;
      worker = undefined;
      if (!closing || exited.has(closing)) return;
      const stopped = new Promise((resolve) => closing.once('exit', resolve));
      closing.postMessage({ type: 'close' });
      await stopped;
    },
    async check() {
      if (died) {
        writer.commit([]).catch(() => {});
        throw new WriterError('WriterExited');
      }
      await writer.commit([]);
    },
    async crash() {
      const target = worker;
      if (!target) return;
      const stopped = new Promise((resolve) => target.once('exit', resolve));
      await target.terminate();
      await stopped;
    },
  };
  return writer;
}
