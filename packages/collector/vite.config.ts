/**
 * Compiles the collector to plain JavaScript (`dist/collector/main.js`) so `npm start` runs it with `node`
 * alone: no TypeScript loader thread, ~35 MB less memory (DESIGN.md budget: ≤ 150 MB RSS).
 * Dependencies stay external; the workspace packages (@retainer/schema) are bundled.
 */
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  build: {
    ssr: here('src/main.ts'),
    outDir: here('../../dist/collector'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
  },
  plugins: [
    {
      name: 'copy-sqlite-writer',
      // The SQLite writer runs in a worker thread loaded by URL from beside the bundle.
      writeBundle() {
        copyFileSync(here('src/storage/sqlite-writer.mjs'), here('../../dist/collector/sqlite-writer.mjs'));
      },
    },
  ],
});
