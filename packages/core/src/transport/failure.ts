/**
 * Sorts a failed request into what a widget can act on: the network is down,
 * the server answered with a problem (RFC 9457), or something else broke.
 *
 * @example
 *   const failure = await describeFailure(error);
 *   if (failure.kind === 'problem' && failure.type === problemTypes.validation) showErrors(failure.errors);
 */
import { HttpError } from './http-error.ts';

export type Failure =
  | { kind: 'network' }
  | {
      kind: 'problem';
      status: number;
      type: string;
      errors: { path: string; code: string }[];
      /** Seconds from `Retry-After` (429, 503), when the answer has one. */
      retryAfter?: number;
      /** The problem's `requestId`: shown on the error so the firm can find the log line (issue 19). */
      requestId?: string;
    };

/**
 * `fetch` rejects with a TypeError when the network is down (also when a lazy chunk cannot load); a request
 * that took too long fails as a `TimeoutError` (the DOMException of `AbortSignal.timeout`).
 */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

export async function describeFailure(error: unknown): Promise<Failure> {
  if (error instanceof HttpError) {
    const body = await error.response
      .clone()
      .json()
      .catch(() => undefined);
    const problem = (body ?? {}) as { type?: unknown; errors?: unknown; requestId?: unknown };
    const retryAfter = Number(error.response.headers.get('retry-after'));
    return {
      kind: 'problem',
      status: error.response.status,
      type: typeof problem.type === 'string' ? problem.type : 'about:blank',
      errors: Array.isArray(problem.errors) ? problem.errors : [],
      ...(retryAfter > 0 ? { retryAfter } : {}),
      ...(typeof problem.requestId === 'string' ? { requestId: problem.requestId } : {}),
    };
  }
  if (isNetworkFailure(error)) return { kind: 'network' };
  throw error;
}
