/**
 * What is inside a widget's long tasks: loads the bench's host page with one widget, CPU slowed 4× (as the bench),
 * records a Chromium trace (timeline, V8 compile, blink, loading) and prints, for each main-thread task ≥ `--min` ms,
 * its top events by self time with the script each ran for (issue 18), and whose it is: the widget's from the task that
 * ran its loader on, else the host page's own (task-attribution.ts, as the bench). The raw trace goes to `--out`.
 *
 * @example
 *   npm run build && npx tsx test/bench/trace-tasks.ts --widget intake --runs 3 --out /tmp/intake-trace.json
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../e2e/support/browser.ts';
import { startCollector } from '../e2e/support/collector-process.ts';
import { freePort } from '../e2e/support/free-port.ts';
import { loaderOf, traceTasks, widgetTasks } from './task-attribution.ts';
import { cpuSlowdown, measureLongTasks, readManifest, startPageServer, type TraceEvent } from './widget-sizes.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const widgets = option('widget', 'intake').split(',');
const runs = Number(option('runs', '1'));
const minMs = Number(option('min', '50'));
const rate = Number(option('rate', String(cpuSlowdown)));
const out = option('out', '');
/** `--profile`: also a JS sampling profile of the load (CDP Profiler), its top functions by self time. */
const profile = args.includes('--profile');

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
/** One profile sample: when (µs, the trace's clock) and its stack, innermost first. */
type Sample = { ts: number; stack: string[] };

const frameName = (frame: ProfileNode['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '')}:${frame.lineNumber}:${frame.columnNumber}`;

/** The profile's samples with their times and stacks, to split them by trace task. */
function samplesOf(cpu: CpuProfile): Sample[] {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  let ts = cpu.startTime;
  return cpu.samples.map((id, i) => {
    ts += cpu.timeDeltas[i] ?? 0;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame && frame.functionName !== '(root)') stack.push(frameName(frame));
    }
    return { ts, stack };
  });
}

/** Inside one task: the functions with the most self and total time (ms of samples). */
function printTaskProfile(samples: Sample[], from: number, to: number) {
  const inside = samples.filter((s) => s.ts >= from && s.ts <= to);
  if (!inside.length) return;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let previous = from;
  for (const sample of inside) {
    const ms = (sample.ts - previous) / 1000;
    previous = sample.ts;
    const top = sample.stack[0] ?? '(idle)';
    self.set(top, (self.get(top) ?? 0) + ms);
    for (const name of new Set(sample.stack)) total.set(name, (total.get(name) ?? 0) + ms);
  }
  const print = (title: string, of: Map<string, number>, count: number) => {
    console.log(`   JS profile in this task, ${title} (ms):`);
    for (const [name, ms] of [...of].sort((a, b) => b[1] - a[1]).slice(0, count))
      console.log(`     ${ms.toFixed(1).padStart(7)}  ${name}`);
  };
  print('self', self, 10);
  print('total', total, 25);
}

function printProfile(nodes: ProfileNode[], samples: number[], deltas: number[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '')}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  console.log('  JS profile, self time (ms):');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${ms.toFixed(1).padStart(7)}  ${key}`);
}

/** `--light`: only the bench's own categories (compile events by the hundred make the traced tasks longer). */
const light = args.includes('--light');
const fullCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink',
  'blink.user_timing',
  'loading',
];
const categories = light ? ['toplevel', 'devtools.timeline'] : fullCategories;

/** The script an event ran for, where the trace says. */
function urlOf(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const url =
    (data.url as string | undefined) ??
    (data.scriptName as string | undefined) ??
    (event.args?.fileName as string | undefined) ??
    ((data.stackTrace as { url?: string }[] | undefined)?.[0]?.url as string | undefined) ??
    '';
  return url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '');
}

function analyse(
  trace: TraceEvent[],
  observed: { start: number; duration: number }[],
  pageUrl: string,
  samples: Sample[] = [],
) {
  const main = trace.find((e) => e.name === 'EvaluateScript' && urlOf(e).includes('/w/'));
  if (!main) {
    console.log('  no widget loader ran on the traced page');
    return;
  }
  // As the bench attributes them (task-attribution.ts): from the loader's task on, a task is the widget's.
  const { loaderRan } = traceTasks(trace, pageUrl, loaderOf(widgets));
  const owner = (task: TraceEvent) =>
    widgetTasks([{ start: task.ts / 1000, duration: (task.dur ?? 0) / 1000 }], loaderRan).length
      ? "widget's"
      : "host page's own (before the loader ran)";
  const thread = trace.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // Outermost tasks only: a scheduler's RunTask nests inside the toplevel one.
  const runTasks = thread.filter((e) => e.name.endsWith('RunTask'));
  const tasks = runTasks.filter(
    (e) =>
      (e.dur ?? 0) / 1000 >= minMs &&
      !runTasks.some((p) => p !== e && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0)),
  );
  // Task times below count from when the loader ran (negative: before it).
  const start = (loaderRan ?? 0) * 1000;
  console.log(
    `  longtask entries the page's observer saw (from navigation): ${observed.map((t) => `+${t.start.toFixed(0)} ms ${t.duration.toFixed(0)} ms`).join(', ') || 'none'}`,
  );
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = thread
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Self time = own duration minus direct children's.
    const self = new Map<TraceEvent, number>();
    const selfCpu = new Map<TraceEvent, number>();
    const stack: TraceEvent[] = [];
    for (const event of inside) {
      while (stack.length && (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0) <= event.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) {
        self.set(parent, (self.get(parent) ?? 0) - (event.dur ?? 0));
        selfCpu.set(parent, (selfCpu.get(parent) ?? 0) - (event.tdur ?? 0));
      }
      self.set(event, (self.get(event) ?? 0) + (event.dur ?? 0));
      selfCpu.set(event, (selfCpu.get(event) ?? 0) + (event.tdur ?? 0));
      stack.push(event);
    }
    const byName = new Map<string, { ms: number; cpu: number; count: number; urls: Set<string> }>();
    for (const [event, us] of self) {
      const key = event.name;
      const entry = byName.get(key) ?? { ms: 0, cpu: 0, count: 0, urls: new Set<string>() };
      entry.ms += us / 1000;
      entry.cpu += (selfCpu.get(event) ?? 0) / 1000;
      entry.count++;
      const url = urlOf(event);
      if (url) entry.urls.add(url);
      byName.set(key, entry);
    }
    const ms = (task.dur ?? 0) / 1000;
    const cpu = (task.tdur ?? 0) / 1000;
    console.log(
      `\n  task at +${((task.ts - start) / 1000).toFixed(0)} ms: ${ms.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU, ${owner(task)}`,
    );
    const top = inside
      .filter((e) => !e.name.endsWith('RunTask'))
      .filter((e) => {
        const parents = inside.filter(
          (p) => p !== e && !p.name.endsWith('RunTask') && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0),
        );
        return parents.length === 0;
      });
    console.log('   top-level events:');
    for (const event of top.filter((e) => (e.dur ?? 0) >= 500))
      console.log(
        `     ${event.name.padEnd(40)} ${((event.dur ?? 0) / 1000).toFixed(1).padStart(7)} ms ${((event.tdur ?? 0) / 1000).toFixed(1).padStart(6)} ms CPU  ${urlOf(event)}`,
      );
    console.log('   self time by event (wall, CPU):');
    const sorted = [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 12);
    for (const [name, entry] of sorted)
      console.log(
        `     ${name.padEnd(40)} ${entry.ms.toFixed(1).padStart(7)} ms ${entry.cpu.toFixed(1).padStart(6)} ms CPU ×${String(entry.count).padEnd(4)} ${[...entry.urls].slice(0, 3).join(' ')}`,
      );
    printTaskProfile(samples, task.ts, end);
  }
  if (!tasks.length) console.log(`  no main-thread task ≥ ${minMs} ms`);
  // From the loader's run on (as the bench's CPU figure): the five tasks with the most CPU time.
  const after = runTasks
    .filter(
      (e) =>
        e.ts >= main.ts - 1 &&
        !runTasks.some((p) => p !== e && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0)),
    )
    .map((e) => (e.tdur ?? 0) / 1000)
    .sort((a, b) => b - a);
  console.log(
    `  most CPU per task from the loader on (ms): ${after
      .slice(0, 5)
      .map((n) => n.toFixed(1))
      .join(', ')}`,
  );
}

const manifest = readManifest();
const pagePort = await freePort();
const collector = await startCollector({ demoOrigins: [`http://127.0.0.1:${pagePort}`] });
const pages = await startPageServer(pagePort, collector.url, manifest);
const browser = await launchChromium();
/** `--measure N`: no trace; the bench's own long-task figures (widget-sizes.ts) for these widgets only, N loads each. */
const measure = Number(option('measure', '0'));
try {
  if (measure > 0) {
    const { page, ...figures } = await measureLongTasks(browser, pages.url, collector.url, widgets, measure);
    for (const [speed, f] of Object.entries(figures)) {
      const whole = page[speed as keyof typeof page];
      console.log(
        `${widgets.join('+')} ${speed}: median ${f.median.toFixed(1)} ms (${f.samples.map((n) => n.toFixed(1)).join(', ')}); ` +
          `whole page median ${whole.median.toFixed(1)} ms`,
      );
    }
  }
  for (let run = 0; run < (measure > 0 ? 0 : runs); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 2400 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // The bench's own observer (widget-sizes.ts), so the tasks it counts can be found in the trace.
    await page.addInitScript(() => {
      const seen: { start: number; duration: number }[] = [];
      Object.defineProperty(window, '__longTasks', { value: seen });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await browser.startTracing(page, { categories });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const pageUrl = `${pages.url}/?widgets=${widgets.join(',')}`;
    await page.goto(pageUrl);
    await page.waitForLoadState('networkidle');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const buffer = await browser.stopTracing();
    let samples: Sample[] = [];
    if (profile) {
      const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      printProfile(cpu.nodes, cpu.samples, cpu.timeDeltas);
      samples = samplesOf(cpu);
    }
    const observed = await page.evaluate(
      () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
    );
    if (out) writeFileSync(run ? out.replace(/\.json$/, `-${run}.json`) : out, buffer);
    console.log(`\n${widgets.join('+')} run ${run + 1}, CPU ${rate}× slower`);
    analyse((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents, observed, pageUrl, samples);
    await context.close();
  }
} finally {
  await browser.close();
  pages.server.close();
  await collector.stop();
}
