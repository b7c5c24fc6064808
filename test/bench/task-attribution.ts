/**
 * Which of a host page's long tasks a widget causes (issue 18). A widget's code can only run once its loader script
 * ran, so the task that ran the loader and every main-thread task after it count as the widget's: its scripts, the
 * style, layout and paint its DOM causes, and any of the host page's own work that falls after that moment too
 * (counted against the widget: the figure can be too high, never too low). Tasks that ended before it (the host
 * page's own parse, inline scripts, style and first layout) are the page's own; the bench reports them as the
 * baseline, the same page without any widget. `loaderRan` is a moment inside the loader's task: its script element's
 * `load` event for the page's long-task entries (dispatched in the task that ran it), its `EvaluateScript` in a trace.
 * Not the loader's request or its arrival: the preload scanner asks for it, and it may arrive, before the parser
 * reaches the host page's own inline scripts, which would then count (the bench's attribution check caught both).
 * No loader ran: every task counts.
 *
 * @example
 *   const longest = longestTask(widgetTasks(tasks, loaderRan));
 */
import type { TraceEvent } from './widget-sizes.ts';

/** One main-thread task: start and duration in ms on one clock; `cpu`: its thread time, where a trace gives it. */
export type PageTask = { start: number; duration: number; cpu?: number };

export function widgetTasks(tasks: PageTask[], loaderRan: number | undefined): PageTask[] {
  // 1 ms of slack: long-task entries' times are coarsened; a host task ending just before counts (too high, not low).
  return loaderRan === undefined ? tasks : tasks.filter((task) => task.start + task.duration >= loaderRan - 1);
}

export function longestTask(tasks: PageTask[], figure: 'duration' | 'cpu' = 'duration'): number {
  return Math.max(0, ...tasks.map((task) => task[figure] ?? 0));
}

/** A widget's loader script: `/w/<name>.js` of one of `widgets`, on any origin (the bench's check widget is the page's). */
export const loaderOf =
  (widgets: string[]) =>
  (url: string): boolean =>
    widgets.some((name) => URL.canParse(url) && new URL(url).pathname === `/w/${name}.js`);

/**
 * From a Chromium trace of one page load: the outermost tasks of the page's main thread (ms, trace clock) and when
 * it first evaluated a loader (undefined when none ran, as on a page without a widget).
 */
export function traceTasks(
  events: TraceEvent[],
  pageUrl: string,
  isLoader: (url: string) => boolean,
): { tasks: PageTask[]; loaderRan: number | undefined } {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String((e.args?.beginData as { url?: string })?.url ?? '').startsWith(pageUrl),
  );
  if (!parse) throw new Error(`the trace holds no parse of ${pageUrl}`);
  const runTasks = events.filter(
    (e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && e.name.endsWith('RunTask'),
  );
  // A scheduler's RunTask nests inside the toplevel one: only the outermost is a task.
  const outermost = runTasks.filter(
    (e) => !runTasks.some((p) => p !== e && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0)),
  );
  const runs = events
    .filter(
      (e) =>
        e.name === 'EvaluateScript' &&
        e.pid === parse.pid &&
        e.tid === parse.tid &&
        isLoader(String(e.args?.data?.url)),
    )
    .map((e) => e.ts / 1000);
  return {
    tasks: outermost.map((e) => ({ start: e.ts / 1000, duration: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 })),
    loaderRan: runs.length ? Math.min(...runs) : undefined,
  };
}
