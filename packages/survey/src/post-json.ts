/**
 * A small JSON POST for the survey's two calls: `text/plain` (no CORS preflight), one retry on a
 * network failure (both calls are safe to repeat: the answer is idempotent by token), and the
 * status handed back so the model can tell "already answered" from "link not valid".
 *
 * @example
 *   const { status, body } = await postJson(endpoint + '/v1/survey/open', { site, token });
 */
export type PostResult = { status: number; body: unknown };

export async function postJson(url: string, json: unknown, retries = 1): Promise<PostResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(json),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    } catch (error) {
      if (attempt >= retries) throw error;
    }
  }
}
