/**
 * Group commit: writes that arrive while the event loop is busy are queued and
 * committed together in ONE transaction; each caller's promise settles only after
 * that commit. This is what makes durable ingest cheap (one fsync per batch).
 *
 * @example
 *   const batcher = createWriteBatcher({ commit: (ops) => db.transaction().execute(...) });
 *   await batcher.enqueue(op); // resolved after the batch holding `op` committed
 */

export type WriteBatcherOptions<Op, Result> = {
  /** Runs every op in one transaction and returns one result per op, in order. */
  commit: (ops: Op[]) => Promise<Result[]>;
  /** Upper bound on ops per transaction. */
  maxBatch?: number;
  /**
   * Batches handed to `commit` before the first of them settles (default 1). Above 1 the next batch waits at the
   * committer instead of here, so it starts the moment the previous commit ends (the SQLite writer thread, which
   * commits one after another and merges what queued up; issue 18). Keep 1 where batches would run concurrently.
   */
  maxInFlight?: number;
  /** Called with the size and duration (ms) of every committed transaction (metrics, tests). */
  onCommit?: (size: number, ms: number) => void;
};

export type WriteBatcher<Op, Result> = {
  enqueue(op: Op): Promise<Result>;
  /** Resolves once everything queued so far has been committed or failed. */
  drain(): Promise<void>;
  /** Rejects later writes, then drains. */
  close(): Promise<void>;
};

type Pending<Op, Result> = { op: Op; resolve: (result: Result) => void; reject: (error: unknown) => void };

export function createWriteBatcher<Op, Result>(options: WriteBatcherOptions<Op, Result>): WriteBatcher<Op, Result> {
  const { commit, maxBatch = 1000, maxInFlight = 1, onCommit } = options;
  let queue: Pending<Op, Result>[] = [];
  let inFlight = 0;
  let scheduled = false;
  let closed = false;
  let idle: (() => void)[] = [];

  const commitCounted = async (ops: Op[]) => {
    const started = performance.now();
    const results = await commit(ops);
    try {
      onCommit?.(ops.length, performance.now() - started);
    } catch {
      // A failing observer must not look like a failed commit (that would re-run the writes).
    }
    return results;
  };

  const runBatch = async (batch: Pending<Op, Result>[]) => {
    try {
      const results = await commitCounted(batch.map((p) => p.op));
      for (const [i, p] of batch.entries()) p.resolve(results[i] as Result);
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Isolate the culprit: one transaction per op, so one bad write cannot fail its neighbours.
      for (const p of batch) {
        await commitCounted([p.op]).then(([result]) => p.resolve(result as Result), p.reject);
      }
    }
  };

  const settled = () => {
    if (queue.length > 0 || inFlight > 0 || scheduled) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };

  const pump = () => {
    // Writes that arrive while the batches in flight commit wait for the next one: batches grow with load.
    while (queue.length > 0 && inFlight < maxInFlight) {
      const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
      queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
      inFlight += 1;
      void runBatch(batch).then(() => {
        inFlight -= 1;
        pump();
        settled();
      });
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after the current I/O phase: every request parsed in this turn joins the batch.
    setImmediate(() => {
      scheduled = false;
      pump();
      settled();
    });
  };

  return {
    enqueue(op) {
      if (closed) return Promise.reject(new Error('Storage is closing'));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ op, resolve, reject });
        schedule();
      });
    },
    drain() {
      return new Promise<void>((resolve) => {
        idle.push(resolve);
        settled();
      });
    },
    async close() {
      closed = true;
      await this.drain();
    },
  };
}
