/**
 * Issue 9, "scale out": two collector processes behind a small round-robin proxy (test-only), sharing
 * one PostgreSQL. They pass the durability load while one or the other is SIGKILLed; a session made on
 * one works on the other; rate limits count across both.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningCollector, startCollector } from './support/collector-process.ts';
import { firstAdmin } from './support/dashboard.ts';
import { freePort } from './support/free-port.ts';
import { runKillLoad } from './support/kill-load.ts';
import { freshSchema, readPostgres } from './support/postgres-schema.ts';

/** Forwards each request to the next collector in turn; 502 when that one is down (clients retry). */
async function roundRobinProxy(upstreams: () => string[]): Promise<{ url: string; close(): Promise<void> }> {
  let turn = 0;
  const server: Server = createServer(async (req, res) => {
    const list = upstreams();
    const upstream = list[turn++ % list.length]!;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const answer = await fetch(`${upstream}${req.url}`, {
        method: req.method ?? 'GET',
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'connection'),
        ) as Record<string, string>,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        signal: AbortSignal.timeout(5000),
      });
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe.runIf(process.env.DATABASE_URL)('two collectors on one PostgreSQL', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Both collectors share the database and the data key; each restarts on its own port. */
  async function pair(env: Record<string, string>, demoOrigins: string[] = []) {
    const schema = `scale_${randomBytes(5).toString('hex')}`;
    const { client, url } = await freshSchema(schema);
    cleanups.push(async () => {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    });
    const shared = {
      DATABASE_URL: url,
      RETAINER_DEMO: '1',
      RETAINER_DATA_KEY: randomBytes(32).toString('base64'),
      RETAINER_ADMIN_EMAIL: firstAdmin.email,
      RETAINER_ADMIN_PASSWORD: firstAdmin.password,
      ...env,
    };
    const ports = [await freePort(), await freePort()];
    const start = (i: number) => startCollector({ port: ports[i]!, env: shared, demoOrigins });
    // One at a time: the first creates the schema, the demo site and the first admin.
    const collectors: RunningCollector[] = [await start(0)];
    collectors.push(await start(1));
    cleanups.push(async () => {
      for (const c of collectors) await c.stop();
    });
    return { client, schema, collectors, start };
  }

  it('pass the durability load through a round-robin proxy while either is SIGKILLed', {
    timeout: 240_000,
  }, async () => {
    let collectors: RunningCollector[] = [];
    const proxy = await roundRobinProxy(() => collectors.map((c) => c.url));
    cleanups.push(proxy.close);
    // The widgets' page is served by the proxy's origin here, so the demo site allows it.
    const both = await pair({}, [proxy.url]);
    const { client, schema, start } = both;
    collectors = both.collectors;
    const figures = await runKillLoad(
      {
        url: () => proxy.url,
        async killAndRestart() {
          const victim = Math.floor(Math.random() * 2);
          await collectors[victim]!.kill();
          collectors[victim] = await start(victim);
        },
        async stop() {
          for (const c of collectors) await c.stop();
        },
      },
      () => readPostgres(client, schema),
    );
    console.log(
      `Two collectors: ${figures.requests} requests, ${figures.kills} SIGKILLs, ${figures.failedAttempts} retries`,
    );
  });

  it('share sessions and rate limits', { timeout: 120_000 }, async () => {
    const { collectors } = await pair({ RETAINER_RATE_LIMITS: 'on' });
    const [a, b] = collectors as [RunningCollector, RunningCollector];
    // The first admin is created once the demo is seeded, a moment after /healthz answers; ask before signing in
    // (failed sign-ins would count towards the account's throttle).
    for (let attempt = 0; attempt < 120; attempt++) {
      const setup = await (await fetch(`${a.url}/api/admin/setup`)).json();
      if (!setup.needed) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const signIn = await fetch(`${a.url}/api/admin/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: a.url },
      body: JSON.stringify({ email: firstAdmin.email, password: firstAdmin.password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const onB = await fetch(`${b.url}/api/admin/session`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect((await onB.json()).user.email).toBe(firstAdmin.email);

    // Intake: 10 per address per 10 minutes, counted in the database — alternate between the two.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const target = i % 2 === 0 ? a : b;
      const res = await fetch(`${target.url}/v1/intake`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', origin: target.url },
        body: JSON.stringify({
          id: randomUUID(),
          site: 'harbor-vale',
          fields: {
            name: `Visitor ${i}`,
            email: `visitor${i}@example.com`,
            practiceArea: 'family',
            description: `Question number ${i} about custody.`,
          },
          disclaimer: { version: 1, accepted: true },
          fillMs: 60_000,
        }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
