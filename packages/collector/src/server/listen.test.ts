import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventBody } from '../test-support/requests.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { listen } from './listen.ts';

describe.each(storageKinds)('listen on %s', (kind) => {
  let t: TestApp;
  // Closing a running collector closes its storage: one app per test.
  beforeEach(async () => {
    t = await createTestApp(kind);
  });
  afterEach(() => t.cleanup());

  it('stops reading a chunked body at the limit over real HTTP: 413, connection closed, nothing stored', async () => {
    const running = await listen({ app: t.app, storage: t.storage, port: 0, host: '127.0.0.1' });
    const before = t.commits.length;
    const answer = await new Promise<{ status: number | undefined; connection: string | undefined }>(
      (resolve, reject) => {
        const req = request(`http://127.0.0.1:${running.port}/v1/events`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          res.resume();
          resolve({ status: res.statusCode, connection: res.headers.connection });
        });
        req.on('error', reject);
        // Keep sending past the limit, as a client that ignores the answer would.
        const chunk = Buffer.alloc(16 * 1024, 'a');
        const write = (left: number) => {
          if (left === 0 || req.destroyed) return req.end();
          req.write(chunk, () => write(left - 1));
        };
        write(16);
      },
    );
    expect(answer).toEqual({ status: 413, connection: 'close' });
    expect(t.commits.length).toBe(before);
    await running.close();
  });

  it('cuts a slowloris: a body trickling in past the request timeout loses its connection, nothing stored', async () => {
    const running = await listen({ app: t.app, storage: t.storage, port: 0, host: '127.0.0.1', requestTimeoutMs: 800 });
    const before = await t.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const body = JSON.stringify(eventBody(1));
    const started = Date.now();
    const outcome = await new Promise<string>((resolve) => {
      const req = request(`http://127.0.0.1:${running.port}/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'content-length': String(body.length) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(`answered ${res.statusCode}`);
      });
      req.on('error', () => resolve('cut'));
      req.on('close', () => resolve('cut'));
      // One byte every 200 ms: the whole body would take minutes.
      let sent = 0;
      const drip = setInterval(() => {
        if (req.destroyed || sent >= body.length) return clearInterval(drip);
        req.write(body[sent++]!);
      }, 200);
    });
    expect(outcome === 'cut' || outcome === 'answered 408').toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    const after = await t.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(after?.n)).toBe(Number(before?.n));
    await running.close();
  });

  it('on close, finishes in-flight requests and their writes, then closes the database', async () => {
    const running = await listen({ app: t.app, storage: t.storage, port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${running.port}/v1/events`;
    const bodies = Array.from({ length: 5 }, () => eventBody(2));
    let closed: Promise<void> | undefined;
    let seen = 0;
    // Close as soon as the last request arrives: its body is unread and nothing of it is committed yet.
    running.server.on('request', () => {
      seen += 1;
      if (seen === bodies.length) closed = running.close();
    });
    const responses = await Promise.all(
      bodies.map((body) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(bodies.length).fill(200));
    await closed;
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
    await expect(t.storage.ping()).rejects.toThrow();
    expect(t.commits.reduce((a, b) => a + b, 0)).toBe(bodies.length);
  });
});
