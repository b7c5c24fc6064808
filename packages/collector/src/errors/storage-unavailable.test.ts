import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { openStorage } from '../storage/open-storage.ts';
import { eventBody, post } from '../test-support/requests.ts';
import { allowedOrigin, relaxedLimits } from '../test-support/test-app.ts';
import { isStorageUnavailable } from './storage-unavailable.ts';

describe('isStorageUnavailable', () => {
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it('knows a database that is down, full or busy from a bug', () => {
    for (const error of [
      coded('ECONNREFUSED'),
      coded('57P01', 'terminating connection due to administrator command'),
      coded('53300', 'too many clients'),
      coded('SQLITE_FULL'),
      coded('SQLITE_IOERR_WRITE'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Migration failed', { cause: coded('ECONNRESET') }),
    ]) {
      expect(isStorageUnavailable(error), error.message).toBe(true);
    }
    for (const error of [
      new TypeError('x is undefined'),
      coded('23505', 'duplicate key'),
      coded('SQLITE_CONSTRAINT'),
    ]) {
      expect(isStorageUnavailable(error)).toBe(false);
    }
  });
});

/** A TCP hop between the collector and PostgreSQL that the test can cut and restore. */
async function startCuttableProxy(
  target: URL,
): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void> }> {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    port,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
    restore: listen,
  };
}

const databaseUrl = process.env.DATABASE_URL;

describe.runIf(databaseUrl)('PostgreSQL going away', () => {
  it('answers 503 + Retry-After within 2 s while it is down, and recovers without a restart', {
    timeout: 30_000,
  }, async () => {
    const target = new URL(databaseUrl!);
    const proxy = await startCuttableProxy(target);
    const viaProxy = new URL(databaseUrl!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const storage = await openStorage({ kind: 'postgres', url: viaProxy.toString(), schema });
    try {
      await seedDemoSite(storage, { port: 8787, extraOrigins: [allowedOrigin] });
      const app = createApp({ storage, cipher: createFieldCipher(randomBytes(32)), publicLimits: relaxedLimits });
      const send = () => app.request('/v1/events', post(eventBody(1), { origin: allowedOrigin }));
      expect((await send()).status).toBe(200);

      await proxy.cut();
      const started = Date.now();
      const down = await send();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(down.headers.get('content-type')).toBe('application/problem+json');
      // Issue 19: readiness says so too, so a load balancer stops sending here.
      expect((await app.request('/readyz')).status).toBe(503);
      expect((await app.request('/livez')).status).toBe(200);

      await proxy.restore();
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await send()).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
      expect((await app.request('/readyz')).status).toBe(200);
    } finally {
      await storage.close().catch(() => {});
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
      await proxy.cut().catch(() => {});
    }
  });
});
