/**
 * The background side of rotation, started by the collector: a heartbeat every few seconds that
 * also picks up a promotion, and while a decrypt-only key exists, re-encryption one small batch at
 * a time with a pause between batches so ingest is never held up for long. Timers never keep the
 * process alive; failures are logged without details and retried.
 *
 * @example
 *   const stop = startKeyRotation(storage, ring);
 *   await stop(); // on close: waits for the batch in flight
 */
import { randomUUID } from 'node:crypto';
import type { DataKeyring } from '../crypto/keyring.ts';
import type { Storage } from '../storage/open-storage.ts';
import { dropHolder, syncKeyring } from './key-states.ts';
import { runRotation } from './run-rotation.ts';

export type RotationSchedule = {
  batchSize?: number;
  /** Between two batches while there is work. */
  pauseMs?: number;
  /** Between heartbeats when idle. */
  idleMs?: number;
  /** After a completed pass: how long before looking again for late writes under an old key. */
  recheckMs?: number;
  now?: () => number;
  log?: (line: string) => void;
};

export function startKeyRotation(storage: Storage, ring: DataKeyring, options: RotationSchedule = {}) {
  const { batchSize = 200, pauseMs = 50, idleMs = 20_000, recheckMs = 600_000, now = Date.now } = options;
  const log = options.log ?? console.log;
  const db = storage.db;
  const instance = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;
  let lastBeat = 0;
  let workAfter = 0;
  let lastCheck = 0;

  const tick = async (): Promise<number> => {
    if (now() - lastBeat >= Math.min(idleMs, 5_000)) {
      await syncKeyring(db, ring, instance, now(), log);
      lastBeat = now();
    }
    if (now() < workAfter) return idleMs;
    const recheck = now() - lastCheck >= recheckMs;
    const run = await runRotation(storage.db, ring, { now: now(), batchSize, maxBatches: 1, recheck });
    if (run.remaining) {
      lastCheck = now();
      workAfter = now() + (run.finished ? 0 : recheckMs);
      if (run.retired.length > 0) log(`Data key ${run.retired.join(', ')} retired: nothing depends on it any more.`);
      if (run.failed > 0) log(`${run.failed} encrypted values could not be re-encrypted; see rotate-key status.`);
    }
    return run.batches > 0 && !run.remaining ? pauseMs : idleMs;
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = tick()
        .catch(() => {
          log('Key rotation step failed; retrying later');
          return idleMs;
        })
        .then(schedule);
    }, ms);
    timer.unref();
  };
  schedule(0);
  return async function stopKeyRotation(): Promise<void> {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
    await dropHolder(db, instance).catch(() => {});
  };
}
