/**
 * `GET /healthz`: 200 when the database answers, 503 problem+json when it does not.
 *
 * @example
 *   app.get('/healthz', checkHealth({ storage }));
 */
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';
import { jsonResponse } from '../respond.ts';
import type { Storage } from '../storage/open-storage.ts';

export function checkHealth({ storage }: { storage: Storage }) {
  return async function handleHealth(_c: Context): Promise<Response> {
    try {
      await storage.ping();
    } catch {
      throw new ProblemError(503, problemTypes.unavailable, { detail: 'The database does not answer.' });
    }
    return jsonResponse(200, { status: 'ok', storage: storage.kind });
  };
}
