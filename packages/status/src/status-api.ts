/**
 * The three calls of the tracker: `text/plain` JSON POSTs (no CORS preflight). The token travels in
 * the body, never in a URL. Answers are sorted into what the view shows.
 *
 * @example
 *   const answer = await postStatus(endpoint, '/v1/status/lookup', { site, reference, code });
 *   if (answer.ok) token = answer.body.token;
 */
export type StatusAnswer<T> =
  | { ok: true; body: T }
  | { ok: false; status: number; type: string; retryAfter: number; requestId?: string }
  | { ok: false; status: 0; type: 'network'; retryAfter: 0; requestId?: undefined };

export async function postStatus<T>(endpoint: string, path: string, body: object): Promise<StatusAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(endpoint + path, { method: 'POST', body: JSON.stringify(body), cache: 'no-store' });
  } catch {
    return { ok: false, status: 0, type: 'network', retryAfter: 0 };
  }
  const json = (await response.json().catch(() => ({}))) as T & { type?: string; requestId?: string };
  if (response.ok) return { ok: true, body: json };
  return {
    ok: false,
    status: response.status,
    type: json.type ?? '',
    retryAfter: Number(response.headers.get('retry-after')) || 60,
    // Shown under an unexpected failure, so the firm can find the log line (issue 19).
    ...(typeof json.requestId === 'string' ? { requestId: json.requestId } : {}),
  };
}
