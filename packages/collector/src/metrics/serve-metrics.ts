/**
 * `GET /metrics` in Prometheus' text format. On the main port it needs `Authorization: Bearer <token>`
 * (`RETAINER_METRICS_TOKEN`; compared in constant time); on `RETAINER_METRICS_PORT` it is the only route and
 * open, for a listener bound to a private interface.
 *
 * @example
 *   app.get('/metrics', serveMetrics({ metrics, token: 'a-long-random-token' }));
 *   const listener = await listenForMetrics({ metrics, port: 9464, host: '127.0.0.1' });
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';
import type { Metrics } from './index.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function serveMetrics({ metrics, token }: { metrics: Metrics; token: string | undefined }) {
  const expected = token ? digest(token) : undefined;
  return async function answerMetrics(c: Context): Promise<Response> {
    if (expected) {
      const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        throw new ProblemError(401, problemTypes.unauthenticated, {
          headers: { 'www-authenticate': 'Bearer realm="metrics"' },
        });
      }
    }
    return new Response(await metrics.registry.metrics(), {
      status: 200,
      headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' },
    });
  };
}

/** A listener that serves only `/metrics`, unauthenticated: bind it where only Prometheus reaches. */
export function listenForMetrics({
  metrics,
  port,
  host = '127.0.0.1',
}: {
  metrics: Metrics;
  port: number;
  host?: string;
}): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: this port serves /metrics only\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
