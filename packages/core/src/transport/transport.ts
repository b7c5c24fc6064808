/**
 * Talks to the collector: the one transport of every widget (issue 18), one retry policy (`fetchWithRetry`:
 * backoff with jitter, `Retry-After`, never offline). Every body goes as `text/plain` JSON (a simple request: no
 * CORS preflight), serialized once, so each retry repeats the same client-made id or token and is stored once.
 * - `get`: the site config and per-site content, at page load;
 * - `send`: journey events, small and batched, with `keepalive` so they survive leaving the page;
 * - `post`: a form or a question that must arrive (intake, survey, status, FAQ): one more retry by default.
 *
 * Plain `fetch`, not ky (which the dashboard keeps): the same behaviour — retries for POST, backoff with jitter,
 * Retry-After, timeouts, the error status for the caller — is ~0.7 KB gzip here (this file with its retry and
 * error modules), part of the shared runtime every widget loads anyway, where ky's post client was a 4.9 KB chunk
 * every form fetched on top (issue 18: intake, every byte after a submit ≤ 28 KB).
 *
 * @example
 *   const transport = createTransport('https://retainer.example.com');
 *   const site = await transport.get<PublicSiteConfig>('/v1/sites/harbor-vale/config');
 *   const receipt = await transport.post<IntakeReceipt>('/v1/intake', { id: newId(), … });
 */
import { fetchWithRetry, type RetryOptions } from './fetch-with-retry.ts';

/** `retries` defaults to 3 for `post` and 2 for `get` and `send`. */
export type TransportOptions = RetryOptions;

export type Transport = {
  endpoint: string;
  get<T>(path: string): Promise<T>;
  send(path: string, body: { id: string }): Promise<void>;
  /** Rejects with an `HttpError` for an error status (read it with `describeFailure`) or a network failure. */
  post<T>(path: string, body: object): Promise<T>;
};

export function createTransport(endpoint: string, options: TransportOptions = {}): Transport {
  const postJson = (path: string, body: object, init: RequestInit, retries?: number) =>
    fetchWithRetry(endpoint + path, { method: 'POST', body: JSON.stringify(body), ...init }, { retries, ...options });
  return {
    endpoint,
    get: async (path) => (await fetchWithRetry(endpoint + path, {}, options)).json(),
    send: async (path, body) => void (await postJson(path, body, { keepalive: true })),
    post: async (path, body) => (await postJson(path, body, {}, 3)).json(),
  };
}
