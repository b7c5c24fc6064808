/**
 * Typed calls for issue 15's email flows: staff replies (intake → prospect, matter → client), the firm's
 * messaging settings, and the forgot-password screens (reachable without a session).
 *
 * @example
 *   const detail = await api.messaging.replyToIntake(id, 'Could we call you tomorrow?');
 */

import type { Language } from '@retainer/schema';
import {
  type IntakeDetail,
  intakeDetail,
  type MatterDetail,
  type MessagingSettings,
  matterDetail,
  messagingSettings,
  type PasswordResetState,
  passwordResetState,
  type SiteMessagingSettings,
  siteMessagingSettings,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read, send } from './read-response.ts';

export function createMessagingApi(http: KyInstance) {
  return {
    replyToIntake: (id: string, text: string): Promise<IntakeDetail> =>
      read(intakeDetail, () => http.post(`inbox/${encodeURIComponent(id)}/replies`, { json: { text } })),
    replyToClient: (id: string, text: string, inReplyTo?: string): Promise<MatterDetail> =>
      read(matterDetail, () =>
        http.post(`matters/${encodeURIComponent(id)}/replies`, { json: inReplyTo ? { text, inReplyTo } : { text } }),
      ),
    getSettings: (): Promise<MessagingSettings> => read(messagingSettings, () => http.get('messaging-settings')),
    putSettings: (input: MessagingSettings): Promise<MessagingSettings> =>
      read(messagingSettings, () => http.put('messaging-settings', { json: input })),
    getSiteSettings: (site: string): Promise<SiteMessagingSettings> =>
      read(siteMessagingSettings, () => http.get(`sites/${encodeURIComponent(site)}/messaging-settings`)),
    putSiteSettings: (site: string, input: SiteMessagingSettings): Promise<SiteMessagingSettings> =>
      read(siteMessagingSettings, () =>
        http.put(`sites/${encodeURIComponent(site)}/messaging-settings`, { json: input }),
      ),
    requestPasswordReset: (email: string, lang: Language) =>
      send(() => http.post('password-reset', { json: { email, lang } })),
    checkPasswordReset: (token: string): Promise<PasswordResetState> =>
      read(passwordResetState, () => http.post('password-reset/check', { json: { token } })),
    confirmPasswordReset: (token: string, password: string) =>
      send(() => http.post('password-reset/confirm', { json: { token, password } })),
  };
}

export type MessagingApi = ReturnType<typeof createMessagingApi>;
