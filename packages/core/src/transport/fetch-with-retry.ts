/**
 * `fetch` with a light retry, for what every widget does at page load (the
 * site config) and for journey events: network errors, timeouts, 408, 429 and
 * 5xx are tried again a few times with backoff, never while the browser says
 * it is offline. No library on purpose: these bytes ship with every widget,
 * while ky (the form posts) loads only when a visitor starts a form.
 *
 * @example
 *   const response = await fetchWithRetry(`${endpoint}/v1/sites/harbor-vale/config`);
 */
import { isNetworkFailure } from './failure.ts';
import { HttpError } from './http-error.ts';

export type RetryOptions = {
  /** Retries after the first attempt. */
  retries?: number;
  /** Milliseconds before retry number `attempt` (1-based); exponential with full jitter by default. */
  retryDelay?: (attempt: number) => number;
  /** Milliseconds one attempt may take. */
  timeout?: number;
};

/** Statuses worth another attempt; every body carries a client-made id, so a repeated POST is stored once. */
export const retryStatuses = [408, 429, 500, 502, 503, 504];

export const backoff = (attempt: number) => Math.random() * Math.min(8000, 500 * 2 ** attempt);

export async function fetchWithRetry(
  url: string,
  init: RequestInit = {},
  { retries = 2, retryDelay = backoff, timeout = 15_000 }: RetryOptions = {},
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    // Offline, another attempt cannot succeed: fail fast and let the caller wait for the `online` event.
    const last = attempt > retries || navigator.onLine === false;
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      if (last || !isNetworkFailure(error)) throw error;
      await pause(retryDelay(attempt));
      continue;
    }
    if (response.ok) return response;
    if (last || !retryStatuses.includes(response.status)) throw new HttpError(response);
    await pause(retryDelay(attempt));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
