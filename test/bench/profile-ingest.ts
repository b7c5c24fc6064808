/**
 * The ingest load against one collector started with extra node flags, for profiling (issue 18); not part of
 * `npm run bench`, and nothing is judged. Seeds the demo, restarts the collector as the bench does, waits for the
 * seeded days to be summed (set NO_WAIT=1 to load during the summing), warms up 2 s, loads for SECONDS_LOAD (10),
 * then prints one JSON line: req/s, p50/p99, the collector's CPU µs per 2xx answer (user + system, from /proc: steadier
 * than req/s on a busy machine) and its peak RSS. Needs `npm run build` first (it runs dist/collector/main.js).
 *
 * @example
 *   PROFILE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npx tsx test/bench/profile-ingest.ts
 *   METRICS='group_commit.*(_sum|_count)' npx tsx test/bench/profile-ingest.ts   # also print these /metrics lines
 *   RATE=300 VARIANT=before npx tsx test/bench/profile-ingest.ts   # a fixed rate: compare builds' CPU per request
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectorNodeFlags, repoRoot, startCollector, stopChild } from '../e2e/support/collector-process.ts';
import { freePort } from '../e2e/support/free-port.ts';
import { waitForSummedDays } from './ingest-bench.ts';
import { loadEvents } from './ingest-load.ts';
import { sampleRss } from './rss-sampler.ts';

const seconds = Number(process.env.SECONDS_LOAD ?? 10);
const connections = Number(process.env.CONNS ?? 50);
// RATE=300: a fixed request rate (see ingest-load.ts), so builds compare by CPU per request on a busy machine.
const rate = Number(process.env.RATE ?? 0);
const metricsToken = 'profile-ingest-metrics-token';
const dataDir = mkdtempSync(join(tmpdir(), 'retainer-prof-'));
const port = await freePort();
const seeding = await startCollector({ keepData: true, dataDir, port, env: { LOG_LEVEL: 'warn' } });
await seeding.stop();
const flags = (process.env.PROFILE_FLAGS ?? '').split(' ').filter(Boolean);
// The shipped flags first (package.json "serve"); PROFILE_FLAGS can add to them or override one.
const child = spawn(process.execPath, [...collectorNodeFlags(), ...flags, 'dist/collector/main.js'], {
  cwd: repoRoot,
  env: {
    ...process.env,
    DATABASE_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    RETAINER_DATA_DIR: dataDir,
    RETAINER_RATE_LIMITS: 'off',
    RETAINER_METRICS_TOKEN: metricsToken,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;

let writerTid: string | undefined;

/** CPU ticks (user + system) of the main thread and of the busiest other thread, from /proc/PID/task. */
function threadCpu(pid: number): { main: number; busiestOther: number; busiestTid?: string } {
  const ticks = (tid: string) => {
    const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  };
  let busiestOther = 0;
  let busiestTid: string | undefined;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    if (tid === String(pid)) continue;
    const t = ticks(tid);
    if (t > busiestOther) [busiestOther, busiestTid] = [t, tid];
  }
  // The same thread before and after: the writer's tid is kept from the first call.
  if (writerTid && writerTid !== busiestTid) return { main: ticks(String(pid)), busiestOther: ticks(writerTid) };
  writerTid = busiestTid;
  return { main: ticks(String(pid)), busiestOther, ...(busiestTid ? { busiestTid } : {}) };
}
try {
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const summingSeconds = process.env.NO_WAIT ? 0 : await waitForSummedDays(join(dataDir, 'retainer.db'));
  await loadEvents({ url, connections, seconds: 2, origin: url, rate });
  const cpuSeconds = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const rss = sampleRss(child.pid ?? 0);
  const cpuBefore = cpuSeconds();
  const threadsBefore = threadCpu(child.pid ?? 0);
  const figures = await loadEvents({ url, connections, seconds, origin: url, rate });
  const used = cpuSeconds() - cpuBefore;
  const threadsAfter = threadCpu(child.pid ?? 0);
  const perRequest = (ticks: number) => Math.round((ticks * 1e4) / Math.max(1, figures.total2xx));
  const mainUs = perRequest((threadsAfter.main ?? 0) - (threadsBefore.main ?? 0));
  const writerUs = perRequest((threadsAfter.busiestOther ?? 0) - (threadsBefore.busiestOther ?? 0));
  console.log(
    JSON.stringify({
      variant: process.env.VARIANT,
      rate: rate || 'open',
      summingSeconds: Math.round(summingSeconds * 10) / 10,
      rps: figures.requestsPerSecond,
      p50Ms: figures.p50Ms,
      p99Ms: figures.p99Ms,
      total2xx: figures.total2xx,
      non2xx: figures.non2xx,
      cpuUsPerRequest: Math.round((used * 1e6) / Math.max(1, figures.total2xx)),
      // Split by thread: the main thread, and the busiest other one (the SQLite writer).
      mainUsPerRequest: mainUs,
      writerUsPerRequest: writerUs,
      peakRssMb: Math.round((rss.stop() ?? 0) / 104_857.6) / 10,
      loadAverage: loadavg()[0],
    }),
  );
  if (process.env.METRICS) {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    const wanted = new RegExp(process.env.METRICS);
    console.log(
      (await res.text())
        .split('\n')
        .filter((line) => wanted.test(line))
        .join('\n'),
    );
  }
} finally {
  await stopChild(child);
  rmSync(dataDir, { recursive: true, force: true });
}
