/** A site's review links (label + URL, shown to every client after answering) and its survey page. */
import { useSignal } from '@preact/signals';
import type { Problem, ReviewLink } from '@retainer/schema';
import { type SurveySettings, surveySettings } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

export function SurveySettingsForm({ site }: { site: string }) {
  const t = useMessages();
  const { api, announcer, session } = useDashboard();
  const links = useSignal<ReviewLink[]>([]);
  const page = useSignal('');
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const loaded = useSignal(false);
  const isAdmin = session.session.value?.user.role === 'admin';
  useEffect(() => {
    api.survey.settings(site).then(
      (settings) => {
        links.value = settings.reviewLinks;
        page.value = settings.page ?? '';
        loaded.value = true;
      },
      async (error) => (problem.value = (await toApiProblem(error)).problem),
    );
  }, [site]);

  const update = (i: number, change: Partial<ReviewLink>) => {
    links.value = links.value.map((link, j) => (j === i ? { ...link, ...change } : link));
  };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const input = { reviewLinks: links.value, ...(page.value.trim() ? { page: page.value.trim() } : {}) };
    const save = (settings: SurveySettings) => api.survey.saveSettings(site, settings);
    if (await submitChecked(surveySettings, input, save, { errors, problem })) announcer.announce(t.survey.saved);
  };
  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path] ?? '', t) : undefined);
  if (!loaded.value && !problem.value) return null;
  return (
    <section class="panel" aria-labelledby="survey-settings-title">
      <h2 id="survey-settings-title" class="panel-title">
        {t.survey.settingsTitle}
      </h2>
      <p class="muted">{t.survey.settingsHelp}</p>
      <form class="survey-settings" onSubmit={onSubmit} noValidate>
        {links.value.map((link, i) => (
          <fieldset class="survey-link-row" key={i}>
            <TextField
              label={t.survey.linkLabel}
              value={link.label}
              onInput={(label) => update(i, { label })}
              error={error(`reviewLinks.${i}.label`)}
            />
            <TextField
              label={t.survey.linkUrl}
              type="url"
              value={link.url}
              onInput={(url) => update(i, { url })}
              error={error(`reviewLinks.${i}.url`)}
            />
            <button
              type="button"
              class="button button-quiet"
              onClick={() => (links.value = links.value.filter((_, j) => j !== i))}
            >
              {t.survey.removeLink(link.label)}
            </button>
          </fieldset>
        ))}
        {links.value.length < 6 && (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => (links.value = [...links.value, { label: '', url: '' }])}
          >
            {t.survey.addLink}
          </button>
        )}
        <TextField
          label={t.survey.surveyPage}
          hint={t.survey.surveyPageHelp}
          type="url"
          value={page.value}
          onInput={(v) => (page.value = v)}
          error={error('page')}
        />
        <ProblemAlert problem={problem.value} />
        {isAdmin && (
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              {t.survey.saveSettings}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
