/** Per-site switches for ratings and client testimonials: off by default, saved as soon as changed (staff and admins). */
import { useDashboard, useMessages } from '../../app-context.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { LawyersModel } from './lawyers-model.ts';

export function DirectoryOptions({ model }: { model: LawyersModel }) {
  const t = useMessages();
  const { announcer } = useDashboard();
  const settings = model.settings.value;
  if (!settings) return null;
  const change = async (key: 'showRatings' | 'showTestimonials', value: boolean) => {
    if (await model.changeSettings({ [key]: value })) announcer.announce(t.lawyers.settingsSaved);
  };
  return (
    <section class="panel" aria-labelledby="directory-options">
      <h2 id="directory-options" class="panel-title">
        {t.lawyers.settingsTitle}
      </h2>
      <p class="muted" id="directory-options-help">
        {t.lawyers.settingsHelp}
      </p>
      <fieldset class="fieldset" aria-describedby="directory-options-help">
        <legend class="visually-hidden">{t.lawyers.settingsTitle}</legend>
        <div class="checkbox-row">
          <label class="checkbox">
            <input
              type="checkbox"
              checked={settings.showRatings}
              onChange={(event) => change('showRatings', event.currentTarget.checked)}
            />
            {t.lawyers.showRatings}
          </label>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={settings.showTestimonials}
              onChange={(event) => change('showTestimonials', event.currentTarget.checked)}
            />
            {t.lawyers.showTestimonials}
          </label>
        </div>
      </fieldset>
      <ProblemAlert problem={model.settingsProblem.value} />
    </section>
  );
}
