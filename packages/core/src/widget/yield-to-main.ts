/**
 * Gives the main thread back to the browser before the caller goes on, so a widget's start-up is several short
 * tasks instead of one long one that the host page's visitor feels (issue 18: no task ≥ 50 ms, also with the CPU
 * slowed 4×). `scheduler.yield()` where the browser has it (the continuation runs before other queued work), else a
 * `MessageChannel` message: a new task without `setTimeout`'s clamp, and not one that fake timers hold back.
 *
 * @example
 *   renderShell();
 *   await yieldToMain();
 *   renderTheRest();
 */
type Scheduler = { yield?: () => Promise<void> };

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep Node (tests) running
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
