/**
 * A task the collector repeats in the background: first after `firstMs`, then every `everyMs`,
 * never two runs at once, never keeping the process alive. Each run is one log line (job, duration,
 * outcome; failures without details: they could name data) and feeds the job metrics (runs, failures,
 * lag behind schedule); the next tick tries again after a failure.
 *
 * @example
 *   const stop = repeatInBackground(() => refreshCohorts(db), { firstMs: 1000, everyMs: 10_000, failure: 'Cohort refresh' });
 *   stop(); // on close
 */
import { errorFacts, processLogger } from '../logging/logger.ts';
import { processMetrics } from '../metrics/index.ts';

/** `Journey cohort refresh` → `journey_cohort_refresh`: the job's label in logs and metrics. */
export const jobName = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export function repeatInBackground(
  task: () => Promise<unknown>,
  { firstMs, everyMs, failure }: { firstMs: number; everyMs: number; failure: string },
): () => void {
  const job = jobName(failure);
  let due = Date.now() + firstMs;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    // Lag: how late this run starts after it was due (a busy event loop, or a previous run overrunning).
    const lagSeconds = Math.max(0, Date.now() - due) / 1000;
    const started = performance.now();
    let failed = false;
    try {
      await task();
    } catch (error) {
      failed = true;
      processLogger().warn({ job, error: errorFacts(error) }, 'background job failed; retrying later');
    }
    const seconds = (performance.now() - started) / 1000;
    processMetrics().observeJob(job, { seconds, lagSeconds, failed });
    processLogger().info(
      { job, durationMs: Math.round(seconds * 10_000) / 10, lagMs: Math.round(lagSeconds * 1000), failed },
      'job run',
    );
    // The next run is due `everyMs` after this one was due; after an overrun, right away (never two at a time,
    // never a burst to catch up).
    due = Math.max(due + everyMs, Date.now());
    schedule();
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(run, Math.max(0, due - Date.now()));
    timer.unref();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
