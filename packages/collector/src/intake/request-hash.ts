/**
 * A hash of the request as sent, with object keys sorted: a retry whose JSON differs
 * only in key order or whitespace is the same request.
 *
 * @example
 *   requestHash({ b: 1, a: 2 }) === requestHash({ a: 2, b: 1 }) // true
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(json: unknown): string {
  return createHash('sha256').update(canonical(json)).digest('base64url');
}
