/**
 * Every request gets an id and one log line. The id is `X-Request-Id` on the answer (and `requestId` in
 * problem bodies, see errors/), taken from the proxy's header when `RETAINER_TRUST_PROXY=1` and it looks like
 * an id, else generated. The line holds what an operator searches by and nothing a person wrote: time, level,
 * request id, method, the route *pattern* (never the URL: it can carry ids and tokens), status, duration,
 * bytes, the site; the client's address only with `RETAINER_LOG_IP=1`. The same facts feed the metrics.
 *
 * @example
 *   app.use('*', observeRequests({ logger, metrics, trustProxy: false, logIp: false }));
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Context, Next } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { clientAddress } from '../http/request-info.ts';
import type { Metrics } from '../metrics/index.ts';
import type { Logger } from './logger.ts';

export type RequestLogOptions = {
  logger: Logger;
  metrics: Metrics;
  trustProxy: boolean;
  /** `RETAINER_LOG_IP=1`: add the client's address to each line (personal data: off by default). */
  logIp: boolean;
};

/** What a proxy's id may look like: short, no spaces or quotes (it is echoed in a header and a log). */
const acceptableId = /^[\w.:@/+=-]{8,128}$/;

/** Probes and scrapes are logged at debug: at info they would drown the requests people make. */
const quietRoutes = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

/** The pattern that answered (`/api/admin/sites/:site`), or `*` when nothing matched. */
function routeOf(c: Context<AppEnv>): string {
  const path = c.req.routePath;
  return !path || path === '/*' ? '*' : path;
}

function siteOf(c: Context<AppEnv>): string | undefined {
  const granted = c.get('site');
  if (granted) return granted;
  try {
    return c.req.param('site') || undefined;
  } catch {
    return undefined;
  }
}

export function observeRequests({ logger, metrics, trustProxy, logIp }: RequestLogOptions) {
  return async function logRequest(c: Context<AppEnv>, next: Next): Promise<void> {
    const started = performance.now();
    const given = trustProxy ? c.req.header('x-request-id') : undefined;
    const requestId = given && acceptableId.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    c.set('logger', logger);
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    await next();
    // Served by Node: on the socket's answer directly (merged by writeHead). Reading `c.res.headers` would turn the
    // adapter's plain header object into a Headers instance, converted back for every answer (issue 18).
    if (outgoing && !outgoing.headersSent) outgoing.setHeader('x-request-id', requestId);
    else c.res.headers.set('x-request-id', requestId);
    const route = routeOf(c);
    const status = c.res.status;
    const site = siteOf(c);
    const ip = logIp ? clientAddress(c, { trustProxy, publicUrl: undefined }) : undefined;
    const write = (bytes: number | undefined) => {
      const seconds = (performance.now() - started) / 1000;
      metrics.observeRequest(c.req.method, route, status, seconds);
      const level = status >= 500 ? 'error' : quietRoutes.has(route) ? 'debug' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          requestId,
          method: c.req.method,
          route,
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(bytes === undefined ? {} : { bytes }),
          ...(site ? { site } : {}),
          ...(ip ? { ip } : {}),
        },
        'request',
      );
    };
    if (outgoing) {
      // Served by Node: log once the answer has gone out, with the length the adapter sent.
      outgoing.once('close', () => {
        const length = outgoing.getHeader('content-length');
        write(length === undefined ? undefined : Number(length));
      });
    } else {
      const length = c.res.headers.get('content-length');
      write(length === null ? undefined : Number(length));
    }
  };
}
