import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problem, problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedCollector, startCollector } from '../server/start-collector.ts';
import { eventBody, post } from '../test-support/requests.ts';
import { registerGauge } from './index.ts';

const token = 'metrics-token-for-tests-0123456789';

describe('GET /metrics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'retainer-metrics-'));
  let collector: StartedCollector;
  beforeAll(async () => {
    collector = await startCollector({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      log: () => {},
      metricsToken: token,
      metricsPort: 0,
    });
  });
  afterAll(async () => {
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses without its bearer token, with a problem body', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: token }];
    for (const headers of attempts) {
      const res = await fetch(`${collector.url}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(problem.parse(await res.json())).toMatchObject({ type: problemTypes.unauthenticated });
    }
  });

  it('exposes the named series in Prometheus format, on the main port with the token and on its own port', async () => {
    const origin = `http://localhost:${collector.port}`;
    expect((await fetch(`${collector.url}/v1/events`, post(eventBody(2), { origin }))).status).toBe(200);
    expect((await fetch(`${collector.url}/v1/nope`)).status).toBe(404);
    registerGauge('retainer_outbox_depth', 'Messages waiting (a feature registers it)', () => 4);
    const res = await fetch(`${collector.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const series of [
      'retainer_http_request_duration_seconds_bucket{',
      'route="/v1/events",status_class="2xx"',
      'retainer_http_client_errors_total{route="*",status="404"}',
      'retainer_http_rate_limited_total',
      'retainer_http_server_errors_total',
      'retainer_group_commit_batch_size_bucket',
      'retainer_group_commit_duration_seconds_count',
      'retainer_job_runs_total',
      'retainer_job_failures_total',
      'retainer_job_lag_seconds',
      'retainer_pg_pool_connections',
      'retainer_process_resident_memory_bytes',
      'retainer_nodejs_heap_size_used_bytes',
      'retainer_outbox_depth 4',
    ]) {
      expect(text, series).toContain(series);
    }
    const separate = await fetch(`http://127.0.0.1:${collector.metricsPort}/metrics`);
    expect(separate.status).toBe(200);
    expect(await separate.text()).toContain('retainer_group_commit_batch_size_bucket');
    expect((await fetch(`http://127.0.0.1:${collector.metricsPort}/v1/events`)).status).toBe(404);
  });
});

describe('without RETAINER_METRICS_TOKEN', () => {
  it('has no /metrics route on the main port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-metrics-'));
    const collector = await startCollector({ port: 0, host: '127.0.0.1', dataDir: dir, log: () => {} });
    try {
      const res = await fetch(`${collector.url}/metrics`);
      expect(res.status).toBe(404);
      expect(problem.parse(await res.json()).type).toBe(problemTypes.notFound);
    } finally {
      await collector.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
