/**
 * Headers on every dashboard and admin API response, errors included: a CSP without
 * `unsafe-inline` that also forbids framing, no MIME sniffing, no referrer (URLs can hold
 * intake ids), and no caching unless the route chose a cache policy (hashed assets do).
 *
 * @example
 *   api.use('*', dashboardSecurityHeaders);
 */
import type { MiddlewareHandler } from 'hono';
import { emailBodyContentSecurityPolicy } from '../outbox-view/index.ts';

export const dashboardContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const fixed: Record<string, string> = {
  'content-security-policy': dashboardContentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export const dashboardSecurityHeaders: MiddlewareHandler = async function dashboardSecurityHeaders(c, next) {
  await next();
  const headers = c.res.headers;
  // One exception (issue 15): an email's HTML for the Outbox frame keeps its own, stricter-but-frameable policy.
  const emailBody = headers.get('content-security-policy') === emailBodyContentSecurityPolicy;
  for (const [name, value] of Object.entries(fixed)) {
    if (emailBody && (name === 'content-security-policy' || name === 'x-frame-options')) continue;
    headers.set(name, value);
  }
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
};
