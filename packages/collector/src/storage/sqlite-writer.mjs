// The SQLite writer, in a worker thread. With synchronous=FULL every commit waits for fsync;
// waiting here keeps the main thread parsing requests meanwhile, so group-commit batches grow
// under load. Plain JavaScript on purpose: it starts fast under any loader (tsx, vitest, node).
// The SQL comes from write-queries.ts (built by Kysely); the protocol is in sqlite-writer-client.ts.
import { parentPort, workerData } from 'node:worker_threads';
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

// An event row on the wire: [event, journey, rollups, follow-up] (see sqlite-writer-client.ts).
// Only an event that was really inserted (not a replayed id) touches the journey tables.
function storeEvent([event, journey, rollups, follow]) {
  if (insertEvent.run(event).changes === 0) return;
  upsertJourney.run(journey);
  for (const rollup of rollups) upsertRollup.run(rollup);
  if (follow === 1) returnAfterCandidate.run(journey[2], journey[0], journey[1], journey[2], journey[2]);
  else if (follow === 2) returnAfterDecide.run(journey[0], journey[1]);
}

// Statements from `query` ops (the outbox worker's), prepared once each.
const prepared = new Map();
function runQuery({ sql, parameters }) {
  let statement = prepared.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (prepared.size < 200) prepared.set(sql, statement);
  }
  if (statement.reader) {
    const rows = statement.all(parameters);
    return { rows, changes: rows.length };
  }
  return { rows: [], changes: statement.run(parameters).changes };
}

// One transaction for the whole batch; per op, whether it stored something new (or a query's result).
const commit = db.transaction((ops) =>
  ops.map((op) => {
    if (op.kind === 'query') return runQuery(op);
    if (op.kind === 'intake') {
      if (insertIntake.run(op.row).changes === 0) return false;
      // The messages the intake causes (issue 15): in its transaction, only when the intake is new.
      for (const message of op.outbox ?? []) insertOutbox.run(message);
      return true;
    }
    for (const row of op.rows) storeEvent(row);
    return true;
  }),
);

parentPort.on('message', (request) => {
  if (request.type === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    parentPort.postMessage({ seq: request.seq, results: commit(JSON.parse(request.ops)) });
  } catch (error) {
    // Only the error's name and code cross over: SQLite messages can quote values.
    const code = typeof error?.code === 'string' ? error.code : undefined;
    parentPort.postMessage({ seq: request.seq, error: { name: error?.name ?? 'Error', code } });
  }
});
