import { describe, expect, it } from 'vitest';
import { loaderOf, longestTask, traceTasks, widgetTasks } from './task-attribution.ts';
import type { TraceEvent } from './widget-sizes.ts';

const page = 'http://127.0.0.1:4100/?widgets=intake';
const loader = 'http://127.0.0.1:4200/w/intake.js';
const main = { pid: 7, tid: 7, cat: 'devtools.timeline' };
const task = (ts: number, dur: number, tdur = dur): TraceEvent => ({
  ...main,
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  tdur: tdur * 1000,
});

describe('widgetTasks', () => {
  it("counts the task that ran the loader and every later one, not the host page's earlier tasks", () => {
    const hostParse = { start: 0, duration: 120 };
    const loaderTask = { start: 130, duration: 60 };
    const layout = { start: 200, duration: 55 };
    const counted = widgetTasks([hostParse, loaderTask, layout], 150);
    expect(counted).toEqual([loaderTask, layout]);
    expect(longestTask(counted)).toBe(60);
    expect(longestTask([hostParse, loaderTask, layout])).toBe(120);
  });

  it('counts every task when no loader ran', () => {
    expect(widgetTasks([{ start: 0, duration: 90 }], undefined)).toHaveLength(1);
  });
});

describe('traceTasks', () => {
  const events: TraceEvent[] = [
    { ...main, name: 'ParseHTML', ph: 'X', ts: 1_000, dur: 500, args: { beginData: { url: page } } },
    // The host page's own inline script: 80 ms, before the loader ran.
    task(1, 80),
    { ...main, name: 'ResourceSendRequest', ph: 'I', ts: 1_500, args: { data: { url: loader } } },
    // The loader's task, with a scheduler's RunTask nested inside it.
    task(100, 70, 60),
    { ...task(105, 10), name: 'ThreadPool_RunTask' },
    { ...main, name: 'EvaluateScript', ph: 'X', ts: 101_000, dur: 60_000, args: { data: { url: loader } } },
    task(200, 30),
    // Another thread's task is not the page's.
    { ...task(300, 500), tid: 8 },
  ];

  it('finds the main thread, its outermost tasks and when the loader ran', () => {
    const { tasks, loaderRan } = traceTasks(events, page, loaderOf(['intake']));
    expect(loaderRan).toBe(101);
    expect(tasks.map((t) => t.start)).toEqual([1, 100, 200]);
    const counted = widgetTasks(tasks, loaderRan);
    expect(counted.map((t) => t.start)).toEqual([100, 200]);
    expect(longestTask(counted, 'cpu')).toBe(60);
  });

  it('knows no loader on a page without a widget, or with another widget', () => {
    expect(traceTasks(events, page, loaderOf([])).loaderRan).toBeUndefined();
    expect(traceTasks(events, page, loaderOf(['faq'])).loaderRan).toBeUndefined();
  });
});
