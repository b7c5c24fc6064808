/**
 * Sends one question to `POST /v1/faq/ask` as `text/plain` JSON (no CORS preflight) with plain `fetch`:
 * the form-post client would cost the chat chunk more than the whole request logic.
 *
 * @example
 *   const result = await askQuestion(endpoint, { id, site, question, lang, journey });
 */
import type { FaqAnswer, FaqAsk } from '@retainer/schema';

export type AskResult =
  | { ok: true; answer: FaqAnswer }
  | { ok: false; reason: 'too-many' | 'too-long' | 'failed'; retryAfter?: number; requestId?: string };

export async function askQuestion(endpoint: string, ask: FaqAsk): Promise<AskResult> {
  let res: Response;
  try {
    res = await fetch(`${endpoint}/v1/faq/ask`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(ask),
    });
  } catch {
    return { ok: false, reason: 'failed' };
  }
  if (res.ok) return { ok: true, answer: (await res.json()) as FaqAnswer };
  if (res.status === 429) return { ok: false, reason: 'too-many', retryAfter: Number(res.headers.get('retry-after')) };
  if (res.status === 422 || res.status === 413) return { ok: false, reason: 'too-long' };
  // The problem's request id, shown under the notice for support (issue 19).
  const { requestId } = ((await res.json().catch(() => undefined)) ?? {}) as { requestId?: unknown };
  return { ok: false, reason: 'failed', ...(typeof requestId === 'string' ? { requestId } : {}) };
}
