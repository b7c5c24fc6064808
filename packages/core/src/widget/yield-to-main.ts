/**
 * Gives the main thread back to the browser before the caller goes on, so a widget's start-up is several short
 * tasks instead of one long one that the host page's visitor feels (issue 18: no task ≥ 50 ms, also with the CPU
 * slowed 4×). `scheduler.yield()` where the browser has it (the continuation runs before other queued work), else a
 * new task from `setTimeout` (clamped to 4 ms only when nested deeper than these few calls).
 *
 * @example
 *   renderShell();
 *   await yieldToMain();
 *   renderTheRest();
 */
type Scheduler = { yield?: () => Promise<void> };

export const yieldToMain = (): Promise<void> =>
  (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
