/**
 * The human check on the intake form (issue 9), a chunk of its own: loads the site's provider (Cloudflare
 * Turnstile or hCaptcha), renders its widget with the action `intake` (Turnstile; hCaptcha has no actions),
 * and hands the token to the model. When the provider cannot load, the visitor is told how else to reach the firm.
 *
 * The provider's widget lives in a light-DOM child of the host element, shown through a `<slot>`: the
 * providers' scripts find and size their iframes in the document, where they expect them.
 */

import type { WidgetContext } from '@retainer/core';
import { captchaAction, type PublicCaptcha } from '@retainer/schema';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { captchaMessages, captchaProviderNames } from './captcha-messages.ts';
import { loadCaptchaProvider } from './captcha-provider.ts';
import type { CaptchaState } from './model.ts';

/** Turnstile and hCaptcha both take a BCP 47 tag; Chinese as the simplified script the widget is written in. */
const providerLanguage = { en: 'en', ru: 'ru', zh: 'zh-CN' } as const;

function renderParams(
  { provider, siteKey }: PublicCaptcha,
  lang: WidgetContext['lang'],
  captcha: CaptchaState,
  setFailed: (failed: boolean) => void,
) {
  const callbacks = {
    callback: (token: string) => {
      captcha.token.value = token;
      captcha.problem.value = '';
      setFailed(false);
    },
    'expired-callback': () => {
      captcha.token.value = undefined;
    },
    'error-callback': () => {
      captcha.token.value = undefined;
      setFailed(true);
    },
  };
  return provider === 'turnstile'
    ? // No hidden input: the token goes with the JSON submission, not a form post.
      {
        sitekey: siteKey,
        action: captchaAction,
        language: providerLanguage[lang],
        'response-field': false,
        ...callbacks,
      }
    : { sitekey: siteKey, hl: providerLanguage[lang], ...callbacks };
}

/** `contact`: how else to reach the firm (the form's own ContactOptions, passed in so this chunk shares no module). */
export function CaptchaCheck({
  context,
  captcha,
  contact,
}: {
  context: WidgetContext;
  captcha: CaptchaState;
  contact: ComponentChildren;
}) {
  const { site, lang, host } = context;
  const config = site.intake.captcha;
  const m = captchaMessages[lang];
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!config) return;
    const box = document.createElement('div');
    box.slot = 'captcha';
    host.append(box);
    let widget: { remove(): void } | undefined;
    let stopped = false;
    loadCaptchaProvider(config.provider).then(
      (api) => {
        if (stopped) return;
        const id = api.render(box, renderParams(config, lang, captcha, setFailed));
        captcha.reset = () => api.reset(id);
        widget = { remove: () => api.remove(id) };
      },
      () => !stopped && setFailed(true),
    );
    return () => {
      stopped = true;
      captcha.reset = undefined;
      widget?.remove();
      box.remove();
    };
  }, [config, host, lang, captcha]);

  if (!config) return null;
  const problem = captcha.problem.value;
  const error = failed ? undefined : problem === 'required' || problem === 'refused' ? m[problem] : undefined;
  return (
    <fieldset
      class="field wide"
      part="captcha"
      tabindex={-1}
      aria-describedby={failed ? 'captcha-failed' : error ? 'f-captcha-error' : 'captcha-hint'}
      aria-invalid={failed || error ? 'true' : undefined}
    >
      <legend class="label" part="label">
        {m.label}
      </legend>
      <p id="captcha-hint" class="hint">
        {m.hint(captchaProviderNames[config.provider])}
      </p>
      {failed ? (
        <div id="captcha-failed" class="notice failure" role="alert" part="captcha-failed">
          <p>{m.unavailable}</p>
          {contact}
        </div>
      ) : (
        <slot name="captcha" />
      )}
      {error && (
        <p id="f-captcha-error" class="error" part="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
