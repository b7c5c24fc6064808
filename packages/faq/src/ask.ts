/**
 * Sends one question to `POST /v1/faq/ask` through the widgets' one transport (its retry policy, `text/plain`
 * JSON; the ask's client-made id makes a retry count once), and sorts a refusal into what the chat says.
 *
 * @example
 *   const result = await askQuestion(transport, { id, site, question, lang, journey });
 */
import { describeFailure, type Transport } from '@retainer/core';
import type { FaqAnswer, FaqAsk } from '@retainer/schema';

export type AskResult =
  | { ok: true; answer: FaqAnswer }
  | { ok: false; reason: 'too-many' | 'too-long' | 'failed'; retryAfter?: number; requestId?: string };

export async function askQuestion(transport: Transport, ask: FaqAsk): Promise<AskResult> {
  try {
    return { ok: true, answer: await transport.post<FaqAnswer>('/v1/faq/ask', ask) };
  } catch (error) {
    const failure = await describeFailure(error).catch(() => undefined);
    if (failure?.kind !== 'problem') return { ok: false, reason: 'failed' };
    if (failure.status === 429) return { ok: false, reason: 'too-many', retryAfter: failure.retryAfter };
    if (failure.status === 422 || failure.status === 413) return { ok: false, reason: 'too-long' };
    // The problem's request id, shown under the notice for support (issue 19).
    return { ok: false, reason: 'failed', ...(failure.requestId ? { requestId: failure.requestId } : {}) };
  }
}
