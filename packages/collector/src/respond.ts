import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { corsHeaders } from './cors/index.ts';

/** A JSON response built in one step (the Node adapter sends plain-object headers without copying). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** A strong ETag for a JSON text: the first 32 characters of its SHA-256. */
export const jsonEtag = (json: string) => `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;

/** If-None-Match holds `etag` (lists and weak forms included, per RFC 9110 weak comparison). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * A public, briefly cacheable JSON answer for widgets (site config, directory, FAQ settings): ETag, a short
 * max-age, CORS as granted; a 304 when the browser already holds it.
 */
export function cacheableJson(c: Context<AppEnv>, json: string, etag: string, maxAgeSeconds: number): Response {
  const headers = { etag, 'cache-control': `public, max-age=${maxAgeSeconds}`, ...corsHeaders(c) };
  if (matches(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(json, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
