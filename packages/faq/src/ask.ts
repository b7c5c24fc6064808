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
  | { ok: false; reason: 'too-many' | 'too-long' | 'failed'; retryAfter?: number };

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
  return { ok: false, reason: 'failed' };
}
