/**
 * A task the collector repeats in the background: first after `firstMs`, then every `everyMs`,
 * never two runs at once, never keeping the process alive. A failure is logged by `failure`
 * (without details: they could name data) and the next tick tries again.
 *
 * @example
 *   const stop = repeatInBackground(() => refreshCohorts(db), { firstMs: 1000, everyMs: 10_000, failure: 'Cohort refresh' });
 *   stop(); // on close
 */
export function repeatInBackground(
  task: () => Promise<unknown>,
  { firstMs, everyMs, failure }: { firstMs: number; everyMs: number; failure: string },
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch {
      console.warn(`${failure} failed; retrying later`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, firstMs);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
