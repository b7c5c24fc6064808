import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from './write-batcher.ts';

/** A fake transactional store: each commit is all-or-nothing, like a real transaction. */
function fakeStore(fails: (op: number) => boolean = () => false) {
  const committed: number[][] = [];
  const commit = async (ops: number[]) => {
    await Promise.resolve();
    if (ops.some(fails)) throw new Error('constraint');
    committed.push(ops);
    return ops.map((op) => op * 10);
  };
  return { committed, commit };
}

describe('createWriteBatcher', () => {
  it('commits writes queued in the same turn in one transaction and answers each after it', async () => {
    const store = fakeStore();
    const sizes: number[] = [];
    const batcher = createWriteBatcher({ commit: store.commit, onCommit: (n) => sizes.push(n) });
    const results = await Promise.all([1, 2, 3, 4].map((op) => batcher.enqueue(op)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(store.committed).toEqual([[1, 2, 3, 4]]);
    expect(sizes).toEqual([4]);
  });

  it('queues writes that arrive during a commit for the next batch', async () => {
    const store = fakeStore();
    const batcher = createWriteBatcher({ commit: store.commit });
    const first = batcher.enqueue(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [batcher.enqueue(2), batcher.enqueue(3)];
    await Promise.all([first, ...later]);
    expect(store.committed).toEqual([[1], [2, 3]]);
  });

  it('caps the batch size', async () => {
    const store = fakeStore();
    const batcher = createWriteBatcher({ commit: store.commit, maxBatch: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((op) => batcher.enqueue(op)));
    expect(store.committed).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('fails only the write that broke its batch', async () => {
    const store = fakeStore((op) => op === 2);
    const batcher = createWriteBatcher({ commit: store.commit });
    const settled = await Promise.allSettled([1, 2, 3].map((op) => batcher.enqueue(op)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.committed).toEqual([[1], [3]]);
  });

  it('does not re-run a committed batch when the observer throws', async () => {
    const store = fakeStore();
    const batcher = createWriteBatcher({
      commit: store.commit,
      onCommit: () => {
        throw new Error('observer');
      },
    });
    await Promise.all([batcher.enqueue(1), batcher.enqueue(2)]);
    expect(store.committed).toEqual([[1, 2]]);
  });

  it('with maxInFlight 2, hands the next batch over while the first still commits; drain waits for both', async () => {
    const started: number[][] = [];
    const finish: (() => void)[] = [];
    const commit = (ops: number[]) =>
      new Promise<number[]>((resolve) => {
        started.push(ops);
        finish.push(() => resolve(ops.map((op) => op * 10)));
      });
    const batcher = createWriteBatcher({ commit, maxInFlight: 2 });
    const first = batcher.enqueue(1);
    await new Promise((resolve) => setImmediate(resolve));
    const second = [batcher.enqueue(2), batcher.enqueue(3)];
    await new Promise((resolve) => setImmediate(resolve));
    const third = batcher.enqueue(4);
    await new Promise((resolve) => setImmediate(resolve));
    // Two in flight: the third batch waits here until one of them settles.
    expect(started).toEqual([[1], [2, 3]]);
    let drained = false;
    const draining = batcher.drain().then(() => {
      drained = true;
    });
    finish[0]!();
    await expect(first).resolves.toBe(10);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([[1], [2, 3], [4]]);
    finish[1]!();
    finish[2]!();
    await expect(Promise.all([...second, third])).resolves.toEqual([20, 30, 40]);
    await draining;
    expect(drained).toBe(true);
  });

  it('on close, commits what is queued and refuses new writes', async () => {
    const store = fakeStore();
    const batcher = createWriteBatcher({ commit: store.commit });
    const pending = [batcher.enqueue(1), batcher.enqueue(2)];
    await batcher.close();
    expect(store.committed).toEqual([[1, 2]]);
    await expect(Promise.all(pending)).resolves.toEqual([10, 20]);
    await expect(batcher.enqueue(3)).rejects.toThrow('closing');
  });
});
