/**
 * What a visitor downloads: for each widget in dist/w/manifest.json, a page holding only that
 * widget is loaded in headless Chromium (fresh cache) and every `/w/` response is gzipped and
 * summed — once when the widget has rendered ("at page load"), and again after the visitor typed
 * and pressed submit, which fetches the lazy chunks (the intake's check and condition rules): "every byte".
 * A lazy chunk the manifest lists but the page did not fetch is counted from dist/w and flagged.
 * With more than one widget, pages with the first widget plus one more give the "further widget"
 * increment. The same pages report layout shift and long tasks.
 *
 * The longest task is noisy on a shared machine, so the same page is loaded `taskRuns` more times at normal speed
 * and with the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`, how Lighthouse emulates a mid-range phone),
 * alternating, and the median and spread of each are reported; a third and a fourth load per run, traced at normal
 * speed and slowed, give the longest task's CPU time, which a busy machine does not inflate the way it does wall time
 * (with the CPU slowed, Chromium's throttling spins on the thread: its CPU time is close to the slowed wall time).
 * Only tasks the widget causes count (task-attribution.ts): the one that ran the widget's loader and those after; the
 * page's own earlier tasks are reported apart, with the same page without any widget as the
 * baseline (`measureHostBaseline`), which also checks the attribution on a deliberately slow widget and host page.
 *
 * @example
 *   const sizes = await measureWidgetSizes({ collectorUrl, pageServer, widgets: ['intake'] });
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { repoRoot } from '../e2e/support/collector-process.ts';
import { loaderOf, longestTask, type PageTask, traceTasks, widgetTasks } from './task-attribution.ts';

export type Manifest = {
  runtime: string;
  /** `chunks`: fetched when the widget mounts; `lazy`: on demand (after the visitor's first input, or a submit). */
  widgets: Record<string, { loader: string; chunks: string[]; lazy: string[]; reserve?: [number, number][] }>;
};

/** `fromDist`: listed in the manifest but not fetched by the page; its size is read from dist/w. */
export type Fetched = { path: string; bytes: number; gzip: number; fromDist?: boolean };

export type PageFigures = {
  widgets: string[];
  /** Fetched by the time the widget rendered and the network went quiet. */
  files: Fetched[];
  gzipTotal: number;
  /** Fetched after that, once the visitor typed and pressed submit (plus manifest lazy chunks not fetched). */
  lazyFiles: Fetched[];
  /** Page load plus lazy chunks: every byte of the widget. */
  gzipEveryByte: number;
  /** The site config answer (`GET /v1/sites/…/config`), gzip: fetched at page load, not under /w/. */
  configGzip: number;
  layoutShift: number;
  /** The same page reserving the widget's height in its own CSS, as the README tells web admins to. */
  layoutShiftReserved: number;
  longestTaskMs: number;
  /**
   * The longest task of each of `taskRuns` more loads of the same page, at normal speed and with the CPU slowed 4×;
   * `cpu`: the CPU time of the longest main-thread task from a trace (normal speed), which other work on the machine
   * does not inflate the way it does wall time.
   */
  longTasks: LongTasks;
};

/**
 * The widget's longest tasks (task-attribution.ts) and, in `page`, the longest of every task on the page. `cpuSlowed`:
 * the CPU time of the longest in a trace with the CPU slowed 4× (Chromium's throttling makes the thread spin, so it
 * counts as CPU time: close to the slowed wall time on a quiet machine, and not inflated by other processes' turns).
 */
type Speeds = { normal: TaskFigures; slowed: TaskFigures; cpu: TaskFigures; cpuSlowed: TaskFigures };
export type LongTasks = Speeds & { page: Speeds };

/** Longest-task samples of repeated loads (ms), with their median and spread. */
export type TaskFigures = { samples: number[]; median: number; min: number; max: number };

/** How much the CPU is slowed for the second long-task figure (Lighthouse's mobile default). */
export const cpuSlowdown = 4;

export type WidgetSizes = {
  widget: string;
  loaderGzip: number;
  first: PageFigures;
  /** Bytes added by this widget on a page that already has the first one (absent for the first). */
  further?: { gzip: number; files: Fetched[] };
};

export function readManifest(): Manifest {
  const file = join(repoRoot, 'dist/w/manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

export const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/**
 * The bench's attribution check (task-attribution.ts): `check` is a widget that keeps the main thread busy for
 * `widgetBusy` ms in a task of its own, then renders; `hostBusy` ms are the host page's own, in an inline script
 * before the widget's tag. The first must count as the widget's long task, the second must not.
 */
export type AttributionCheck = { widgetBusy: number; hostBusy: number };

const busyLoop = (ms: number) => `{const end=performance.now()+${ms};while(performance.now()<end);}`;

/** The check widget's loader, served by the page server as `/w/check.js`, so it is attributed like any loader. */
const checkWidget = (busy: number) => `setTimeout(()=>{${busyLoop(busy)}
for(const host of document.querySelectorAll('retainer-check'))host.attachShadow({mode:'open'}).innerHTML='<div class="root">checked</div>';});`;

/** A host page on its own origin that embeds `widgets` from the collector, one script each. */
function hostPage(collectorUrl: string, widgets: string[], reserveCss: string, check?: AttributionCheck): string {
  const parts = widgets.map((name) => {
    const src = name === 'check' ? `/w/check.js?busy=${check?.widgetBusy ?? 0}` : `${collectorUrl}/w/${name}.js`;
    return `<retainer-${name}></retainer-${name}>\n<script async src="${src}" data-site="harbor-vale"></script>`;
  });
  const style = reserveCss ? `<style>${reserveCss}</style>` : '';
  const hostWork = check?.hostBusy ? `<script>${busyLoop(check.hostBusy)}</script>` : '';
  // Text before and after, inside a tall viewport: any shift of the page around the widgets counts.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${style}</head><body>
<h1>A firm's page</h1>\n${hostWork}${parts.join('\n')}\n<p>Text after the widgets.</p>\n</body></html>`;
}

/** The host CSS the README recommends: the loader's reserve steps as container queries on the page's own element. */
export function reserveCss(manifest: Manifest, widgets: string[]): string {
  const rules = widgets.flatMap((name) =>
    (manifest.widgets[name]?.reserve ?? []).map(
      ([width, height]) =>
        `@container (min-width:${width}px){retainer-${name}:not(:defined){display:block;min-height:${height}px}}`,
    ),
  );
  return rules.length ? `body{container-type:inline-size}${rules.join('')}` : '';
}

export async function startPageServer(
  port: number,
  collectorUrl: string,
  manifest: Manifest,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const busy = (name: string) => Math.min(1000, Number(url.searchParams.get(name)) || 0);
    if (url.pathname === '/w/check.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(checkWidget(busy('busy')));
      return;
    }
    const widgets = (url.searchParams.get('widgets') ?? '').split(',').filter((w) => /^[a-z]+$/.test(w));
    const css = url.searchParams.get('reserve') === '1' ? reserveCss(manifest, widgets) : '';
    const check = { widgetBusy: busy('widgetBusy'), hostBusy: busy('hostBusy') };
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(hostPage(collectorUrl, widgets, css, check));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}

/**
 * Types into the widget's first text field and presses its submit button, then waits for the lazy
 * chunks the manifest lists (up to 10 s each; one that never comes is counted from dist/w instead).
 */
async function interact(page: Page, widget: string, lazyPaths: string[]) {
  const arrived = lazyPaths.map((path) =>
    page.waitForResponse((response) => new URL(response.url()).pathname === path, { timeout: 10_000 }).catch(() => {}),
  );
  const host = page.locator(`retainer-${widget}`);
  const field = host.locator('input[type="text"]:not([tabindex="-1"]), textarea').first();
  if ((await field.count()) > 0) await field.fill('A');
  const submit = host.locator('button[type="submit"]').first();
  if ((await submit.count()) > 0) await submit.click();
  await Promise.all(arrived);
  await page.waitForLoadState('networkidle');
}

async function loadPage(
  browser: Browser,
  pageUrl: string,
  collectorUrl: string,
  widgets: string[],
  options: {
    lazy?: Record<string, string[]>;
    reserve?: boolean;
    cpuRate?: number;
    trace?: boolean;
    check?: AttributionCheck;
  } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2400 } });
  const page = await context.newPage();
  if (options.cpuRate && options.cpuRate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  }
  await page.addInitScript((names: string[]) => {
    const seen = {
      shift: 0,
      tasks: [] as { start: number; duration: number }[],
      scripts: [] as { url: string; at: number }[],
    };
    Object.defineProperty(window, '__bench', { value: seen });
    // A script's `load` event comes in the task that ran it: when the widget's loader ran (task-attribution.ts).
    document.addEventListener(
      'load',
      (event) => {
        if (event.target instanceof HTMLScriptElement)
          seen.scripts.push({ url: event.target.src, at: performance.now() });
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) seen.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Ready = every widget rendered past its skeleton, checked here and told on the console: Playwright's
    // `waitForFunction` would compile its injected script on the page's main thread, a long task of the bench's own.
    const poll = setInterval(() => {
      const rendered = names.every((name) => {
        const root = document.querySelector(`retainer-${name}`)?.shadowRoot?.querySelector('.root');
        return root && !root.querySelector('.skeleton');
      });
      if (!rendered) return;
      clearInterval(poll);
      console.debug('bench:ready');
    }, 50);
  }, widgets);
  const pending: Promise<Fetched | undefined>[] = [];
  const config: Promise<number>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== collectorUrl) return;
    if (/^\/v1\/sites\/[^/]+\/config$/.test(url.pathname)) config.push(response.body().then(gzipSize, () => 0));
    if (!url.pathname.startsWith('/w/')) return;
    pending.push(
      response.body().then(
        (body) => ({ path: url.pathname, bytes: body.length, gzip: gzipSize(body) }),
        () => undefined,
      ),
    );
  });
  if (options.trace) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const rendered = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:ready', timeout: 30_000 });
  const check = options.check ? `&widgetBusy=${options.check.widgetBusy}&hostBusy=${options.check.hostBusy}` : '';
  const url = `${pageUrl}/?widgets=${widgets.join(',')}${options.reserve ? '&reserve=1' : ''}${check}`;
  await page.goto(url);
  // Every widget rendered past its skeleton, and the network went quiet.
  await rendered;
  await page.waitForLoadState('networkidle');
  const isLoader = loaderOf(widgets);
  const traced = options.trace
    ? traceTasks(
        (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents,
        url,
        isLoader,
      )
    : undefined;
  const perf = await page.evaluate(
    () =>
      (window as unknown as { __bench: { shift: number; tasks: PageTask[]; scripts: { url: string; at: number }[] } })
        .__bench,
  );
  const ran = perf.scripts.filter((script) => isLoader(script.url)).map((script) => script.at);
  const loaderRan = ran.length ? Math.min(...ran) : undefined;
  const files = (await Promise.all(pending.splice(0))).filter((f): f is Fetched => f !== undefined);
  const configGzip = (await Promise.all(config)).reduce((total, n) => total + n, 0);
  let lazyFiles: Fetched[] = [];
  if (options.lazy) {
    const loaded = new Set(files.map((f) => f.path));
    for (const widget of widgets) {
      const expected = (options.lazy[widget] ?? []).map((chunk) => `/w/${chunk}`).filter((p) => !loaded.has(p));
      await interact(page, widget, expected);
    }
    lazyFiles = (await Promise.all(pending)).filter((f): f is Fetched => f !== undefined);
  }
  await context.close();
  return {
    files,
    lazyFiles,
    configGzip,
    shift: perf.shift,
    /** The longest task the widget caused (task-attribution.ts), and the page's longest of all. */
    longest: longestTask(widgetTasks(perf.tasks, loaderRan)),
    pageLongest: longestTask(perf.tasks),
    cpu: traced ? longestTask(widgetTasks(traced.tasks, traced.loaderRan), 'cpu') : 0,
    pageCpu: traced ? longestTask(traced.tasks, 'cpu') : 0,
  };
}

/** A Chromium trace event, as the bench and test/bench/trace-tasks.ts read them. */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: Record<string, unknown>; [key: string]: unknown };
};

/** Lazy chunks of the manifest the page did not fetch, counted from dist/w so "every byte" misses none. */
function unfetchedLazy(manifest: Manifest, widget: string, fetched: Fetched[]): Fetched[] {
  const seen = new Set(fetched.map((f) => f.path));
  return (manifest.widgets[widget]?.lazy ?? [])
    .filter((chunk) => !seen.has(`/w/${chunk}`))
    .map((chunk) => {
      const body = readFileSync(join(repoRoot, 'dist/w', chunk));
      return { path: `/w/${chunk}`, bytes: body.length, gzip: gzipSize(body), fromDist: true };
    });
}

export function taskFigures(samples: number[]): TaskFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { samples, median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** Loads a page with `widgets` `runs` times at normal speed and `runs` times slowed, alternating (same conditions). */
export async function measureLongTasks(
  browser: Browser,
  pageUrl: string,
  collectorUrl: string,
  widgets: string[],
  runs: number,
  check?: AttributionCheck,
): Promise<LongTasks> {
  const samples = { normal: [] as number[], slowed: [] as number[], cpu: [] as number[], cpuSlowed: [] as number[] };
  const page = { normal: [] as number[], slowed: [] as number[], cpu: [] as number[], cpuSlowed: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const normal = await loadPage(browser, pageUrl, collectorUrl, widgets, { check });
    const slowed = await loadPage(browser, pageUrl, collectorUrl, widgets, { cpuRate: cpuSlowdown, check });
    const traced = await loadPage(browser, pageUrl, collectorUrl, widgets, { trace: true, check });
    const tracedSlowed = await loadPage(browser, pageUrl, collectorUrl, widgets, {
      trace: true,
      cpuRate: cpuSlowdown,
      check,
    });
    samples.normal.push(normal.longest);
    samples.slowed.push(slowed.longest);
    samples.cpu.push(traced.cpu);
    samples.cpuSlowed.push(tracedSlowed.cpu);
    page.normal.push(normal.pageLongest);
    page.slowed.push(slowed.pageLongest);
    page.cpu.push(traced.pageCpu);
    page.cpuSlowed.push(tracedSlowed.pageCpu);
  }
  const figures = (of: typeof samples) => ({
    normal: taskFigures(of.normal),
    slowed: taskFigures(of.slowed),
    cpu: taskFigures(of.cpu),
    cpuSlowed: taskFigures(of.cpuSlowed),
  });
  return { ...figures(samples), page: figures(page) };
}

/**
 * The host page's own long tasks (the same page without any widget: the baseline), and the attribution check: a
 * widget that is busy 80 ms must be flagged at both speeds, while 80 ms of the host page's own work before its
 * widget's tag must not count against the (idle) widget at normal speed. Either false: the figures are wrong.
 */
export async function measureHostBaseline(options: { collectorUrl: string; pageUrl: string; taskRuns?: number }) {
  const browser = await launchChromium();
  const runs = options.taskRuns ?? 5;
  try {
    const alone = await measureLongTasks(browser, options.pageUrl, options.collectorUrl, [], runs);
    const busy = 80;
    const slowWidget = await measureLongTasks(browser, options.pageUrl, options.collectorUrl, ['check'], 1, {
      widgetBusy: busy,
      hostBusy: 0,
    });
    const slowHost = await measureLongTasks(browser, options.pageUrl, options.collectorUrl, ['check'], 1, {
      widgetBusy: 0,
      hostBusy: busy,
    });
    const widgetFlagged = slowWidget.normal.max >= busy && slowWidget.slowed.max >= busy;
    const hostLeftOut = slowHost.page.normal.max >= busy && slowHost.normal.max < busy;
    return { alone, check: { busy, slowWidget, slowHost, widgetFlagged, hostLeftOut } };
  } finally {
    await browser.close();
  }
}

export async function measureWidgetSizes(options: {
  manifest: Manifest;
  collectorUrl: string;
  pageUrl: string;
  /** Loads per speed for the long-task figures (default 5). */
  taskRuns?: number;
}): Promise<WidgetSizes[]> {
  const names = Object.keys(options.manifest.widgets);
  const browser = await launchChromium();
  try {
    const results: WidgetSizes[] = [];
    let firstFiles: Fetched[] = [];
    for (const [index, widget] of names.entries()) {
      const alone = await loadPage(browser, options.pageUrl, options.collectorUrl, [widget], {
        lazy: { [widget]: options.manifest.widgets[widget]?.lazy ?? [] },
      });
      const reserved = await loadPage(browser, options.pageUrl, options.collectorUrl, [widget], { reserve: true });
      const longTasks = await measureLongTasks(
        browser,
        options.pageUrl,
        options.collectorUrl,
        [widget],
        options.taskRuns ?? 5,
      );
      const loaderPath = `/w/${options.manifest.widgets[widget]?.loader ?? `${widget}.js`}`;
      const loader = alone.files.find((f) => f.path === loaderPath);
      const lazyFiles = [
        ...alone.lazyFiles,
        ...unfetchedLazy(options.manifest, widget, [...alone.files, ...alone.lazyFiles]),
      ];
      const result: WidgetSizes = {
        widget,
        loaderGzip: loader?.gzip ?? Number.NaN,
        first: {
          widgets: [widget],
          files: alone.files,
          gzipTotal: sum(alone.files),
          lazyFiles,
          gzipEveryByte: sum(alone.files) + sum(lazyFiles),
          configGzip: alone.configGzip,
          layoutShift: alone.shift,
          layoutShiftReserved: reserved.shift,
          longestTaskMs: alone.longest,
          longTasks,
        },
      };
      if (index === 0) firstFiles = alone.files;
      else {
        const first = names[0] ?? widget;
        const both = await loadPage(browser, options.pageUrl, options.collectorUrl, [first, widget]);
        const already = new Set(firstFiles.map((f) => f.path));
        const added = both.files.filter((f) => !already.has(f.path));
        result.further = { gzip: sum(added), files: added };
      }
      results.push(result);
    }
    return results;
  } finally {
    await browser.close();
  }
}

function sum(files: Fetched[]): number {
  return files.reduce((total, f) => total + f.gzip, 0);
}
