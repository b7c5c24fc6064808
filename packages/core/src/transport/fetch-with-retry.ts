/**
 * The one retry policy of every widget's requests (issue 18): network errors, timeouts, 408, 429 and 5xx are
 * tried again with exponential backoff and full jitter, or after the answer's `Retry-After` when it gives one;
 * never while the browser says it is offline, and never to wait out a long rate limit (the visitor hears about
 * that at once, with its Retry-After). The caller sends the same body each time: its client-made id (or token)
 * is what makes a repeated POST stored once. No library on purpose — see transport.ts.
 *
 * @example
 *   const response = await fetchWithRetry(`${endpoint}/v1/sites/harbor-vale/config`);
 */
import { isNetworkFailure } from './failure.ts';
import { HttpError } from './http-error.ts';

export type RetryOptions = {
  /** Retries after the first attempt. */
  retries?: number;
  /** Milliseconds before retry number `attempt` (1-based) when the answer has no Retry-After; backoff by default. */
  retryDelay?: (attempt: number) => number;
  /** Milliseconds one attempt may take. */
  timeout?: number;
};

/** Statuses worth another attempt; every body carries a client-made id, so a repeated POST is stored once. */
export const retryStatuses = [408, 429, 500, 502, 503, 504];

export const backoff = (attempt: number) => Math.random() * Math.min(8000, 500 * 2 ** attempt);

/**
 * The longest Retry-After waited out silently, in seconds: a 429 clears within a burst or it is the visitor's to
 * hear about (issue 14, defect 13: ~25 s of "Sending…" before); a 503 may ask for up to a minute.
 */
const longestWait = (status: number) => (status === 429 ? 3 : 60);

/** Retry-After in seconds (delta-seconds or an HTTP date); undefined without one. */
function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isNaN(seconds) ? (Date.parse(value) - Date.now()) / 1000 || undefined : Math.max(0, seconds);
}

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
    const wait = retryAfterSeconds(response);
    if (last || !retryStatuses.includes(response.status) || (wait ?? 0) > longestWait(response.status)) {
      throw new HttpError(response);
    }
    await pause(wait === undefined ? retryDelay(attempt) : Math.max(0, wait) * 1000);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
