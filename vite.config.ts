/**
 * Builds the widgets into `dist/w/`:
 * - one ES-module build: each widget's entry chunk plus ONE shared `runtime`
 *   chunk (preact, signals, core) — what a page loads — and the chunks fetched
 *   on demand: each validator and one per language other than English; all content-hashed under `chunks/`;
 * - then, once that is written, a tiny classic loader per widget
 *   (`intake.js`, …) and `retainer.js` for every widget, each built as an IIFE
 *   with the hashed chunk paths baked in;
 * - `manifest.json`: widget → loader, page-load chunks and lazy chunks, for the bench and the collector.
 *
 * Adding a widget = its `build.ts` and one line in `widgets`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import {
  compileHint,
  coreMessagesModule,
  coreOptional,
  isRuntimeModule,
  loaderEntry,
  type WidgetBuild,
  widgetMessagesModule,
} from './packages/core/build.ts';
import { directoryBuild } from './packages/directory/build.ts';
import { faqBuild } from './packages/faq/build.ts';
import { intakeBuild } from './packages/intake/build.ts';
import { statusBuild } from './packages/status/build.ts';
import { surveyBuild } from './packages/survey/build.ts';

const root = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(root, 'dist/w');

/**
 * Every widget, in loader order: each package declares its entry, reserved heights and the rest in its own
 * `build.ts` (the shape is `WidgetBuild` in packages/core/build.ts).
 */
const widgets: Record<string, WidgetBuild> = {
  intake: intakeBuild,
  faq: faqBuild,
  survey: surveyBuild,
  directory: directoryBuild,
  status: statusBuild,
};

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

/** `dist/w/manifest.json`: what each widget fetches, for the bench and anyone checking sizes. */
type Manifest = {
  /** The shared runtime chunk. */
  runtime: string;
  /**
   * `chunks`: fetched at page load, when the widget mounts (entry first); `lazy`: on demand — the validator and the
   * condition rules, on the visitor's first input. Language chunks are in `messages`.
   */
  widgets: Record<string, { loader: string; chunks: string[]; lazy: string[] }>;
  /** Message chunks other than English (which is in the runtime), fetched only in that language. */
  messages: Record<string, string>;
  /** Chunks fetched only where a site turns a feature on (the intake's human check). */
  optional: string[];
  loaders: Record<string, { widgets: string[] }>;
};

function retainerLoaders(): Plugin {
  // Follows `--outDir`, so a size investigation can build elsewhere without touching dist/w.
  let out = outDir;
  const chunks = new Map<string, string[]>();
  const lazy = new Map<string, string[]>();
  const messages: Record<string, string> = {};
  const optional = new Set<string>();
  let runtime = '';
  return {
    name: 'retainer-loaders',
    apply: 'build',
    configResolved(config) {
      out = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const chunkOf = (file: string) => {
        const chunk = bundle[file];
        return chunk?.type === 'chunk' ? chunk : undefined;
      };
      const imports = (file: string, seen: Set<string>) => {
        if (seen.has(file) || !chunkOf(file)) return seen;
        seen.add(file);
        for (const next of chunkOf(file)?.imports ?? []) imports(next, seen);
        return seen;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const language = coreMessagesModule.exec(chunk.facadeModuleId ?? '')?.[1];
        if (language) messages[language] = chunk.fileName;
        if (chunk.name === 'runtime') runtime = chunk.fileName;
      }
      const messageFiles = new Set(Object.values(messages));
      // Fetched only where a site turns a feature on (each widget's `optional`): not in every visitor's bytes.
      const optionalModules = [...coreOptional, ...Object.values(widgets).flatMap((widget) => widget.optional ?? [])];
      for (const chunk of Object.values(bundle)) {
        const id = chunk.type === 'chunk' ? (chunk.facadeModuleId ?? '') : '';
        if (optionalModules.some((module) => module.test(id))) optional.add(chunk.fileName);
      }
      // A widget's own language files (packages/directory/src/messages/ru.ts): one is fetched, only in that language.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && widgetMessagesModule.test(chunk.facadeModuleId ?? '')) {
          messageFiles.add(chunk.fileName);
        }
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !(chunk.name in widgets)) continue;
        const initial = imports(chunk.fileName, new Set());
        const later = new Set<string>();
        // The runtime's own lazy chunks are only fetched by widgets that post a form.
        const fetchesLazyFrom = (file: string) => file !== runtime || widgets[chunk.name]?.posts === true;
        for (const file of initial) {
          if (!fetchesLazyFrom(file)) continue;
          for (const dynamic of chunkOf(file)?.dynamicImports ?? []) imports(dynamic, later);
        }
        chunks.set(chunk.name, [...initial]);
        lazy.set(
          chunk.name,
          [...later].filter((file) => !initial.has(file) && !messageFiles.has(file) && !optional.has(file)),
        );
      }
    },
    async closeBundle() {
      const loaderWidgets = Object.fromEntries(
        Object.entries(widgets).map(([name, widget]) => [
          name,
          { chunks: chunks.get(name) ?? [], reserve: widget.reserve },
        ]),
      );
      const loaders: Record<string, string[]> = { retainer: Object.keys(widgets) };
      for (const name of Object.keys(widgets)) loaders[name] = [name];
      for (const [loader, names] of Object.entries(loaders)) {
        const map = Object.fromEntries(names.map((name) => [name, loaderWidgets[name]]));
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          define: {
            __RETAINER_WIDGETS__: JSON.stringify(map),
            // retainer.js only mounts placed widgets; a widget's own script also renders after itself.
            __RETAINER_INLINE__:
              loader === 'retainer' || widgets[loader]?.inline === false ? 'undefined' : JSON.stringify(loader),
            // A floating widget's own loader (faq.js) and retainer.js carry its bubble; the rest drop its code.
            // retainer.js places it only when its script tag says `data-faq="bubble"` (issue 14, defect 7).
            __RETAINER_FLOAT__: JSON.stringify(names.find((name) => widgets[name]?.float === true) ?? ''),
            // Only loaders that carry the survey watch for its invitation link.
            __RETAINER_SURVEY__: JSON.stringify(names.includes('survey')),
          },
          build: {
            outDir: out,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: true,
            lib: {
              entry: resolve(root, loaderEntry),
              formats: ['iife'],
              name: 'RetainerLoader',
              fileName: () => `${loader}.js`,
            },
          },
        });
      }
      const manifest: Manifest = {
        runtime,
        widgets: Object.fromEntries(
          Object.keys(widgets).map((name) => [
            name,
            {
              loader: `${name}.js`,
              chunks: loaderWidgets[name]?.chunks ?? [],
              lazy: lazy.get(name) ?? [],
              // The heights a host page copies into its own CSS (README), so nothing moves before the loader runs.
              reserve: widgets[name]?.reserve ?? [],
            },
          ]),
        ),
        messages,
        optional: [...optional],
        loaders: Object.fromEntries(
          Object.entries(loaders).map(([loader, names]) => [`${loader}.js`, { widgets: names }]),
        ),
      };
      writeFileSync(resolve(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      console.log(`retainer: loaders ${Object.keys(loaders).join(', ')} → ${out}`);
    },
  };
}

export default defineConfig({
  oxc: preactJsx,
  publicDir: false,
  plugins: [retainerLoaders()],
  // @preact/signals' hook for its browser devtools, which no visitor of a firm's page runs: its code goes (issue 18:
  // these bytes pay for the compile hint's). `typeof window` is signals' only such check in these chunks, which only
  // ever run in a page; the loaders are built apart and keep theirs.
  define: { 'window.__PREACT_SIGNALS_DEVTOOLS__': 'undefined', 'typeof window': '"object"' },
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    // Library mode: no module-preload helper, which would add <link> tags to the host page's <head>.
    lib: {
      entry: Object.fromEntries(Object.entries(widgets).map(([name, widget]) => [name, resolve(root, widget.entry)])),
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        format: 'es',
        // Library mode keeps whitespace by default; these chunks ship to browsers, so minify fully.
        minify: true,
        // Pure annotations only help a later bundler; nothing bundles these chunks again.
        comments: false,
        // After minifying, which would drop it as a comment.
        postBanner: compileHint,
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'runtime', test: isRuntimeModule }] },
      },
    },
  },
});
