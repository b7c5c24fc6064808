/**
 * Loads a human-check provider's script once per page, only for sites that ask for a check and only once the
 * visitor starts the form (issue 9). A page that already has the provider's global (its own form, a test) is reused.
 *
 * @example
 *   const api = await loadCaptchaProvider('turnstile');
 *   const id = api.render(box, { sitekey, action: 'intake', callback: (token) => … });
 */
import type { CaptchaProvider } from '@retainer/schema';

/** What Turnstile (`window.turnstile`) and hCaptcha (`window.hcaptcha`) both offer for explicit rendering. */
export type CaptchaApi = {
  render(container: HTMLElement, params: Record<string, unknown>): string;
  reset(widgetId: string): void;
  remove(widgetId: string): void;
};

export const captchaScripts: Record<CaptchaProvider, string> = {
  turnstile: 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit',
  hcaptcha: 'https://js.hcaptcha.com/1/api.js?render=explicit',
};

/** A script that neither loads nor fails (a proxy holding the connection) counts as failed after this. */
const loadTimeoutMs = 20_000;
const loading = new Map<CaptchaProvider, Promise<CaptchaApi>>();
const globalApi = (provider: CaptchaProvider) =>
  (window as unknown as Record<string, CaptchaApi | undefined>)[provider];

export function loadCaptchaProvider(provider: CaptchaProvider): Promise<CaptchaApi> {
  const present = globalApi(provider);
  if (present) return Promise.resolve(present);
  let promise = loading.get(provider);
  if (!promise) {
    promise = new Promise<CaptchaApi>((resolve, reject) => {
      const script = document.createElement('script');
      const fail = () =>
        reject(new Error(`retainer: the ${provider} script did not load (blocked by a CSP or offline?)`));
      const timer = setTimeout(fail, loadTimeoutMs);
      script.src = captchaScripts[provider];
      script.async = true;
      script.onload = () => {
        clearTimeout(timer);
        const api = globalApi(provider);
        if (api) resolve(api);
        else fail();
      };
      script.onerror = () => {
        clearTimeout(timer);
        fail();
      };
      document.head.append(script);
    });
    // A later attempt (the next visitor action) may work: do not keep a failure.
    promise.catch(() => loading.delete(provider));
    loading.set(provider, promise);
  }
  return promise;
}
