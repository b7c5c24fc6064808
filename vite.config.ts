/**
 * Builds the widgets into `dist/w/`:
 * - one ES-module build: each widget's entry chunk plus ONE shared `runtime`
 *   chunk (preact, signals, core) — what a page loads — and the chunks fetched
 *   on demand: the form-post client (ky), each validator (zod/mini + schema)
 *   and one per language other than English; all content-hashed under `chunks/`;
 * - then, once that is written, a tiny classic loader per widget
 *   (`intake.js`, …) and `retainer.js` for every widget, each built as an IIFE
 *   with the hashed chunk paths baked in;
 * - `manifest.json`: widget → loader, page-load chunks and lazy chunks, for the bench and the collector.
 *
 * Adding a widget = one line in `widgets`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(root, 'dist/w');

/**
 * Every widget: its entry module and the height its loader reserves before it renders, as
 * `[fromHostWidth, heightPx]` steps: the demo site's heights plus ~5% for other fonts, so the page does not shift
 * when the widget arrives (a shorter form leaves a gap until the visitor's first interaction).
 */
const widgets: Record<
  string,
  { entry: string; reserve: [number, number][]; posts?: boolean; float?: boolean; inline?: false }
> = {
  intake: {
    entry: 'packages/intake/src/index.ts',
    // Sends a form through `transport.post`, which loads the runtime's lazy ky chunk; counted in its bytes.
    posts: true,
    reserve: [
      [0, 2150],
      [420, 1820],
      [560, 1420],
    ],
  },
  faq: {
    entry: 'packages/faq/src/index.ts',
    // A launcher bubble in a corner (its own loader only); the chat chunk loads when the visitor opens it.
    // `<retainer-faq>` placed inline reserves the chat's height.
    float: true,
    reserve: [[0, 560]],
  },
  survey: {
    entry: 'packages/survey/src/index.ts',
    // Opens from an invitation link or `Retainer('survey', token)` as a floating dialog (no space to reserve), or
    // inside a `<retainer-survey>` placement; never by itself after its script tag.
    inline: false,
    reserve: [],
  },
  directory: {
    entry: 'packages/directory/src/index.ts',
    // Six demo lawyers: one column below 560px, two up to 880px, three above.
    reserve: [
      [0, 1700],
      [320, 1520],
      [400, 1390],
      [560, 940],
      [700, 770],
      [880, 540],
      [1100, 490],
    ],
  },
  status: {
    entry: 'packages/status/src/index.ts',
    // The lookup form (reference, code, button); the matter view that follows is the visitor's doing.
    reserve: [
      [0, 440],
      [420, 370],
    ],
  },
};

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

/**
 * Modules of the shared runtime chunk (their dependencies follow them). Left out: the loader; what core loads on
 * demand — language files other than English, and the form-post client with ky — and zod, which only the
 * validators use; the host-page data layer (issue 16): those become chunks of their own, fetched only when needed
 * (DESIGN.md, "Nothing heavy").
 */
function isRuntimeModule(id: string): boolean {
  const path = id.replace(/\\/g, '/');
  if (
    /\/packages\/core\/src\/(loader|transport\/post-with-retries|analytics\/data-layer|i18n\/messages\/(?!en\.ts))/.test(
      path,
    )
  )
    return false;
  return /\/node_modules\/(preact|@preact)\/|\/packages\/core\/src\//.test(path);
}

/** `dist/w/manifest.json`: what each widget fetches, for the bench and anyone checking sizes. */
type Manifest = {
  /** The shared runtime chunk. */
  runtime: string;
  /**
   * `chunks`: fetched at page load, when the widget mounts (entry first); `lazy`: on demand — the validator and the
   * form-post client (ky), on the visitor's first input. Language chunks are in `messages`.
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
        const language = /\/i18n\/messages\/(\w+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (language) messages[language] = chunk.fileName;
        if (chunk.name === 'runtime') runtime = chunk.fileName;
      }
      const messageFiles = new Set(Object.values(messages));
      // Fetched only on sites that turn on the intake's human check (issue 9): not in every visitor's bytes.
      for (const chunk of Object.values(bundle)) {
        // Issue 16: likewise the host-page data layer, only on pages whose script tag says `data-datalayer`.
        if (
          chunk.type === 'chunk' &&
          /\/(intake\/src\/captcha\.tsx|core\/src\/analytics\/data-layer\.ts)$/.test(chunk.facadeModuleId ?? '')
        ) {
          optional.add(chunk.fileName);
        }
      }
      // A widget's own language files (packages/directory/src/messages/ru.ts): one is fetched, only in that language.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /\/src\/messages\/\w+\.ts$/.test(chunk.facadeModuleId ?? '')) {
          messageFiles.add(chunk.fileName);
        }
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !(chunk.name in widgets)) continue;
        const initial = imports(chunk.fileName, new Set());
        const later = new Set<string>();
        // The runtime's own lazy chunk (ky for form posts) is only fetched by widgets that post a form.
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
              entry: resolve(root, 'packages/core/src/loader/index.ts'),
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
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'runtime', test: isRuntimeModule }] },
      },
    },
  },
});
