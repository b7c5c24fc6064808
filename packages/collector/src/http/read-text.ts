/**
 * A text body of a given type within a size limit (the party CSV import).
 *
 * @example
 *   const csv = await readTextBody(c, /^text\/csv/i, 1024 * 1024);
 */
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { readWebStream, tooLarge } from '../body/index.ts';
import { ProblemError } from '../errors/index.ts';

export async function readTextBody(c: Context, type: RegExp, limit: number): Promise<string> {
  if (!type.test(c.req.header('content-type') ?? '')) throw new ProblemError(415, problemTypes.unsupportedMediaType);
  if (Number(c.req.header('content-length') ?? 0) > limit) throw tooLarge();
  const bytes = await readWebStream(c.req.raw.body, limit);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProblemError(400, problemTypes.malformedJson, { detail: 'The body is not UTF-8.' });
  }
}
