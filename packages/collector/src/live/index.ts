/**
 * `GET /api/admin/live` (issue 15): a Server-Sent Events stream telling a signed-in dashboard that an intake
 * or a client's message arrived on one of the firm's sites (`event: change`, `data: {"type":"intake","site":…}`).
 * Nothing personal travels; the dashboard refetches what it shows. A comment every 25 s keeps proxies from
 * closing an idle stream, and the stream ends when the session does.
 *
 * @example
 *   const feed = createLiveFeed({ db, now });
 *   api.get('/live', liveRoute(deps, feed));
 */
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { listFirmSites } from '../site-admin/site-store.ts';
import type { LiveFeed } from './live-feed.ts';

export { createLiveFeed, defaultLivePollMs, type LiveFeed } from './live-feed.ts';

const keepAliveMs = 25_000;
/** How long a browser waits before reconnecting after the stream drops. */
const retryMs = 5_000;

async function sessionAlive(deps: AdminDeps, sessionHash: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('sessions')
    .select('expires_at')
    .where('id_hash', '=', sessionHash)
    .executeTakeFirst();
  return row !== undefined && Number(row.expires_at) > deps.now();
}

export function liveRoute(deps: AdminDeps, feed: LiveFeed) {
  return async function handleLive(c: Context<AdminEnv>): Promise<Response> {
    const user = c.get('user');
    const sites = (await listFirmSites(deps.db, user.firmId)).map((site) => site.id);
    const encoder = new TextEncoder();
    let end = () => {};
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        let open = true;
        const write = (text: string) => {
          if (open) controller.enqueue(encoder.encode(text));
        };
        const unsubscribe = feed.subscribe(sites, (change) =>
          write(`event: change\ndata: ${JSON.stringify(change)}\n\n`),
        );
        const keepAlive = setInterval(async () => {
          // Signed out elsewhere or expired: stop telling this browser anything.
          if (!(await sessionAlive(deps, user.sessionHash).catch(() => true))) end();
          else write(': keep-alive\n\n');
        }, keepAliveMs);
        const unregister = feed.onClose(() => end());
        end = () => {
          if (!open) return;
          open = false;
          unsubscribe();
          unregister();
          clearInterval(keepAlive);
          try {
            controller.close();
          } catch {
            // Already cancelled by the browser going away.
          }
        };
        c.req.raw.signal.addEventListener('abort', () => end());
        await feed.ready();
        // From here on every arrival is sent: a reconnecting dashboard refetches once on `ready` for what it missed.
        write(`retry: ${retryMs}\nevent: ready\ndata: {}\n\n`);
      },
      cancel() {
        end();
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // nginx buffers responses by default; an event stream must pass through at once.
        'x-accel-buffering': 'no',
      },
    });
  };
}
