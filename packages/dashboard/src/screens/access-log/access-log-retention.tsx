/** How long the firm keeps access-log entries (issue 17): 90 days to 10 years, two years by default. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type AccessLogSettings, accessLogSettings } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

export function AccessLogRetention() {
  const t = useMessages();
  const m = t.accessLog;
  const { api, announcer } = useDashboard();
  const draft = useSignal<AccessLogSettings | null>(null);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const saving = useSignal(false);
  useEffect(() => {
    api.accessLog.settings().then(
      (settings) => (draft.value = settings),
      async (error) => (problem.value = (await toApiProblem(error)).problem),
    );
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    saving.value = true;
    const save = async (input: AccessLogSettings) => (draft.value = await api.accessLog.saveSettings(input));
    if (await submitChecked(accessLogSettings, draft.value, save, { errors, problem })) {
      announcer.announce(m.retentionSaved(draft.value?.retentionDays ?? 0));
    }
    saving.value = false;
  };
  if (!draft.value) return <ProblemAlert problem={problem.value} />;
  const settings = draft.value;
  return (
    <section class="panel" aria-labelledby="access-log-retention-title">
      <h2 id="access-log-retention-title" class="panel-title">
        {m.retentionTitle}
      </h2>
      <form class="site-form" onSubmit={onSubmit} noValidate>
        <TextField
          id="access-log-retention-days"
          label={m.retentionDays}
          hint={m.retentionHint}
          type="number"
          inputMode="numeric"
          min={90}
          max={3650}
          value={String(settings.retentionDays)}
          onInput={(value) => (draft.value = { retentionDays: Number(value) || 0 })}
          error={errors.value.retentionDays ? fieldErrorMessage(errors.value.retentionDays, t) : undefined}
        />
        <ProblemAlert problem={problem.value} />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={saving.value}>
            {saving.value ? t.common.saving : m.retentionSave}
          </button>
        </div>
      </form>
    </section>
  );
}
