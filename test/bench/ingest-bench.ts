/**
 * The ingest half of the bench: the same load against a bare node:http 204 server (before and
 * after) and against the collector on SQLite, all child processes on 127.0.0.1, in one run; then
 * checks that every 2xx the collector gave is a row on disk.
 *
 * @example
 *   const figures = await benchIngest({ seconds: 10, connections: 50, warmupSeconds: 2 });
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { repoRoot, startCollector, stopChild } from '../e2e/support/collector-process.ts';
import { type LoadFigures, loadEvents } from './ingest-load.ts';
import { sampleRss } from './rss-sampler.ts';

export type IngestFigures = {
  /** The bare server runs before and after the collector, so a machine that got busier in between shows. */
  bare: LoadFigures;
  bareAfter: LoadFigures;
  collector: LoadFigures;
  collectorPeakRss: number | undefined;
  /** Seconds the restarted collector took to sum the seeded demo's days before the load began (see `waitForSummedDays`). */
  summingSeconds: number;
  /** Events in the database after the collector stopped, versus 2xx answers it gave (warm-up included). */
  storedEvents: number;
  answered2xx: number;
};

/**
 * Request log lines off (issue 19): the collector writes one in ~2–20 µs, but here its stdout is a pipe into this
 * very process, which is busy running the load; reading thousands of lines a second would throttle the collector
 * through the pipe and measure the harness, not the collector.
 */
export const quietLog = { LOG_LEVEL: 'warn' };

export type IngestOptions = { seconds: number; connections: number; warmupSeconds: number };

export async function benchIngest(options: IngestOptions): Promise<IngestFigures> {
  const bareServer = await startBareServer();
  try {
    const bareLoad = { url: bareServer.url, connections: options.connections };
    await loadEvents({ ...bareLoad, seconds: options.warmupSeconds });
    const bare = await loadEvents({ ...bareLoad, seconds: options.seconds });
    const measured = await loadCollector(options);
    const bareAfter = await loadEvents({ ...bareLoad, seconds: options.seconds });
    return { bare, bareAfter, ...measured };
  } finally {
    await bareServer.stop();
  }
}

async function loadCollector(options: IngestOptions): Promise<Omit<IngestFigures, 'bare' | 'bareAfter'>> {
  // Seed the demo on a first start, then measure a restarted collector: the one-time demo seeding (15,000 journey
  // events) leaves ~70 MB of heap behind until the process restarts, which a running firm's collector never pays.
  const seeding = await startCollector({ keepData: true, env: quietLog });
  await seeding.stop();
  const collector = await startCollector({
    keepData: true,
    dataDir: seeding.dataDir,
    port: seeding.port,
    env: quietLog,
  });
  let warmup: LoadFigures;
  let measured: LoadFigures;
  let collectorPeakRss: number | undefined;
  let summingSeconds: number;
  const load = { url: collector.url, connections: options.connections, origin: collector.url };
  // The demo's seeded journey events were received at start; only what arrives from here is the load's.
  const loadStarted = Date.now();
  try {
    summingSeconds = await waitForSummedDays(collector.dbFile);
    warmup = await loadEvents({ ...load, seconds: options.warmupSeconds });
    const rss = sampleRss(collector.pid);
    measured = await loadEvents({ ...load, seconds: options.seconds });
    collectorPeakRss = rss.stop();
  } finally {
    await collector.stop();
  }
  // Read after the stop: the collector has committed everything it answered and closed the file.
  let storedEvents: number;
  try {
    const db = new Database(collector.dbFile, { readonly: true, fileMustExist: true });
    storedEvents = (
      db.prepare('select count(*) as n from events where received_at >= ?').get(loadStarted) as { n: number }
    ).n;
    db.close();
  } finally {
    await collector.removeData();
  }
  return {
    collector: measured,
    collectorPeakRss,
    summingSeconds,
    storedEvents,
    answered2xx: warmup.total2xx + measured.total2xx,
  };
}

/**
 * Waits until the collector has summed every past day of the journey cohorts (journey/cohort-timer.ts), and
 * returns how long that took. A restarted bench collector finds the demo's ~180 seeded days unsummed (the seeding
 * run stops before its timer gets through them) and sums them in its first seconds: a one-time cost of the seeding,
 * like its heap, that a running firm's collector pays only after an import. The load measures ingest after it.
 */
export async function waitForSummedDays(dbFile: string, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const pending = db.prepare('select count(*) as n from journey_cohort_marks where version <> refreshed and day < ?');
    while ((pending.get(today) as { n: number }).n > 0) {
      if (performance.now() - started > timeoutMs) throw new Error(`Cohort days still unsummed after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    db.close();
  }
  return (performance.now() - started) / 1000;
}

async function startBareServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/bare-server.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The bare server did not start within 20 s')), 20_000);
    child.once('exit', (code) => reject(new Error(`The bare server exited with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}
