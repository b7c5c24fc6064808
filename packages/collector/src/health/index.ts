/**
 * Health for load balancers and orchestrators:
 * - `GET /livez`: the process is up and serving (no storage call: a slow database must not get it restarted).
 * - `GET /readyz` (and its old name `/healthz`): the database answers, the SQLite writer thread is alive, and
 *   start-up (migrations, first-start seeding) is done; 503 problem+json naming what is not, otherwise 200.
 *
 * @example
 *   app.get('/livez', checkLive);
 *   app.get('/readyz', checkReady({ storage, started: () => collectorStarted }));
 */
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { ProblemError } from '../errors/index.ts';
import { jsonResponse } from '../respond.ts';
import type { Storage } from '../storage/open-storage.ts';

export function checkLive(_c: Context): Response {
  return jsonResponse(200, { status: 'ok' });
}

export function checkReady({ storage, started = () => true }: { storage: Storage; started?: () => boolean }) {
  return async function handleReady(_c: Context): Promise<Response> {
    if (!started()) {
      throw new ProblemError(503, problemTypes.unavailable, {
        detail: 'Starting: migrations and first-start seeding are not done yet.',
        headers: { 'retry-after': '1' },
      });
    }
    try {
      await storage.ping();
    } catch {
      throw new ProblemError(503, problemTypes.unavailable, { detail: 'The database does not answer.' });
    }
    try {
      await storage.checkWriter();
    } catch {
      throw new ProblemError(503, problemTypes.unavailable, { detail: 'The SQLite writer thread is not running.' });
    }
    return jsonResponse(200, { status: 'ok', storage: storage.kind });
  };
}

/** The old name: `/healthz` answers like `/readyz`. */
export const checkHealth = checkReady;
