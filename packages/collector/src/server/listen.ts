/**
 * Serves an app on Node and closes it gracefully: stop accepting, let in-flight
 * requests finish (their writes commit first), then flush and close the storage.
 *
 * @example
 *   const running = await listen({ app, storage, port: 8787 });
 *   process.once('SIGTERM', () => running.close().then(() => process.exit(0)));
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Storage } from '../storage/open-storage.ts';
import { answerClientError } from './client-error.ts';

export type ListenOptions = {
  // biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its environment type.
  app: Hono<any>;
  storage: Storage;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** After this long, connections still open are cut. */
  drainTimeoutMs?: number;
  /** A request (headers and body) taking longer is cut: slow senders cannot hold sockets open (slowloris). */
  requestTimeoutMs?: number;
};

export type RunningCollector = {
  server: Server;
  port: number;
  /** `http://localhost:<port>` (for logs and tests). */
  url: string;
  close(): Promise<void>;
};

export function listen({
  app,
  storage,
  port = 8787,
  host = '0.0.0.0',
  drainTimeoutMs = 10_000,
  requestTimeoutMs = 30_000,
}: ListenOptions) {
  const server = createAdaptorServer({
    fetch: app.fetch,
    // Node checks request timeouts on this interval (30 s by default, which would double the limit).
    serverOptions: { connectionsCheckingInterval: Math.min(5_000, Math.max(100, requestTimeoutMs / 4)) },
  }) as Server;
  // Keep-alive longer than typical load balancers' idle timeout, so they close first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = Math.min(66_000, requestTimeoutMs);
  // A 64 KB body has no reason to take longer; slow senders would hold a socket open.
  server.requestTimeout = requestTimeoutMs;
  // Node's own answer to a request it cannot parse is a bare 400: answer problem+json instead.
  server.on('clientError', answerClientError);
  let closing: Promise<void> | undefined;

  const close = () => {
    closing ??= (async () => {
      // Live streams never finish by themselves; end them so they do not hold the drain open (issue 15).
      (app as { live?: { close(): void } }).live?.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would hold close() open; sweep them as requests finish.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
      server.closeIdleConnections();
      await stopped;
      clearInterval(sweep);
      clearTimeout(deadline);
      await storage.close();
    })();
    return closing;
  };

  return new Promise<RunningCollector>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({ server, port: actual, url: `http://localhost:${actual}`, close });
    });
  });
}
