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

// One transaction for the whole batch; per op, whether it stored something new.
const commit = db.transaction((ops) =>
  ops.map((op) => {
    if (op.kind === 'intake') return insertIntake.run(op.row).changes > 0;
    for (const row of op.rows) insertEvent.run(row);
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
