/**
 * Typed calls to `/api/admin/sites/:site/captcha` (issue 9): the intake's human check. The secret is
 * sent, never read back: the answer says only whether one is stored.
 *
 * @example
 *   await createCaptchaApi(http).save('harbor-vale', { provider: 'turnstile', siteKey, secret });
 */
import { type CaptchaSettings, type CaptchaSettingsInput, captchaSettings } from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

export function createCaptchaApi(http: KyInstance) {
  const path = (site: string) => `sites/${encodeURIComponent(site)}/captcha`;
  return {
    settings: (site: string): Promise<CaptchaSettings> => read(captchaSettings, () => http.get(path(site))),
    save: (site: string, input: CaptchaSettingsInput): Promise<CaptchaSettings> =>
      read(captchaSettings, () => http.put(path(site), { json: input })),
  };
}
