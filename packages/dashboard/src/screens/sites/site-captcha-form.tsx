/**
 * The intake's human check for one site (issue 9): none, Cloudflare Turnstile or hCaptcha, its public site key
 * and its secret. The secret is write-only: the form shows whether one is stored, never the key.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type CaptchaSettings, type CaptchaSettingsInput, captchaSettingsInput } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

type Provider = CaptchaSettings['provider'];
const providers: Provider[] = ['none', 'turnstile', 'hcaptcha'];

export function SiteCaptchaForm({ site }: { site: string }) {
  const t = useMessages();
  const m = t.captcha;
  const { api, announcer, session } = useDashboard();
  const stored = useSignal<CaptchaSettings | null>(null);
  const draft = useSignal<Required<CaptchaSettingsInput>>({ provider: 'none', siteKey: '', secret: '' });
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const isAdmin = session.session.value?.user.role === 'admin';
  const show = (settings: CaptchaSettings) => {
    stored.value = settings;
    draft.value = { provider: settings.provider, siteKey: settings.siteKey, secret: '' };
  };
  useEffect(() => {
    api.captcha.settings(site).then(show, async (error) => (problem.value = (await toApiProblem(error)).problem));
  }, [site]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const save = async (input: CaptchaSettingsInput) => show(await api.captcha.save(site, input));
    if (await submitChecked(captchaSettingsInput, draft.value, save, { errors, problem })) announcer.announce(m.saved);
  };
  if (!stored.value) return <ProblemAlert problem={problem.value} />;
  const d = draft.value;
  const errorOf = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path] ?? '', t) : undefined);
  const secretStored = stored.value.secretSet && stored.value.provider === d.provider;
  return (
    <section class="panel" aria-labelledby="captcha-title">
      <h2 id="captcha-title" class="panel-title">
        {m.title}
      </h2>
      <p class="muted">{m.intro}</p>
      <form class="site-form" onSubmit={onSubmit} noValidate>
        <fieldset class="fieldset-plain" disabled={!isAdmin}>
          <div class="field">
            <label for="captcha-provider">{m.provider}</label>
            <select
              id="captcha-provider"
              value={d.provider}
              onChange={(event) => (draft.value = { ...d, provider: event.currentTarget.value as Provider })}
            >
              {providers.map((provider) => (
                <option key={provider} value={provider}>
                  {m.providers[provider]}
                </option>
              ))}
            </select>
          </div>
          {d.provider !== 'none' && (
            <>
              <TextField
                id="captcha-siteKey"
                label={m.siteKey}
                hint={m.siteKeyHint}
                required
                value={d.siteKey}
                autoComplete="off"
                onInput={(siteKey) => (draft.value = { ...d, siteKey })}
                error={errorOf('siteKey')}
              />
              <TextField
                id="captcha-secret"
                label={m.secret}
                hint={`${secretStored ? m.secretSet : m.secretMissing} ${m.secretHint}`}
                required={!secretStored}
                type="password"
                autoComplete="off"
                value={d.secret}
                onInput={(secret) => (draft.value = { ...d, secret })}
                error={errorOf('secret')}
              />
              <p class="form-note">{m.cspNote}</p>
            </>
          )}
        </fieldset>
        <ProblemAlert problem={problem.value} />
        {isAdmin && (
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              {m.save}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
