/**
 * `GET /api/admin/sites/:site/outbox/:id/body` (issue 15): one email's HTML as its own document, for the
 * Outbox to frame with `sandbox=""`. A `srcdoc` frame would inherit the dashboard's policy, which blocks the
 * inline styles every email carries, so the message would not look as sent. This answer has a policy of its
 * own: nothing runs, nothing loads from anywhere (styles inline and `data:` images only), only the dashboard
 * may frame it, and it is sandboxed even when opened directly.
 *
 * @example
 *   api.get('/sites/:site/outbox/:id/body', outboxBodyRoute(outboxDetailRoute(deps)));
 */
import type { OutboxDetail } from '@retainer/schema/admin';
import type { Context, Handler } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { notFound } from '../http/read-body.ts';

export const emailBodyContentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'sandbox',
].join('; ');

/** Wraps the detail route (same firm scope, same decryption) and answers only its HTML. */
export function outboxBodyRoute(detail: Handler<AdminEnv>) {
  return async function handleOutboxBody(c: Context<AdminEnv>): Promise<Response> {
    const answer = (await detail(c, async () => {})) as Response;
    const message = (await answer.json()) as OutboxDetail;
    // Purged after the site's retention: nothing to show (the Outbox says so).
    if (message.html === null) throw notFound();
    return new Response(message.html, {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': emailBodyContentSecurityPolicy,
        'x-frame-options': 'SAMEORIGIN',
        'cache-control': 'no-store',
      },
    });
  };
}
