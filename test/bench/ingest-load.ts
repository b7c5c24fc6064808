/**
 * The ingest load: autocannon against a target, one valid event per request, every request a
 * distinct batch with fresh ids (a replayed id would be answered from the idempotency path
 * and flatter the collector). Only 127.0.0.1 targets.
 *
 * @example
 *   const result = await loadEvents({ url: 'http://127.0.0.1:8787', seconds: 10, connections: 50 });
 */
import { randomUUID } from 'node:crypto';
import autocannon, { type Instance, type Result } from 'autocannon';

export type LoadOptions = {
  url: string;
  seconds: number;
  connections: number;
  /** Sent as Origin, as a widget on the firm's page would. */
  origin?: string;
  site?: string;
  /**
   * Requests per second across all connections (autocannon's `overallRate`); default: as fast as answered. At a
   * fixed rate two builds get the same batches, so their CPU per request compares on a busy machine (issue 18).
   */
  rate?: number;
};

export type LoadFigures = {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  total2xx: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
};

/** A valid `POST /v1/events` body: one `discover` event in a batch, both with fresh ids. */
export function eventBatchBody(site: string, journey: string): string {
  return JSON.stringify({
    id: randomUUID(),
    events: [{ id: randomUUID(), site, journey, stage: 'discover', type: 'intake.shown', ts: Date.now() }],
  });
}

export async function loadEvents(options: LoadOptions): Promise<LoadFigures> {
  const target = new URL(options.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`Refusing to load a non-local target: ${options.url}`);
  const site = options.site ?? 'harbor-vale';
  const headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' };
  if (options.origin) headers.origin = options.origin;
  let instance: Instance | undefined;
  const done = new Promise<Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${target.origin}/v1/events`,
        connections: options.connections,
        ...(options.rate ? { overallRate: options.rate } : {}),
        duration: options.seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/v1/events',
            headers,
            // Called for every request: a fresh batch id and event id each time.
            setupRequest: (request, context) => {
              context.journey ??= randomUUID();
              return { ...request, body: eventBatchBody(site, String(context.journey)) };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  // A hard stop in case a target stops answering: autocannon's duration plus a margin.
  const guard = setTimeout(() => instance?.stop(), (options.seconds + 15) * 1000);
  const result = await done.finally(() => clearTimeout(guard));
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(stat.count);
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    total2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
  };
}
