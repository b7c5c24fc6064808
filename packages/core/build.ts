/**
 * Build metadata (issue 19): what vite.config.ts needs to know about core, and the shape each widget
 * package declares next to its code in its own `build.ts`. The build reads these; it holds no widget's details.
 *
 * @example
 *   // packages/status/build.ts
 *   export const statusBuild: WidgetBuild = { entry: 'packages/status/src/index.ts', reserve: [[0, 440]] };
 */

export type WidgetBuild = {
  /** The widget's entry module, from the repository root. */
  entry: string;
  /**
   * The height its loader reserves before it renders, as `[fromHostWidth, heightPx]` steps: the demo site's heights
   * plus ~5% for other fonts, so the page does not shift when the widget arrives (a shorter form leaves a gap until
   * the visitor's first interaction). Also in `manifest.json`, for host pages that copy them into their CSS.
   */
  reserve: [number, number][];
  /** Posts a form: the runtime's lazy chunks (if any) count in its bytes. */
  posts?: boolean;
  /** A launcher in a corner: its own loader and retainer.js carry the bubble. */
  float?: boolean;
  /** `false`: never renders by itself after its script tag (only in a placement or as a dialog). */
  inline?: false;
  /** Modules fetched only where a site turns a feature on: listed as `optional`, not in every visitor's bytes. */
  optional?: RegExp[];
};

/** The classic-script loader every `<widget>.js` and `retainer.js` is built from. */
export const loaderEntry = 'packages/core/src/loader/index.ts';

/**
 * Modules of the shared runtime chunk (their dependencies follow them). Left out: the loader; what core loads on
 * demand — language files other than English — and zod, which only the
 * validators use; the host-page data layer (issue 16): those become chunks of their own, fetched only when needed
 * (DESIGN.md, "Nothing heavy").
 */
export function isRuntimeModule(id: string): boolean {
  const path = id.replace(/\\/g, '/');
  if (/\/packages\/core\/src\/(loader|analytics\/data-layer|i18n\/messages\/(?!en\.ts))/.test(path)) return false;
  return /\/node_modules\/(preact|@preact)\/|\/packages\/core\/src\//.test(path);
}

/** Core modules fetched only on pages that turn them on: the host-page data layer (`data-datalayer`, issue 16). */
export const coreOptional: RegExp[] = [/\/core\/src\/analytics\/data-layer\.ts$/];

/** A language file, core's (`/i18n/messages/ru.ts`) or a widget's (`/src/messages/ru.ts`): fetched only in that language. */
export const coreMessagesModule = /\/i18n\/messages\/(\w+)\.ts$/;
export const widgetMessagesModule = /\/src\/messages\/\w+\.ts$/;

/**
 * Chromium's explicit compile hint (136+): a chunk that starts with it has every function compiled on the thread that
 * streams it in, not lazily on the main thread at its first call — a third of a widget's start-up tasks with the CPU
 * slowed 4× (issue 18). Only on what a page runs at load: the runtime and each widget's entry; a chunk fetched on
 * demand (a validator, a language) would compile functions it never calls. About 20 bytes gzip a chunk.
 */
export const compileHint = (chunk: { isEntry: boolean; name: string }): string =>
  chunk.isEntry || chunk.name === 'runtime' ? '//# allFunctionsCalledOnLoad' : '';
