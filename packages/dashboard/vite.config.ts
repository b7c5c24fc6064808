/**
 * Builds the dashboard SPA to `<repo>/dist/dashboard/`, served by the collector at `/dashboard/`.
 * Everything is an external, hashed file (no inline script or style), so it runs under
 * `default-src 'self'; script-src 'self'; style-src 'self'`.
 *
 * @example
 *   npx vite build -c packages/dashboard/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No data: URLs and no inline polyfill: every byte comes from a file the CSP allows.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
