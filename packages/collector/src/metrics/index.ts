/**
 * Prometheus metrics (prom-client), one registry per process: HTTP requests by route pattern and status class,
 * group-commit batches, background jobs, the PostgreSQL pool and process memory. `GET /metrics` is off unless
 * `RETAINER_METRICS_TOKEN` (bearer) or `RETAINER_METRICS_PORT` (a separate listener) is set.
 *
 * Hook for features that own a queue (the outbox, webhooks): register a gauge whose value is read at scrape time.
 *
 * @example
 *   import { registerGauge } from '../metrics/index.ts';
 *   registerGauge('retainer_outbox_depth', 'Messages waiting to be sent', async () => countPending(db));
 *   registerGauge('retainer_outbox_oldest_age_seconds', 'Age of the oldest waiting message', () => oldestAge(),
 *     { labels: ['channel'], read: async () => [{ labels: { channel: 'email' }, value: 3 }] });
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

type LabelledValue = { labels: Record<string, string>; value: number };

/** A status class for labels: `2xx`, `4xx`… (a label per status code would multiply series for nothing). */
export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

export function createMetrics() {
  const registry = new Registry();
  // Process memory, CPU, event-loop lag, handles: prom-client's standard set, prefixed like ours.
  collectDefaultMetrics({ register: registry, prefix: 'retainer_' });
  const requestDuration = new Histogram({
    name: 'retainer_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern and status class',
    labelNames: ['method', 'route', 'status_class'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const clientErrors = new Counter({
    name: 'retainer_http_client_errors_total',
    help: '4xx answers by route pattern and status',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'retainer_http_rate_limited_total',
    help: '429 answers by route pattern',
    labelNames: ['route'],
    registers: [registry],
  });
  const serverErrors = new Counter({
    name: 'retainer_http_server_errors_total',
    help: '5xx answers by route pattern and status',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  const batchSize = new Histogram({
    name: 'retainer_group_commit_batch_size',
    help: 'Writes per group-commit transaction',
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
    registers: [registry],
  });
  const commitSeconds = new Histogram({
    name: 'retainer_group_commit_duration_seconds',
    help: 'Time to commit one group-commit transaction (fsync included)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'retainer_job_runs_total',
    help: 'Background job runs',
    labelNames: ['job'],
    registers: [registry],
  });
  const jobFailures = new Counter({
    name: 'retainer_job_failures_total',
    help: 'Background job runs that failed',
    labelNames: ['job'],
    registers: [registry],
  });
  const jobLag = new Gauge({
    name: 'retainer_job_lag_seconds',
    help: 'How late the last run of a background job started after it was due',
    labelNames: ['job'],
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'retainer_job_duration_seconds',
    help: 'Background job run time',
    labelNames: ['job'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [registry],
  });
  let pools: Array<() => { total: number; idle: number; waiting: number } | undefined> = [];
  const poolGauge = (
    name: string,
    help: string,
    pick: (use: { total: number; idle: number; waiting: number }) => number,
  ) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        let sum = 0;
        for (const read of pools) {
          const use = read();
          if (use) sum += pick(use);
        }
        this.set(sum);
      },
    });
  poolGauge('retainer_pg_pool_connections', 'PostgreSQL connections open in the pool', (u) => u.total);
  poolGauge('retainer_pg_pool_idle', 'PostgreSQL connections idle in the pool', (u) => u.idle);
  poolGauge('retainer_pg_pool_waiting', 'Queries waiting for a PostgreSQL connection', (u) => u.waiting);

  return {
    registry,
    observeRequest(method: string, route: string, status: number, seconds: number) {
      requestDuration.observe({ method, route, status_class: statusClass(status) }, seconds);
      if (status === 429) rateLimited.inc({ route });
      if (status >= 400 && status < 500) clientErrors.inc({ route, status: String(status) });
      else if (status >= 500) serverErrors.inc({ route, status: String(status) });
    },
    observeCommit(size: number, seconds: number) {
      batchSize.observe(size);
      commitSeconds.observe(seconds);
    },
    observeJob(job: string, { seconds, lagSeconds, failed }: { seconds: number; lagSeconds: number; failed: boolean }) {
      jobRuns.inc({ job });
      if (failed) jobFailures.inc({ job });
      jobLag.set({ job }, lagSeconds);
      jobDuration.observe({ job }, seconds);
    },
    /** Reports a PostgreSQL pool's use at scrape time; returns the function that stops it (on close). */
    watchPool(read: () => { total: number; idle: number; waiting: number } | undefined): () => void {
      pools = [...pools, read];
      return () => {
        pools = pools.filter((r) => r !== read);
      };
    },
    /** A gauge read at scrape time: the hook for queue depth and age (outbox, webhooks). */
    registerGauge(
      name: string,
      help: string,
      read: () => number | LabelledValue[] | Promise<number | LabelledValue[]>,
      { labels = [] }: { labels?: string[] } = {},
    ): void {
      if (registry.getSingleMetric(name)) registry.removeSingleMetric(name);
      new Gauge({
        name,
        help,
        labelNames: labels,
        registers: [registry],
        async collect() {
          const value = await read();
          if (typeof value === 'number') this.set(value);
          else {
            this.reset();
            for (const v of value) this.set(v.labels, v.value);
          }
        },
      });
    },
  };
}

let shared: Metrics | undefined;

/** The process's registry: what `/metrics` serves. */
export function processMetrics(): Metrics {
  shared ??= createMetrics();
  return shared;
}

/** `processMetrics().registerGauge(...)`: see the module header. */
export const registerGauge: Metrics['registerGauge'] = (...args) => processMetrics().registerGauge(...args);
