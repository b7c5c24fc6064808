/**
 * Typed calls to the outbox, email settings and notification preferences (issue 15):
 * `/api/admin/sites/:site/outbox…`, `/api/admin/sites/:site/email-settings…`, `/api/admin/me/notifications`.
 *
 * @example
 *   const page = await createOutboxApi(http).list('harbor-vale', { state: 'held' });
 */
import {
  type EmailSettings,
  type EmailSettingsInput,
  type EmailTestResult,
  emailSettings,
  emailTestResult,
  type NotificationPreferences,
  notificationPreferences,
  type OutboxDetail,
  type OutboxItem,
  type OutboxList,
  type OutboxState,
  outboxDetail,
  outboxItem,
  outboxList,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

export function createOutboxApi(http: KyInstance) {
  const site = (id: string) => `sites/${encodeURIComponent(id)}`;
  const message = (siteId: string, id: string) => `${site(siteId)}/outbox/${encodeURIComponent(id)}`;
  return {
    list: (
      siteId: string,
      query: { state?: OutboxState | undefined; cursor?: string | undefined } = {},
    ): Promise<OutboxList> => {
      const searchParams: Record<string, string> = {};
      if (query.state) searchParams.state = query.state;
      if (query.cursor) searchParams.cursor = query.cursor;
      return read(outboxList, () => http.get(`${site(siteId)}/outbox`, { searchParams }));
    },
    get: (siteId: string, id: string): Promise<OutboxDetail> => read(outboxDetail, () => http.get(message(siteId, id))),
    /** The email's HTML as its own sandboxed document (a frame's `src`; the session cookie goes with it). */
    bodyUrl: (siteId: string, id: string) => `/api/admin/${message(siteId, id)}/body`,
    retry: (siteId: string, id: string): Promise<OutboxItem> =>
      read(outboxItem, () => http.post(`${message(siteId, id)}/retry`, { json: {} })),
    settings: (siteId: string): Promise<EmailSettings> =>
      read(emailSettings, () => http.get(`${site(siteId)}/email-settings`)),
    saveSettings: (siteId: string, input: EmailSettingsInput): Promise<EmailSettings> =>
      read(emailSettings, () => http.put(`${site(siteId)}/email-settings`, { json: input })),
    sendTest: (siteId: string, to: string): Promise<EmailTestResult> =>
      read(emailTestResult, () => http.post(`${site(siteId)}/email-settings/test`, { json: { to } })),
    notifications: (): Promise<NotificationPreferences> =>
      read(notificationPreferences, () => http.get('me/notifications')),
    saveNotifications: (input: NotificationPreferences): Promise<NotificationPreferences> =>
      read(notificationPreferences, () => http.put('me/notifications', { json: input })),
  };
}

export type OutboxApi = ReturnType<typeof createOutboxApi>;
