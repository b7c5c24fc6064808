/**
 * A stand-in for a law firm's own web server, on its own origin. It serves the pages in
 * `test/e2e/fixtures/`, replacing `{{collector}}` with the collector's origin so the widget
 * loads cross-origin, as it does on a real firm's site. Pages named `csp-*.html` are sent with
 * a strict Content-Security-Policy and load the widget from this origin: `/w/*` and `/v1/*`
 * are proxied to the collector, as a firm would do behind its own reverse proxy.
 *
 * @example
 *   const fixtures = await startFixtureServer({ collectorUrl: 'http://127.0.0.1:8787' });
 *   await page.goto(`${fixtures.url}/aggressive-css.html`);
 */
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';

export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;

export type FixtureServer = { url: string; port: number; close(): Promise<void> };

export async function startFixtureServer(options: { collectorUrl: string; port: number }): Promise<FixtureServer> {
  const collector = new URL(options.collectorUrl);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    if (path.startsWith('/w/') || path.startsWith('/v1/')) return proxy(req, res, collector);
    // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    servePage(path, collector.origin, res).catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    port: options.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function servePage(path: string, collectorOrigin: string, res: ServerResponse): Promise<void> {
  const name = path === '/' ? 'index.html' : path.slice(1);
  if (!/^[a-z0-9-]+\.(html|css|js)$/.test(name)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let text: string;
  try {
    text = await readFile(join(fixturesDir, name), 'utf8');
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = { html: 'text/html', css: 'text/css', js: 'text/javascript' }[name.split('.').pop() ?? 'html'];
  const headers: Record<string, string> = {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
  };
  if (name.startsWith('csp-')) headers['content-security-policy'] = strictCsp;
  res.writeHead(200, headers).end(text.replaceAll('{{collector}}', collectorOrigin));
}

/** Streams the request to the collector unchanged (Origin included) and the answer back. */
function proxy(req: IncomingMessage, res: ServerResponse, collector: URL): void {
  const upstream = httpRequest(
    {
      host: collector.hostname,
      port: collector.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: collector.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('bad gateway');
  });
  req.pipe(upstream);
}
