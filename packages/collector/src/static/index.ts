/**
 * Serves a directory of built files (the widgets under `/w/`, the demo under `/demo/`):
 * safe paths only, correct types, ETag/304, and gzip or brotli chosen from
 * Accept-Encoding, compressed once and kept in memory (the files are small).
 *
 * @example
 *   app.get('/w/*', serveFiles({ root: widgetsDir, prefix: '/w/', cacheControl: () => 'public, max-age=300' }));
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';
import { contentTypes, isCompressible } from './content-types.ts';

export type StaticOptions = {
  /** The directory served; nothing outside it is reachable. */
  root: string;
  /** The URL prefix the directory is mounted at, with its trailing slash: `/w/`. */
  prefix: string;
  /** Cache-Control for a path relative to `root` (e.g. `chunks/runtime-3f2a.js`). */
  cacheControl: (path: string) => string;
  /** Extra headers on every file, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
};

type LoadedFile = {
  mtimeMs: number;
  size: number;
  type: string;
  etag: string;
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
};

const maxCachedFiles = 500;
const notFound = () => new ProblemError(404, problemTypes.notFound);

/** The request path below `prefix`, decoded, or undefined if it could escape the root or name a dotfile. */
export function safeRelativePath(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/');
  // '..' and dotfiles ('.env', '.git') are never served; empty segments only at the end (a directory).
  if (segments.some((s, i) => s.startsWith('.') || (s === '' && i < segments.length - 1))) return undefined;
  return decoded;
}

function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = acceptEncoding
    .toLowerCase()
    .split(',')
    .map((part) => part.trim())
    .filter((part) => !/;\s*q=0(?:\.0*)?$/.test(part))
    .map((part) => part.split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

export function serveFiles(options: StaticOptions) {
  const root = resolve(options.root);
  const cache = new Map<string, LoadedFile>();

  const load = async (file: string, mtimeMs: number, size: number): Promise<LoadedFile> => {
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached;
    const body = await readFile(file);
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const loaded: LoadedFile = { mtimeMs, size, type, etag, body };
    if (cache.size >= maxCachedFiles) cache.clear();
    cache.set(file, loaded);
    return loaded;
  };

  const compressed = (file: LoadedFile, encoding: 'br' | 'gzip'): Buffer => {
    if (encoding === 'gzip') {
      file.gzip ??= gzipSync(file.body, { level: 9 });
      return file.gzip;
    }
    file.br ??= brotliCompressSync(file.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length },
    });
    return file.br;
  };

  return async function handleStatic(c: Context): Promise<Response> {
    const pathname = new URL(c.req.url).pathname;
    const relative = safeRelativePath(pathname, options.prefix);
    if (relative === undefined) throw notFound();
    const found = await findFile(root, relative);
    if (found === 'directory') return c.redirect(`${pathname}/`, 301);
    if (!found) throw notFound();

    const file = await load(found.path, found.mtimeMs, found.size);
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': options.cacheControl(
        found.path
          .slice(root.length + 1)
          .split(sep)
          .join('/'),
      ),
      etag: file.etag,
      'x-content-type-options': 'nosniff',
      ...options.headers,
    };
    const compressible = isCompressible(file.type) && file.body.length >= 256;
    if (compressible) headers.vary = 'Accept-Encoding';
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) {
      return new Response(null, { status: 304, headers });
    }
    const encoding = compressible ? encodingFor(c.req.header('accept-encoding')) : undefined;
    const body = encoding ? compressed(file, encoding) : file.body;
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    // Buffers from readFile/zlib are never shared memory; the DOM typing just cannot know that.
    const bytes = body as Uint8Array<ArrayBuffer>;
    return new Response(c.req.method === 'HEAD' ? null : bytes, { status: 200, headers });
  };
}

type Found = { path: string; mtimeMs: number; size: number };

/** `dir/` → `dir/index.html`; `page` → `page.html` when only that exists; a bare directory asks for a redirect. */
async function findFile(root: string, relative: string): Promise<Found | 'directory' | undefined> {
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative];
  if (candidates[0] === relative && extname(relative) === '') candidates.push(`${relative}.html`);
  for (const candidate of candidates) {
    const path = join(root, candidate);
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return { path, mtimeMs: info.mtimeMs, size: info.size };
    if (info?.isDirectory() && candidate === relative) return 'directory';
  }
  return undefined;
}
