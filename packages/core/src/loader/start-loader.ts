/**
 * The classic-script loader behind `/w/intake.js` and `/w/retainer.js`:
 * installs the `Retainer` queue stub, finds placements, reserves their space
 * (no layout shift), and when one comes near the viewport `import()`s the
 * widget's chunks from the script's own origin and mounts it.
 *
 * @example
 *   startLoader({ intake: { chunks: ['chunks/intake-x1.js', 'chunks/runtime-y2.js'], reserve: [[0, 2000], [560, 1300]] } }, 'intake');
 */
import type { RetainerGlobal } from '../commands/command-queue.ts';
import { requestSurvey } from '../commands/survey-trigger.ts';
import type { ScriptSettings } from '../config/read-config.ts';
import { setupError, warn } from '../errors.ts';

/**
 * What the build tells a loader about one widget: its chunks (entry first), and the height to reserve as
 * `[fromHostWidth, heightPx]` steps, narrowest first.
 */
export type LoaderWidget = { chunks: string[]; reserve: [number, number][] };
/** Places a floating launcher (see `float-bubble.ts`); only the loaders of floating widgets carry one. */
export type PlaceBubble = (name: string, script: HTMLScriptElement, onOpen: (host: HTMLElement) => void) => HTMLElement;
export type LoaderWidgets = Record<string, LoaderWidget>;
/** What the loader lets a `PlaceDefault` do. */
export type LoaderPlaces = {
  /** The page's own placements of a widget. */
  placements(name: string): NodeListOf<Element>;
  /** Reserves the space in `host` and mounts `name` into it once it comes near the viewport. */
  prepare(name: string, host: Element): void;
  /** `host` waits for a press or `Retainer('open', name)` (also one called before) to mount `name`. */
  waitForOpen(name: string, host: HTMLElement): void;
  mount(host: Element): void;
};
/**
 * What a loader places by itself once the page is parsed: its widget after its script tag (`afterScript`), or a
 * launcher bubble (`float-bubble.ts`). A function, so a loader without one carries none of its code.
 */
export type PlaceDefault = (script: HTMLScriptElement, loader: LoaderPlaces) => void;
type WidgetModule = { mount(host: Element, script: ScriptSettings): unknown };

/** Start loading this far before a placement scrolls into view. */
const nearViewport = '600px 0px';

export function startLoader(
  widgets: LoaderWidgets,
  placeDefault?: PlaceDefault,
  /** Only in loaders that carry the survey (`survey.js`, `retainer.js`): opens it from its link (issue 6). */
  watchSurvey?: (open: (host: Element) => void) => void,
): void {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) {
    throw setupError('load the widget script with <script async src="…/w/intake.js">, not as a module or inline');
  }
  const base = new URL('.', script.src).href;
  const settings: ScriptSettings = { src: script.src, data: { ...script.dataset } };
  const waiting = new Map<Element, string>();
  const modules = new Map<string, Promise<WidgetModule>>();

  const load = (name: string) => {
    let module = modules.get(name);
    if (!module) {
      // All chunks at once: the entry's static imports would otherwise be found one round trip later.
      const chunks = (widgets[name]?.chunks ?? []).map((chunk) => import(/* @vite-ignore */ base + chunk));
      module = Promise.all(chunks).then(([entry]) => entry as WidgetModule);
      modules.set(name, module);
    }
    return module;
  };

  const mount = (host: Element) => {
    const name = waiting.get(host);
    if (!name) return;
    waiting.delete(host);
    observer?.unobserve(host);
    load(name).then(
      (module) => {
        try {
          module.mount(host, settings);
        } catch (error) {
          // A setup mistake: surface it as the page's own error, not an unhandled rejection.
          setTimeout(() => {
            throw error;
          });
        }
      },
      (error) => warn(`${name}: could not load the widget from ${base}`, error),
    );
  };

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) if (entry.isIntersecting) mount(entry.target);
          },
          { rootMargin: nearViewport },
        )
      : undefined;

  /** `Retainer('open', name)` before that widget's placement exists (a bubble is placed once the page is parsed). */
  const requested = new Set<unknown>();
  const open = (name: unknown) => {
    let found = false;
    for (const [host, widget] of waiting) {
      if (widget !== name) continue;
      found = true;
      mount(host);
    }
    if (!found) requested.add(name);
  };

  const prepare = (name: string, host: Element) => {
    if (host.shadowRoot) return; // another loader on the page got here first
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch {
      throw setupError(
        `<${host.localName} data-retainer="${name}"> cannot hold a widget; use <retainer-${name}> or a <div>`,
      );
    }
    // The widget's future root holds the space, sized by the host's own width (container queries), so the page
    // does not shift when the widget arrives. The runtime renders into this root; the visitor's first interaction
    // drops the sheet. Heights are generous: content shorter than the reservation leaves a gap, taller pushes.
    const steps = (widgets[name]?.reserve ?? []).map(
      ([width, height]) => `@container (min-width:${width}px){.root{min-height:${height}px}}`,
    );
    const reserve = new CSSStyleSheet();
    reserve.replaceSync(`:host{display:block;container-type:inline-size}.root{display:block}${steps.join('')}`);
    shadow.adoptedStyleSheets = [reserve];
    const root = document.createElement('div');
    root.className = 'root';
    shadow.append(root);
    waiting.set(host, name);
    if (observer) observer.observe(host);
    else mount(host);
  };

  const placements = (name: string) => document.querySelectorAll(`retainer-${name},[data-retainer="${name}"]`);
  const scan = () => {
    for (const name of Object.keys(widgets)) for (const host of placements(name)) prepare(name, host);
  };

  // Before the stub replays the page's queue, so a queued Retainer('survey', token) finds the listener.
  watchSurvey?.((host) => {
    prepare('survey', host);
    mount(host);
  });
  installStub(window, open);
  // Placements above the script exist now: reserve their space at once; the rest once the page is parsed.
  scan();
  const finish = () => {
    scan();
    placeDefault?.(script, {
      placements,
      prepare,
      waitForOpen: (name, host) => {
        waiting.set(host, name);
        if (requested.has(name)) mount(host);
      },
      mount,
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', finish, { once: true });
  else finish();
}

/** Queues `Retainer(…)` calls until the runtime loads; keeps a queue the page made itself. */
function installStub(win: Window & { Retainer?: RetainerGlobal }, open: (widget: unknown) => void) {
  const existing = win.Retainer;
  if (existing?.loaded) return;
  const queue = existing?.q ?? [];
  // The loader acts on two commands at once; the runtime replays the whole queue when it loads.
  const early = (args: ArrayLike<unknown>): void => {
    if (args[0] === 'open') open(args[1]);
    else if (args[0] === 'survey') requestSurvey(args[1]);
  };
  const stub: RetainerGlobal = (...args: unknown[]) => {
    queue.push(args);
    early(args);
  };
  stub.q = queue;
  win.Retainer = stub;
  queue.forEach(early);
}

/** A widget's own script (`intake.js`): with no placement on the page, the widget renders right after the script. */
export const afterScript =
  (name: string): PlaceDefault =>
  (script, loader) => {
    if (loader.placements(name).length > 0) return;
    if (script.parentElement === document.head) {
      throw setupError(`put <retainer-${name}></retainer-${name}> where the widget should appear`);
    }
    const host = document.createElement(`retainer-${name}`);
    script.after(host);
    loader.prepare(name, host);
  };
