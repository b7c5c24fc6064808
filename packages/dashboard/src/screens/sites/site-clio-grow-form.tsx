/**
 * Clio Grow for one site (issue 16): the firm's Lead Inbox token (write-only: the form shows whether one is stored,
 * never the token) and the switch that sends new intakes by themselves once their conflict check is clear.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type ClioGrowSettings, type ClioGrowSettingsInput, clioGrowSettingsInput } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

export function SiteClioGrowForm({ site }: { site: string }) {
  const t = useMessages();
  const m = t.clioGrow;
  const { api, announcer, session } = useDashboard();
  const stored = useSignal<ClioGrowSettings | null>(null);
  const draft = useSignal({ token: '', auto: false });
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const isAdmin = session.session.value?.user.role === 'admin';
  const show = (settings: ClioGrowSettings) => {
    stored.value = settings;
    draft.value = { token: '', auto: settings.auto };
  };
  useEffect(() => {
    api.clioGrow.settings(site).then(show, async (error) => (problem.value = (await toApiProblem(error)).problem));
  }, [site]);

  const save = (input: ClioGrowSettingsInput, done: string) =>
    submitChecked(clioGrowSettingsInput, input, async (data) => show(await api.clioGrow.save(site, data)), {
      errors,
      problem,
    }).then((ok) => ok && announcer.announce(done));
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void save({ auto: draft.value.auto, token: draft.value.token }, m.saved);
  };
  if (!stored.value) return <ProblemAlert problem={problem.value} />;
  const d = draft.value;
  const errorOf = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path] ?? '', t) : undefined);
  return (
    <section class="panel" aria-labelledby="clio-grow-title">
      <h2 id="clio-grow-title" class="panel-title">
        {m.title}
      </h2>
      <p class="muted">{m.intro}</p>
      <p>
        <strong>{stored.value.configured ? m.configured : m.notConfigured}</strong>
      </p>
      <form class="site-form" onSubmit={onSubmit} noValidate>
        <fieldset class="fieldset-plain" disabled={!isAdmin}>
          <TextField
            id="clio-grow-token"
            label={m.token}
            hint={m.tokenHint}
            type="password"
            autoComplete="off"
            value={d.token}
            onInput={(token) => (draft.value = { ...d, token })}
            error={errorOf('token')}
          />
          <label class="checkbox">
            <input
              type="checkbox"
              checked={d.auto}
              aria-describedby="clio-grow-auto-hint"
              onChange={(event) => (draft.value = { ...d, auto: event.currentTarget.checked })}
            />{' '}
            {m.auto}
          </label>
          <p id="clio-grow-auto-hint" class="form-note">
            {m.autoHint}
          </p>
        </fieldset>
        <ProblemAlert problem={problem.value} />
        {isAdmin && (
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              {m.save}
            </button>
            {stored.value.configured && (
              <button
                type="button"
                class="button button-secondary"
                onClick={() => void save({ auto: false, token: null }, m.disconnected)}
              >
                {m.disconnect}
              </button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
