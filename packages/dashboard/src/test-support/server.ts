/**
 * The msw server every dashboard test shares, with the answers most screens need (a signed-in
 * admin, one site, two colleagues); tests add or override handlers with `server.use`.
 */
import { defaultRetention } from '@retainer/schema/admin';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { adminSession, site, teamAnswer } from './fixtures.ts';

export const origin = 'http://localhost:3000';
export const apiUrl = (path: string) => `${origin}/api/admin/${path}`;

export function problemResponse(
  status: number,
  type: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { type, title: `Problem ${status}`, status, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

export const defaultHandlers = [
  http.get(apiUrl('session'), () => HttpResponse.json(adminSession)),
  http.get(apiUrl('setup'), () => HttpResponse.json({ needed: false })),
  http.get(apiUrl('sites'), () => HttpResponse.json({ sites: [site] })),
  http.get(apiUrl('team'), () => HttpResponse.json(teamAnswer)),
  http.get(apiUrl('sites/:site/retention'), () => HttpResponse.json(defaultRetention)),
  http.get(apiUrl('sites/:site/captcha'), () => HttpResponse.json({ provider: 'none', siteKey: '', secretSet: false })),
  // Live updates (issue 15): off unless a test opens a stream (204 tells the dashboard not to reconnect).
  http.get(apiUrl('live'), () => new HttpResponse(null, { status: 204 })),
  // Client emails (issue 15): the firm's and each site's messaging settings, shown under Settings → Email.
  http.get(apiUrl('messaging-settings'), () => HttpResponse.json({ updateTargetDays: 14, surveyReminderDays: 7 })),
  http.get(apiUrl('sites/:site/messaging-settings'), () => HttpResponse.json({ statusPage: null })),
];

export const server = setupServer(...defaultHandlers);
