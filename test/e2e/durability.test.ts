/**
 * Issue 9, "faults": a load of intake submissions and event batches with known ids, the collector
 * killed with SIGKILL at random moments several times and restarted, clients retrying whatever
 * got no 2xx. Afterwards every request that got a 2xx is stored exactly once, an intake's stored
 * reference is the one its client was given, and no batch is half-written — on SQLite and on PostgreSQL.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningCollector, startCollector } from './support/collector-process.ts';
import { freePort } from './support/free-port.ts';

type Pending = { kind: 'intake' | 'events'; id: string; body: string; eventIds: string[] };
type Stored = { intakes: Map<string, string>; eventIds: string[] };

const site = 'harbor-vale';
const kills = 4;

function intake(): Pending {
  const id = randomUUID();
  const body = {
    id,
    site,
    journey: randomUUID(),
    lang: 'en',
    fields: {
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      practiceArea: 'family',
      description: 'My landlord kept the deposit and my ex-partner wants to move the children abroad.',
      contactMethod: 'email',
    },
    disclaimer: { version: 1, accepted: true },
    fillMs: 60_000,
  };
  return { kind: 'intake', id, body: JSON.stringify(body), eventIds: [] };
}

function batch(): Pending {
  const journey = randomUUID();
  const events = Array.from({ length: 5 }, (_, i) => ({
    id: randomUUID(),
    site,
    journey,
    stage: i < 2 ? 'discover' : 'explore',
    type: i < 2 ? 'intake.shown' : 'directory.viewed',
    ts: Date.now() - 60_000 + i,
  }));
  const id = randomUUID();
  return { kind: 'events', id, body: JSON.stringify({ id, events }), eventIds: events.map((e) => e.id) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runKillTest(start: () => Promise<RunningCollector>, readStored: () => Promise<Stored>) {
  let collector = await start();
  const work: Pending[] = [...Array.from({ length: 120 }, intake), ...Array.from({ length: 240 }, batch)].sort(
    () => Math.random() - 0.5,
  );
  const acked = new Map<string, { pending: Pending; answer: unknown }>();
  let restarting = false;
  let finishedKilling = false;
  let failedAttempts = 0;

  async function client() {
    while (acked.size < work.length) {
      const next = work.find((p) => !acked.has(p.id) && !inFlight.has(p.id));
      if (!next) {
        await sleep(20);
        continue;
      }
      inFlight.add(next.id);
      try {
        const res = await fetch(`${collector.url}/v1/${next.kind === 'intake' ? 'intake' : 'events'}`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain;charset=UTF-8', origin: collector.url },
          body: next.body,
          signal: AbortSignal.timeout(5000),
        });
        if (res.ok) acked.set(next.id, { pending: next, answer: await res.json() });
        else {
          failedAttempts += 1;
          expect(res.status, await res.text()).toBeGreaterThanOrEqual(500);
        }
      } catch {
        failedAttempts += 1; // The collector was killed mid-request: retry later, like a widget.
        await sleep(restarting ? 100 : 10);
      } finally {
        inFlight.delete(next.id);
      }
    }
  }
  const inFlight = new Set<string>();

  async function killer() {
    for (let k = 0; k < kills; k++) {
      await sleep(300 + Math.random() * 900);
      restarting = true;
      await collector.kill();
      collector = await start();
      restarting = false;
    }
    finishedKilling = true;
  }

  await Promise.all([killer(), ...Array.from({ length: 6 }, client)]);
  expect(finishedKilling).toBe(true);
  await collector.stop();

  const stored = await readStored();
  // Every 2xx is on disk, exactly once, with the reference its client was given.
  const ackedIntakes = [...acked.values()].filter((a) => a.pending.kind === 'intake');
  for (const { pending, answer } of ackedIntakes) {
    expect(stored.intakes.get(pending.id), pending.id).toBe((answer as { reference: string }).reference);
  }
  expect(stored.intakes.size).toBe(ackedIntakes.length);
  const counts = new Map<string, number>();
  for (const id of stored.eventIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const sentEventIds = work.flatMap((p) => p.eventIds);
  for (const id of sentEventIds) expect(counts.get(id), id).toBe(1);
  expect(stored.eventIds.length).toBe(sentEventIds.length);
  return { kills, failedAttempts, requests: work.length };
}

describe('SIGKILL at random moments loses nothing that was acknowledged', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('on SQLite', { timeout: 240_000 }, async () => {
    const port = await freePort();
    let dataDir: string | undefined;
    const start = async () => {
      const running = await startCollector({ port, ...(dataDir ? { dataDir } : {}), keepData: true });
      dataDir = running.dataDir;
      return running;
    };
    cleanups.push(async () => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });
    const result = await runKillTest(start, async () => {
      const db = new Database(`${dataDir}/retainer.db`, { readonly: true, fileMustExist: true });
      try {
        const intakes = new Map(
          (db.prepare('select id, reference from intakes').all() as { id: string; reference: string }[]).map((r) => [
            r.id,
            r.reference,
          ]),
        );
        const eventIds = (db.prepare('select id from events').all() as { id: string }[]).map((r) => r.id);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        return { intakes, eventIds };
      } finally {
        db.close();
      }
    });
    console.log(
      `SQLite: ${result.requests} requests, ${result.kills} SIGKILLs, ${result.failedAttempts} retried attempts`,
    );
  });

  it.runIf(process.env.DATABASE_URL)('on PostgreSQL', { timeout: 240_000 }, async () => {
    const admin = process.env.DATABASE_URL!;
    const schema = `durability_${randomBytes(5).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create schema ${schema}`);
    cleanups.push(async () => {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    });
    const url = new URL(admin);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const port = await freePort();
    let dataDir: string | undefined;
    const start = async () => {
      const running = await startCollector({
        port,
        ...(dataDir ? { dataDir } : {}),
        keepData: true,
        env: { DATABASE_URL: url.toString(), RETAINER_DEMO: '1' },
      });
      dataDir = running.dataDir;
      return running;
    };
    cleanups.push(async () => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });
    const result = await runKillTest(start, async () => {
      const intakes = await client.query<{ id: string; reference: string }>(
        `select id, reference from ${schema}.intakes`,
      );
      const events = await client.query<{ id: string }>(`select id from ${schema}.events`);
      return { intakes: new Map(intakes.rows.map((r) => [r.id, r.reference])), eventIds: events.rows.map((r) => r.id) };
    });
    console.log(
      `PostgreSQL: ${result.requests} requests, ${result.kills} SIGKILLs, ${result.failedAttempts} retried attempts`,
    );
  });
});
