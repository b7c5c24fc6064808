/**
 * The flood section of the bench (issue 9, "Hardening"): a real collector with its rate limits on
 * and `RETAINER_TRUST_PROXY=1` (so X-Forwarded-For simulates thousands of addresses) takes ~5,000
 * req/s of junk from a paced open-loop sender (flood-sender.ts, its own process) while a trickle of
 * valid intake submissions, each from a fresh address, is timed from this process. A few seconds
 * of the trickle alone first give the quiet baseline.
 *
 * @example
 *   const figures = await benchFlood({ seconds: 10, junkRate: 5000, intakeRate: 5, addresses: 5000 });
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { repoRoot, startCollector } from '../e2e/support/collector-process.ts';
import type { SenderReport } from './flood-sender.ts';
import { quietLog, waitForSummedDays } from './ingest-bench.ts';
import { sampleRss } from './rss-sampler.ts';

export type FloodOptions = { seconds: number; junkRate: number; intakeRate: number; addresses: number };

export type IntakeFigures = {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  statusCodes: Record<string, number>;
};

export type FloodFigures = {
  quiet: IntakeFigures;
  flooded: IntakeFigures;
  junk: SenderReport;
  collectorPeakRss: number | undefined;
  /** CPU seconds the collector used during the flood: near the flood's wall time means it was CPU-bound. */
  collectorCpuSeconds: number | undefined;
  /** Intakes in the database after the collector stopped, versus the 201s the trickle got. */
  storedIntakes: number;
  answered201: number;
};

const practiceAreas = ['family', 'employment', 'immigration', 'business', 'estate-planning'];

/** A submission as the intake widget sends it, different every time (the spam check flags repeats). */
function intakeSubmission(n: number): string {
  return JSON.stringify({
    id: randomUUID(),
    site: 'harbor-vale',
    journey: randomUUID(),
    lang: 'en',
    fields: {
      name: `Visitor ${n}`,
      email: `visitor.${n}.${randomUUID().slice(0, 8)}@example.com`,
      phone: `+1 617 555 ${String(1000 + (n % 9000)).padStart(4, '0')}`,
      practiceArea: practiceAreas[n % practiceAreas.length],
      description: `Question ${n} (${randomUUID()}): my employer changed my contract and I would like advice before signing.`,
      adverseParties: [`Company ${n} Ltd`],
      contactMethod: 'email',
    },
    disclaimer: { version: 1, accepted: true },
    fillMs: 40_000 + (n % 20) * 1000,
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function readCpuSeconds(pid: number): number | undefined {
  try {
    // After the command name (which may hold spaces), utime and stime are the 12th and 13th fields.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : undefined;
  } catch {
    return undefined;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) : Number.NaN;

/** Valid intakes at `rate` per second for `seconds`, each from its own address; latency per request. */
async function trickle(url: string, rate: number, seconds: number, first: number): Promise<IntakeFigures> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const count = Math.round(rate * seconds);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const n = first + i;
    pending.push(
      (async () => {
        const sent = performance.now();
        let status: string;
        try {
          const res = await fetch(`${url}/v1/intake`, {
            method: 'POST',
            headers: {
              'content-type': 'text/plain;charset=UTF-8',
              origin: url,
              'x-forwarded-for': `172.16.${(n >> 8) & 255}.${n & 255}`,
            },
            body: intakeSubmission(n),
            signal: AbortSignal.timeout(15_000),
          });
          await res.arrayBuffer();
          status = String(res.status);
        } catch {
          status = 'error';
        }
        latencies.push(performance.now() - sent);
        statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      })(),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return {
    count,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    statusCodes,
  };
}

function runSender(url: string, options: FloodOptions): { report: Promise<SenderReport> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/flood-sender.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      FLOOD_URL: url,
      FLOOD_RATE: String(options.junkRate),
      FLOOD_SECONDS: String(options.seconds),
      FLOOD_ADDRESSES: String(options.addresses),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const report = new Promise<SenderReport>((resolve, reject) => {
    const guard = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 60) * 1000);
    child.once('exit', (code) => {
      clearTimeout(guard);
      try {
        resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '') as SenderReport);
      } catch {
        reject(new Error(`The flood sender exited with code ${code} and no report`));
      }
    });
  });
  return { report };
}

export async function benchFlood(options: FloodOptions): Promise<FloodFigures> {
  // As in the ingest bench: seed the demo once, then measure a restarted collector (no seeding heap left over).
  const env = { RETAINER_RATE_LIMITS: 'on', RETAINER_TRUST_PROXY: '1', ...quietLog };
  const seeding = await startCollector({ keepData: true, env });
  await seeding.stop();
  const collector = await startCollector({ keepData: true, dataDir: seeding.dataDir, port: seeding.port, env });
  const url = `http://127.0.0.1:${collector.port}`;
  const started = Date.now();
  let figures: Omit<FloodFigures, 'storedIntakes'>;
  try {
    // As in the ingest bench: the seeded demo's days are summed first (a one-time cost of the seeding).
    await waitForSummedDays(collector.dbFile);
    const quietSeconds = 3;
    const quiet = await trickle(url, options.intakeRate, quietSeconds, 0);
    const rss = sampleRss(collector.pid);
    const cpuBefore = readCpuSeconds(collector.pid);
    const sender = runSender(url, options);
    const flooded = await trickle(url, options.intakeRate, options.seconds, quiet.count);
    const junk = await sender.report;
    const collectorPeakRss = rss.stop();
    const cpuAfter = readCpuSeconds(collector.pid);
    const collectorCpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    const answered201 = (quiet.statusCodes['201'] ?? 0) + (flooded.statusCodes['201'] ?? 0);
    figures = { quiet, flooded, junk, collectorPeakRss, collectorCpuSeconds, answered201 };
  } finally {
    await collector.stop();
  }
  let storedIntakes: number;
  try {
    const db = new Database(collector.dbFile, { readonly: true, fileMustExist: true });
    storedIntakes = (
      db.prepare('select count(*) as n from intakes where received_at >= ?').get(started) as { n: number }
    ).n;
    db.close();
  } finally {
    await collector.removeData();
  }
  return { ...figures, storedIntakes };
}
