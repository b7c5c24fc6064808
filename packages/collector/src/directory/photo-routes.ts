/**
 * Lawyer photos: `POST /api/admin/sites/:site/photos` takes the raw bytes (≤ 2 MB, chunked
 * bodies counted too) and keeps only JPEG, PNG or WebP, told from the bytes; `GET /v1/photos/:id`
 * serves them forever-cacheable (the id never gets new bytes).
 *
 * @example
 *   api.post('/sites/:site/photos', uploadPhotoRoute(deps));
 *   app.get('/v1/photos/:id', servePhoto({ storage }));
 */
import { randomBytes } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { maxPhotoBytes, type UploadedPhoto } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { readWebStream, tooLarge } from '../body/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import type { Storage } from '../storage/open-storage.ts';
import { imageType } from './image-type.ts';

async function readBytes(c: Context, limit: number): Promise<Uint8Array> {
  if (Number(c.req.header('content-length') ?? 0) > limit) throw tooLarge();
  return readWebStream(c.req.raw.body, limit);
}

export function uploadPhotoRoute(deps: AdminDeps) {
  return async function handleUploadPhoto(c: Context<AdminEnv>): Promise<Response> {
    const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    const bytes = await readBytes(c, maxPhotoBytes);
    const type = imageType(bytes);
    if (!type) {
      throw new ProblemError(415, problemTypes.unsupportedMediaType, { detail: 'Send a JPEG, PNG or WebP image.' });
    }
    const id = randomBytes(16).toString('base64url');
    await deps.db
      .insertInto('photos')
      .values({
        id,
        site: row.id,
        type,
        bytes: bytes.byteLength,
        data: Buffer.from(bytes).toString('base64'),
        created_at: deps.now(),
      })
      .execute();
    const body: UploadedPhoto = { id, url: `/v1/photos/${id}`, type, bytes: bytes.byteLength };
    return jsonResponse(201, body);
  };
}

const photoId = /^[A-Za-z0-9_-]{16,64}$/;

export function servePhoto({ storage }: { storage: Storage }) {
  return async function handleServePhoto(c: Context): Promise<Response> {
    const id = c.req.param('id') ?? '';
    const row = photoId.test(id)
      ? await storage.db.selectFrom('photos').select(['type', 'data']).where('id', '=', id).executeTakeFirst()
      : undefined;
    if (!row) throw notFound();
    return new Response(Buffer.from(row.data, 'base64'), {
      status: 200,
      headers: {
        'content-type': row.type,
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        // Shown by widgets on the firm's own origin.
        'cross-origin-resource-policy': 'cross-origin',
        'content-security-policy': "default-src 'none'",
      },
    });
  };
}
