/** How long a site keeps intake text, survey comments and raw events (issue 9). Staff read it; admins save. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type RetentionSettings, retentionSettings } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

type DaysField = keyof RetentionSettings;

export function SiteRetentionForm({ site }: { site: string }) {
  const t = useMessages();
  const { api, announcer, session } = useDashboard();
  const draft = useSignal<RetentionSettings | null>(null);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const isAdmin = session.session.value?.user.role === 'admin';
  useEffect(() => {
    api.retention.settings(site).then(
      (settings) => (draft.value = settings),
      async (error) => (problem.value = (await toApiProblem(error)).problem),
    );
  }, [site]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const save = async (input: RetentionSettings) => (draft.value = await api.retention.save(site, input));
    if (await submitChecked(retentionSettings, draft.value, save, { errors, problem })) {
      announcer.announce(t.retention.saved);
    }
  };
  if (!draft.value) return <ProblemAlert problem={problem.value} />;
  const settings = draft.value;
  const m = t.retention;
  const days = (field: DaysField, label: string, hint: string, min: number) => (
    <TextField
      id={`retention-${field}`}
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={min}
      max={3650}
      value={String(settings[field])}
      onInput={(value) => (draft.value = { ...settings, [field]: Number(value) || 0 })}
      error={errors.value[field] ? fieldErrorMessage(errors.value[field] ?? '', t) : undefined}
    />
  );
  return (
    <section class="panel" aria-labelledby="retention-title">
      <h2 id="retention-title" class="panel-title">
        {m.title}
      </h2>
      <p class="muted">{m.intro}</p>
      <form class="site-form" onSubmit={onSubmit} noValidate>
        <fieldset class="fieldset-plain" disabled={!isAdmin}>
          {days('declinedIntakeDays', m.declinedIntakeDays, m.declinedIntakeHint, 30)}
          {days('spamIntakeDays', m.spamIntakeDays, m.spamIntakeHint, 1)}
          {days('surveyCommentDays', m.surveyCommentDays, m.surveyCommentHint, 30)}
          {days('eventDays', m.eventDays, m.eventHint, 30)}
        </fieldset>
        <p class="form-note">{m.untouched}</p>
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
