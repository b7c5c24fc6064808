/**
 * The client for posts that must arrive (an intake, later a survey answer):
 * ky, with retries and backoff for POST too — safe because the collector
 * stores one row per client-made id — and Retry-After honoured for 429 and
 * 503. A chunk of its own, loaded by `transport.post` or `preparePost()`, so
 * ky is not among the bytes every widget fetches at page load.
 *
 * @example
 *   const post = createPost({ retries: 3 });
 *   const receipt = await post<IntakeReceipt>('https://c.example/v1/intake', { id: newId(), … });
 */
import ky, { HTTPError } from 'ky';
import { backoff, type RetryOptions, retryStatuses } from './fetch-with-retry.ts';
import { HttpError } from './http-error.ts';

/**
 * A 429 is waited out silently only when it clears within this many seconds (a burst); a longer wait is the
 * visitor's to hear about at once, with its Retry-After (issue 14, defect 13: ~25 s of "Sending…" before).
 */
const silentRetryAfterSeconds = 3;

const longRateLimit = (error: unknown) =>
  error instanceof HTTPError &&
  error.response.status === 429 &&
  !(Number(error.response.headers.get('retry-after') ?? 0) <= silentRetryAfterSeconds);

export function createPost({ retries = 3, retryDelay = backoff, timeout = 15_000 }: RetryOptions = {}) {
  const client = ky.create({
    timeout,
    retry: {
      limit: retries,
      methods: ['post'],
      statusCodes: retryStatuses,
      afterStatusCodes: [429, 503],
      maxRetryAfter: 60_000,
      delay: retryDelay,
      retryOnTimeout: true,
      // Offline, a retry cannot succeed: fail fast and let the widget wait for the `online` event.
      shouldRetry: ({ error }) => (navigator.onLine === false || longRateLimit(error) ? false : undefined),
    },
  });
  return async <T>(url: string, body: { id: string }): Promise<T> => {
    try {
      // A string body goes as text/plain: a simple request, so no CORS preflight.
      return await client.post(url, { body: JSON.stringify(body) }).json<T>();
    } catch (error) {
      throw error instanceof HTTPError ? new HttpError(error.response) : error;
    }
  };
}
