/**
 * Starts the real collector as it ships (`dist/collector/main.js`, built by `npm run build`) as a child process on SQLite in a
 * fresh data directory, and waits for `/healthz`. Shared by the e2e global setup and the bench.
 *
 * @example
 *   const collector = await startCollector({ demoOrigins: ['http://127.0.0.1:9000'] });
 *   await fetch(`${collector.url}/healthz`);
 *   await collector.stop();
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export type CollectorOptions = {
  /** Extra origins allowed for the demo site (`RETAINER_DEMO_ORIGINS`). */
  demoOrigins?: string[];
  /** Where the child's output goes; inherits nothing by default so test output stays readable. */
  logFile?: string;
  /** Keep the temp data directory after `stop()`, to read the database; then call `removeData()`. */
  keepData?: boolean;
  /** More environment for the child, e.g. `RETAINER_ADMIN_EMAIL` + `RETAINER_ADMIN_PASSWORD` for a first admin. */
  env?: Record<string, string>;
  /** Restart on the same port and data (durability tests); a fresh free port and temp dir by default. */
  port?: number;
  dataDir?: string;
};

export type RunningCollector = {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** The SQLite file the collector writes. */
  dbFile: string;
  /** SIGTERM and wait: the collector commits pending writes and closes the database. */
  stop(): Promise<void>;
  /** SIGKILL: no draining, no closing; resolves once the process is gone. */
  kill(): Promise<void>;
  removeData(): Promise<void>;
};

export const repoRoot = new URL('../../..', import.meta.url).pathname;

/**
 * The node flags of `npm run serve` (package.json), the one place they are written: e2e tests and the bench start
 * the collector with them, as it ships (issue 18: a capped young generation keeps it within the RSS budget).
 */
export function collectorNodeFlags(): string[] {
  const scripts = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const match = /^node((?: --[\w-]+(?:=\S+)?)*) dist\/collector\/main\.js$/.exec(scripts.serve ?? '');
  if (!match) throw new Error(`package.json's "serve" script is not \`node [--flag …] dist/collector/main.js\``);
  return (match[1] ?? '').split(' ').filter(Boolean);
}

export async function startCollector(options: CollectorOptions = {}): Promise<RunningCollector> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'retainer-e2e-'));
  // These tests are about the embedded default: a DATABASE_URL from CI must not switch it to PostgreSQL
  // (a test that wants PostgreSQL passes it in `env`).
  const { DATABASE_URL: _url, RETAINER_DATA_KEY: _key, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    RETAINER_DATA_DIR: dataDir,
    RETAINER_DEMO_ORIGINS: (options.demoOrigins ?? []).join(','),
    // Browser tests and the bench send far more from 127.0.0.1 than a visitor would; a test of the limits turns them on.
    RETAINER_RATE_LIMITS: 'off',
    ...options.env,
  };
  const child = spawn(process.execPath, [...collectorNodeFlags(), 'dist/collector/main.js'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      log?.write(chunk);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const removeData = async () => rmSync(dataDir, { recursive: true, force: true });
  const stop = () =>
    stopChild(child).finally(() => {
      log?.end();
      if (!options.keepData) return removeData();
    });
  try {
    await waitForHealthy(url, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`The collector did not start: ${(error as Error).message}\n${output.join('')}`);
  }
  const kill = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return { url, port, pid: child.pid ?? 0, dataDir, dbFile: join(dataDir, 'retainer.db'), stop, kill, removeData };
}

async function waitForHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`no healthy /healthz within ${timeoutMs} ms`);
}

/** SIGTERM (the collector drains and closes the database), then SIGKILL if it hangs. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
