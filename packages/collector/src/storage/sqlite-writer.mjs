// The SQLite writer, in a worker thread. With synchronous=FULL every commit waits for fsync;
// waiting here keeps the main thread parsing requests meanwhile, so group-commit batches grow
// under load. Plain JavaScript on purpose: it starts fast under any loader (tsx, vitest, node).
// The SQL comes from write-queries.ts (built by Kysely); the protocol is in sqlite-writer-client.ts.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, pragmas, statements } = workerData;
const db = new Database(file);
for (const pragma of pragmas) db.pragma(pragma);
const insertEvent = db.prepare(statements.insertEvent);
const insertIntake = db.prepare(statements.insertIntake);
const insertOutbox = db.prepare(statements.insertOutbox);
const upsertJourney = db.prepare(statements.upsertJourney);
const upsertRollup = db.prepare(statements.upsertRollup);
const returnAfterCandidate = db.prepare(statements.returnAfterCandidate);
const returnAfterDecide = db.prepare(statements.returnAfterDecide);

// A transaction's rollup counts, summed per key and upserted once per key (issue 18): a batch's events mostly share
// their day, stage, type and dimensions, so one upsert counts many. Flushed before any statement that could read
// journey_daily and at the end of the transaction, so every reader sees the same counts as one upsert per event.
let rollupCounts = new Map();
function countRollup(rollup) {
  // On the wire: the key's columns, then 1 (see rollupParameters).
  const key = JSON.stringify(rollup);
  const counted = rollupCounts.get(key);
  if (counted) counted[counted.length - 1] += rollup[rollup.length - 1];
  else rollupCounts.set(key, [...rollup]);
}
function flushRollups() {
  if (rollupCounts.size === 0) return;
  const counts = rollupCounts;
  rollupCounts = new Map();
  for (const rollup of counts.values()) upsertRollup.run(rollup);
}

// An event row on the wire: [event, journey, rollups, follow-up] (see sqlite-writer-client.ts).
// Only an event that was really inserted (not a replayed id) touches the journey tables.
function storeEvent([event, journey, rollups, follow]) {
  if (insertEvent.run(event).changes === 0) return;
  upsertJourney.run(journey);
  for (const rollup of rollups) countRollup(rollup);
  if (follow === 1) returnAfterCandidate.run(journey[2], journey[0], journey[1], journey[2], journey[2]);
  else if (follow === 2) returnAfterDecide.run(journey[0], journey[1]);
}

// Statements from `query` ops (the outbox worker's), prepared once each. `queries` ops (the cohort refresh's inserts,
// whose text changes with their row count) are prepared each time, so they never crowd the outbox's out.
const prepared = new Map();
function runQuery({ sql, parameters }, keep = true) {
  let statement = prepared.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (keep && prepared.size < 200) prepared.set(sql, statement);
  }
  if (statement.reader) {
    const rows = statement.all(parameters);
    return { rows, changes: rows.length };
  }
  return { rows: [], changes: statement.run(parameters).changes };
}

// One transaction for the whole batch; per op, whether it stored something new (or a query's result).
const commitInTransaction = db.transaction((ops) => {
  const results = ops.map((op) => {
    if (op.kind === 'query') {
      flushRollups();
      return runQuery(op);
    }
    if (op.kind === 'queries') {
      flushRollups();
      for (const query of op.queries) runQuery(query, false);
      return true;
    }
    if (op.kind === 'intake') {
      if (insertIntake.run(op.row).changes === 0) return false;
      // The messages the intake causes (issue 15): in its transaction, only when the intake is new.
      for (const message of op.outbox ?? []) insertOutbox.run(message);
      return true;
    }
    for (const row of op.rows) storeEvent(row);
    return true;
  });
  flushRollups();
  return results;
});
// Counts left from a transaction that failed midway belong to its rolled-back events: never to the next one.
function commit(ops) {
  rollupCounts = new Map();
  return commitInTransaction(ops);
}

const failure = (error) => {
  // Only the error's name and code cross over: SQLite messages can quote values.
  const code = typeof error?.code === 'string' ? error.code : undefined;
  return { name: error?.name ?? 'Error', code };
};

function commitOne(request, ops) {
  try {
    parentPort.postMessage({ seq: request.seq, results: commit(ops) });
  } catch (error) {
    parentPort.postMessage({ seq: request.seq, error: failure(error) });
  }
}

// Batches that queued up here while the last commit waited for its fsync are committed together, in one
// transaction (issue 18): the client hands a batch over before the previous one is on disk. If the merged
// transaction fails, each batch runs alone, so one batch's bad write cannot fail another's.
function commitMerged(requests) {
  const opsOf = requests.map((request) => JSON.parse(request.ops));
  if (requests.length === 1) return commitOne(requests[0], opsOf[0]);
  let results;
  try {
    results = commit(opsOf.flat());
  } catch {
    for (const [i, request] of requests.entries()) commitOne(request, opsOf[i]);
    return;
  }
  let offset = 0;
  for (const [i, request] of requests.entries()) {
    const count = opsOf[i].length;
    parentPort.postMessage({ seq: request.seq, results: results.slice(offset, offset + count) });
    offset += count;
  }
}

function close() {
  db.close();
  parentPort.close();
}

parentPort.on('message', (first) => {
  if (first.type === 'close') return close();
  const requests = [first];
  let closing = false;
  for (let next = receiveMessageOnPort(parentPort); next; next = receiveMessageOnPort(parentPort)) {
    if (next.message.type === 'close') {
      closing = true;
      break;
    }
    requests.push(next.message);
  }
  commitMerged(requests);
  if (closing) close();
});
