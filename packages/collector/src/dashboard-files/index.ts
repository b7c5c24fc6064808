/**
 * Serves the built dashboard SPA (`dist/dashboard`) at `/dashboard`: hashed files under
 * `assets/` cached for a year, any other path without a file extension answered with
 * `index.html` so client-side routes (`/dashboard/inbox/…`) survive a reload.
 *
 * @example
 *   app.get('/dashboard', serveDashboard(dir));
 *   app.get('/dashboard/*', serveDashboard(dir));
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';
import { serveFiles } from '../static/index.ts';

export function serveDashboard(root: string) {
  const files = serveFiles({
    root,
    prefix: '/dashboard/',
    // Vite puts content-hashed names under assets/; everything else may change under the same URL.
    cacheControl: (path) => (path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  let index: { mtimeMs: number; html: string } | undefined;

  const indexHtml = async (): Promise<string> => {
    const file = join(root, 'index.html');
    const info = await stat(file).catch(() => undefined);
    if (!info)
      throw new ProblemError(404, problemTypes.notFound, { detail: 'The dashboard is not built (npm run build).' });
    if (index?.mtimeMs !== info.mtimeMs) index = { mtimeMs: info.mtimeMs, html: await readFile(file, 'utf8') };
    return index.html;
  };

  return async function handleDashboard(c: Context): Promise<Response> {
    const path = new URL(c.req.url).pathname;
    const rest = path === '/dashboard' ? '' : path.slice('/dashboard/'.length);
    const isFile = rest !== '' && extname(rest) !== '' && !rest.endsWith('/');
    if (isFile) return files(c);
    return new Response(await indexHtml(), {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    });
  };
}
