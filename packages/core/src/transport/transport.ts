/**
 * Talks to the collector with ky: JSON bodies sent as `text/plain` (a simple
 * request, so no CORS preflight), every body carrying its client-made `id`,
 * and retries with backoff for POST too — safe because the collector stores
 * one row per id. Retry-After is honoured for 429 and 503.
 *
 * @example
 *   const transport = createTransport('https://retainer.example.com');
 *   const receipt = await transport.post<IntakeReceipt>('/v1/intake', { id: newId(), … });
 */
import ky, { type KyInstance } from 'ky';

export type TransportOptions = {
  /** Retries after the first attempt. */
  retries?: number;
  /** Milliseconds before retry number `attempt` (1-based); exponential with full jitter by default. */
  retryDelay?: (attempt: number) => number;
  timeout?: number;
};

export type Transport = {
  endpoint: string;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: { id: string }, init?: { keepalive?: boolean }): Promise<T>;
};

const backoff = (attempt: number) => Math.random() * Math.min(8000, 500 * 2 ** attempt);

export function createTransport(endpoint: string, options: TransportOptions = {}): Transport {
  const client: KyInstance = ky.create({
    timeout: options.timeout ?? 15_000,
    retry: {
      limit: options.retries ?? 3,
      methods: ['get', 'post'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: 60_000,
      delay: options.retryDelay ?? backoff,
      retryOnTimeout: true,
      // Offline, a retry cannot succeed: fail fast and let the widget wait for the `online` event.
      shouldRetry: () => (navigator.onLine === false ? false : undefined),
    },
  });
  return {
    endpoint,
    get: (path) => client.get(endpoint + path).json(),
    post: (path, body, init) =>
      client
        .post(endpoint + path, {
          body: JSON.stringify(body),
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
          keepalive: init?.keepalive ?? false,
        })
        .json(),
  };
}
