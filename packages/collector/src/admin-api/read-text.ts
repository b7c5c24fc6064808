/**
 * A text body of a given type within a size limit (the party CSV import).
 *
 * @example
 *   const csv = await readTextBody(c, /^text\/csv/i, 1024 * 1024);
 */
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';

const tooLarge = () => new ProblemError(413, problemTypes.payloadTooLarge, { headers: { connection: 'close' } });

export async function readTextBody(c: Context, type: RegExp, limit: number): Promise<string> {
  if (!type.test(c.req.header('content-type') ?? '')) throw new ProblemError(415, problemTypes.unsupportedMediaType);
  if (Number(c.req.header('content-length') ?? 0) > limit) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ProblemError(400, problemTypes.malformedJson, { detail: 'The body is not UTF-8.' });
  }
}
