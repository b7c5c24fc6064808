/**
 * Issue 9, "faults": the durability load (support/kill-load.ts) while the collector is SIGKILLed at
 * random moments and restarted, on SQLite and on PostgreSQL. Every 2xx must be on disk exactly once.
 */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type CollectorOptions, type RunningCollector, startCollector } from './support/collector-process.ts';
import { freePort } from './support/free-port.ts';
import { runKillLoad } from './support/kill-load.ts';
import { freshSchema, readPostgres } from './support/postgres-schema.ts';

/** One collector, restarted on the same port and data after each kill. */
async function singleCollector(env: Record<string, string> = {}) {
  const port = await freePort();
  let dataDir: string | undefined;
  const start = async () => {
    const options: CollectorOptions = { port, keepData: true, env, ...(dataDir ? { dataDir } : {}) };
    const running = await startCollector(options);
    dataDir = running.dataDir;
    return running;
  };
  let collector: RunningCollector = await start();
  return {
    url: () => collector.url,
    async killAndRestart() {
      await collector.kill();
      collector = await start();
    },
    stop: () => collector.stop(),
    dataDir: () => dataDir!,
    removeData: () => collector.removeData(),
  };
}

describe('SIGKILL at random moments loses nothing that was acknowledged', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('on SQLite', { timeout: 240_000 }, async () => {
    const target = await singleCollector();
    cleanups.push(target.removeData);
    const figures = await runKillLoad(target, async () => {
      const db = new Database(`${target.dataDir()}/retainer.db`, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const intakes = db.prepare('select id, reference from intakes').all() as { id: string; reference: string }[];
        const events = db.prepare('select id from events').all() as { id: string }[];
        return { intakes: new Map(intakes.map((r) => [r.id, r.reference])), eventIds: events.map((r) => r.id) };
      } finally {
        db.close();
      }
    });
    console.log(`SQLite: ${figures.requests} requests, ${figures.kills} SIGKILLs, ${figures.failedAttempts} retries`);
  });

  it.runIf(process.env.DATABASE_URL)('on PostgreSQL', { timeout: 240_000 }, async () => {
    const schema = `durability_${randomBytes(5).toString('hex')}`;
    const { client, url } = await freshSchema(schema);
    cleanups.push(async () => {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    });
    const target = await singleCollector({ DATABASE_URL: url, RETAINER_DEMO: '1' });
    cleanups.push(target.removeData);
    const figures = await runKillLoad(target, () => readPostgres(client, schema));
    console.log(
      `PostgreSQL: ${figures.requests} requests, ${figures.kills} SIGKILLs, ${figures.failedAttempts} retries`,
    );
  });
});
