/**
 * Sorts a failed request into what a widget can act on: the network is down,
 * the server answered with a problem (RFC 9457), or something else broke.
 *
 * @example
 *   const failure = await describeFailure(error);
 *   if (failure.kind === 'problem' && failure.type === problemTypes.validation) showErrors(failure.errors);
 */
import { HTTPError, TimeoutError } from 'ky';

export type Failure =
  | { kind: 'network' }
  | { kind: 'problem'; status: number; type: string; errors: { path: string; code: string }[] };

export async function describeFailure(error: unknown): Promise<Failure> {
  if (error instanceof HTTPError) {
    const body = await error.response
      .clone()
      .json()
      .catch(() => undefined);
    const problem = (body ?? {}) as { type?: unknown; errors?: unknown };
    return {
      kind: 'problem',
      status: error.response.status,
      type: typeof problem.type === 'string' ? problem.type : 'about:blank',
      errors: Array.isArray(problem.errors) ? problem.errors : [],
    };
  }
  // fetch rejects with a TypeError when the network is down; ky adds TimeoutError.
  if (error instanceof TypeError || error instanceof TimeoutError) return { kind: 'network' };
  throw error;
}
