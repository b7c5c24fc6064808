/**
 * The three calls of the tracker, through the widgets' one transport (its retry policy, `text/plain` JSON, no CORS
 * preflight). The token travels in the body, never in a URL. Answers are sorted into what the view shows.
 *
 * @example
 *   const answer = await postStatus(transport, '/v1/status/lookup', { site, reference, code });
 *   if (answer.ok) token = answer.body.token;
 */
import { describeFailure, type Transport } from '@retainer/core';

export type StatusAnswer<T> =
  | { ok: true; body: T }
  | { ok: false; status: number; type: string; retryAfter: number; requestId?: string }
  | { ok: false; status: 0; type: 'network'; retryAfter: 0; requestId?: undefined };

export async function postStatus<T>(transport: Transport, path: string, body: object): Promise<StatusAnswer<T>> {
  try {
    return { ok: true, body: await transport.post<T>(path, body) };
  } catch (error) {
    const failure = await describeFailure(error).catch(() => undefined);
    if (failure?.kind !== 'problem') return { ok: false, status: 0, type: 'network', retryAfter: 0 };
    return {
      ok: false,
      status: failure.status,
      type: failure.type,
      retryAfter: failure.retryAfter ?? 60,
      // Shown under an unexpected failure, so the firm can find the log line (issue 19).
      ...(failure.requestId ? { requestId: failure.requestId } : {}),
    };
  }
}
