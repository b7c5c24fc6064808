/**
 * Reads a widget's JSON body ourselves: widgets send `text/plain` (no CORS preflight),
 * which Hono's validator ignores, and the size limit must hold for chunked bodies too.
 *
 * @example
 *   const json = await readJsonBody(c); // throws ProblemError 413/415/400
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';

export const defaultBodyLimit = 64 * 1024;

/** 413 for a body over its limit. */
export const tooLarge = () =>
  // Connection: close so Node does not keep reading a huge body from this client.
  new ProblemError(413, problemTypes.payloadTooLarge, { headers: { connection: 'close' } });

const acceptedType = /^(?:text\/plain|application\/json)\s*(?:;|$)/i;

/** Parses the request body as JSON within `limit` bytes, whatever the transfer encoding. */
export async function readJsonBody(c: Context, limit = defaultBodyLimit): Promise<unknown> {
  const type = c.req.header('content-type');
  if (!type || !acceptedType.test(type)) throw new ProblemError(415, problemTypes.unsupportedMediaType);
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  // On Node, read the socket stream directly: materialising a web Request body costs a lot per request.
  const bytes = incoming ? await readNodeStream(incoming, limit) : await readWebStream(c.req.raw.body, limit);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 is a native check; Buffer#toString alone would silently replace bad bytes.
  if (!isUtf8(buffer)) throw new ProblemError(400, problemTypes.malformedJson, { detail: 'The body is not UTF-8.' });
  const text = buffer.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError(400, problemTypes.malformedJson);
  }
  // JSON.parse keeps the last of two equal keys, another parser the first: one body must not read two ways (issue 14).
  if (keysInText(text) !== keysInValue(value)) {
    throw new ProblemError(400, problemTypes.malformedJson, { detail: 'An object in the body repeats a key.' });
  }
  // Only `\u` escapes can smuggle a NUL or half a surrogate pair past the UTF-8 check; most bodies have none.
  if (escapedTrouble.test(text) && !cleanText(value)) {
    throw new ProblemError(400, problemTypes.malformedJson, {
      detail: 'The body holds a NUL character or half of a surrogate pair.',
    });
  }
  return value;
}

const escapedTrouble = /\\u(?:0000|[dD][89a-fA-F])/;
// With the `u` flag a surrogate matches only when unpaired.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what this looks for.
const loneSurrogateOrNul = /[\u0000\uD800-\uDFFF]/u;

/** True when no key or string holds U+0000 or a lone surrogate (PostgreSQL cannot store the one, UTF-8 not the other). */
function cleanText(root: unknown): boolean {
  // A loop, not recursion: a deeply nested body must not overflow the stack.
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (loneSurrogateOrNul.test(value)) return false;
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push(key, item);
    }
  }
  return true;
}

/** How many object keys valid JSON text holds: strings followed by a colon. */
export function keysInText(text: string): number {
  let keys = 0;
  let start = text.indexOf('"');
  while (start !== -1) {
    let end = text.indexOf('"', start + 1);
    while (escaped(text, end)) end = text.indexOf('"', end + 1);
    let next = end + 1;
    while (isSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 58 /* : */) keys++;
    start = text.indexOf('"', next);
  }
  return keys;
}

/** A quote is escaped when an odd number of backslashes precede it. */
function escaped(text: string, quote: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(quote - 1 - slashes) === 92 /* \ */) slashes++;
  return slashes % 2 === 1;
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** How many keys the parsed value's objects hold (fewer than the text's when a key repeats). */
export function keysInValue(root: unknown): number {
  let keys = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') pending.push(item);
    } else if (value !== null && typeof value === 'object') {
      const own = Object.keys(value);
      keys += own.length;
      for (const key of own) {
        const item = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') pending.push(item);
      }
    }
  }
  return keys;
}

function readNodeStream(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onAbort);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onAbort = () => {
      cleanup();
      // The client is gone; this answer is never read, but nothing must be stored.
      reject(new ProblemError(400, problemTypes.malformedJson, { detail: 'The body was cut off.' }));
    };
    const onClose = () => (incoming.readableEnded ? onEnd() : onAbort());
    if (incoming.readableEnded) {
      reject(new ProblemError(400, problemTypes.malformedJson, { detail: 'The body was already read.' }));
      return;
    }
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onAbort);
    incoming.on('close', onClose);
  });
}

/** Reads a web stream body, counting bytes as they arrive (a chunked body has no Content-Length): 413 past `limit`. */
export async function readWebStream(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw new ProblemError(400, problemTypes.malformedJson, { detail: 'The body was cut off.' });
    }
    if (result.done) break;
    size += result.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(result.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
