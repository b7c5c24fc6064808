/**
 * Runs one bounded purge step until it touches fewer rows than a batch, yielding to the event loop
 * between steps: each step is its own short transaction, so a big purge never holds ingest up for long.
 *
 * @example
 *   const deleted = await inBatches(() => deleteOldEvents(db, site, stage, cutoff, 1000), 1000);
 */

/** Rows per statement or transaction. */
export const purgeBatchSize = 1000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function inBatches(step: () => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const touched = await step();
    total += touched;
    if (touched < batchSize) return total;
    await nextTurn();
  }
}
